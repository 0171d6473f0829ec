// The document of the article analysed last, kept until the next: the
// workspace index reads the words of the article it is given right after
// its analysis (workspace/tokens.ts), and takes them from here instead of
// normalizing and cutting the text again. One entry, as the passes' views
// (passes/doc.ts, perDoc): nothing outlives the next article.
import type { Doc } from './passes/doc.js';

let last: Doc | null = null;

export function keepLastDoc(doc: Doc): void {
  last = doc;
}

/** The document analyzeArticle made of `text` last, or null when it analysed another text since. */
export function lastDocOf(text: string): Doc | null {
  return last !== null && last.text === text ? last : null;
}
