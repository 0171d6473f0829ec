// The dates' view of the article's tokens (passes/tokens.ts): Latin letters
// read one by one as marks, and a mark from U+0621 up (a dash –, an ellipsis
// …) as a word, as the dates grammar has always read them. The grammar walks
// these tokens instead of running big regexes.
import { perDoc, type Doc } from './doc.js';
import { frontClitics, lookupBehindClitics } from './clitics.js';
import type { Token } from './tokens.js';

export type { Token };

/** The dates' tokens of an article, made once: the dates and figures passes both walk them. */
export const textTokens: (doc: Doc) => readonly Token[] = perDoc(dateView);

function dateView(doc: Doc): readonly Token[] {
  const { tokens, plainUpTo } = doc;
  // the tokens before the first Latin token or word mark are read as they are (all of them in most articles)
  if (plainUpTo === tokens.length) return tokens;
  const out = tokens.slice(0, plainUpTo);
  for (let k = plainUpTo; k < tokens.length; k++) {
    const t = tokens[k]!;
    const wordMark = t.kind === 'mark' && t.norm.charCodeAt(0) >= 0x0621;
    if (t.kind !== 'latin' && !wordMark) {
      out.push(t);
      continue;
    }
    if (wordMark) out.push(t.with({ kind: 'word' }));
    else for (let i = t.from; i < t.to; i++) out.push(letterMark(doc, t, i));
  }
  return out;
}

/** The letter at normalized offset `i` of the Latin token `t`, as a mark. */
function letterMark(doc: Doc, t: Token, i: number): Token {
  const { toOriginal } = doc.norm;
  return t.with({ norm: doc.norm.text[i]!, from: i, to: i + 1, start: toOriginal[i]!, end: toOriginal[i + 1]!, kind: 'mark', word: false, breakBefore: i === t.from && t.breakBefore });
}

/**
 * Which clitics a date word may carry: a conjunction and a preposition
 * (وأمس، بالأمس، لشهر، فيناير), a conjunction only, for words that other
 * prefixes turn into other words (لامس "touched"), or none, for short words
 * that hide inside others (آب in باب).
 */
export type Clitics = 'all' | 'conjunction' | 'none';

/** The preposition and conjunction letters of each kind, made once: the date words look them up for every word. */
const PREPOSITIONS: Record<Clitics, string> = { all: 'بل', conjunction: '', none: '' };
const CONJUNCTIONS: Record<Clitics, string> = { all: 'وف', conjunction: 'وف', none: '' };

/** Looks a word up with and without its clitics (clitics.ts): the entry and the clitic letters' length. */
export function lookup<T>(word: string, table: ReadonlyMap<string, T>, clitics: Clitics = 'all'): { entry: T; prefix: number } | null {
  // the word as it is first, then a word with no clitic letters: most lookups end here, without a closure made
  const direct = table.get(word);
  if (direct !== undefined) return { entry: direct, prefix: 0 };
  const front = frontClitics(word, PREPOSITIONS[clitics], CONJUNCTIONS[clitics]);
  const hit = front === 0 ? null : lookupBehindClitics(word, (w) => table.get(w), front);
  return hit && { entry: hit.hit, prefix: hit.prefix };
}

/** The same for a set of words: the word found and the clitic letters' length. */
export function lookupWord(word: string, words: ReadonlySet<string>, clitics: Clitics = 'all'): { word: string; prefix: number } | null {
  // (as lookup: the word as it is, and a word with no clitic letters, answered here)
  if (words.has(word)) return { word, prefix: 0 };
  const front = frontClitics(word, PREPOSITIONS[clitics], CONJUNCTIONS[clitics]);
  const hit = front === 0 ? null : lookupBehindClitics(word, (w) => (words.has(w) ? w : undefined), front);
  return hit && { word: hit.hit, prefix: hit.prefix };
}
