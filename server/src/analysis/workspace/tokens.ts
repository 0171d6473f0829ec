// The words of a stretch of an article, read from the article's one token
// model (passes/tokens.ts), with their original offsets; and a table of
// lexicon phrases matched on them, longest first, with the clitics Arabic
// writes onto a first word (و، ف، ب، ل، ك، ال; passes/clitics.ts).
import type { Article } from '../model.js';
import { lastDocOf } from '../last-doc.js';
import { cliticForms, mayHaveCliticForm } from '../passes/clitics.js';
import { firstStartingAtOrAfter } from '../passes/doc.js';
import { readTokens, wordsOf, type Token } from '../passes/tokens.js';
import { normalizeWithMap, toNormalizedOffset, type NormalizedText } from '../text/normalize.js';

export type { Token };

/**
 * The words of the article last asked about, made once: the index asks for
 * the stretches of one article after another (each claim's sentence, each
 * figure's clause), and keeps no tokens once it has moved on.
 */
let last: { article: Article; norm: NormalizedText; words: readonly Token[] } | null = null;

function articleWords(article: Article): { norm: NormalizedText; words: readonly Token[] } {
  if (last?.article !== article) {
    // the analysis's own tokens when this is the article it analysed last (a worker indexing a folder)
    const doc = lastDocOf(article.text);
    const norm = doc?.norm ?? normalizeWithMap(article.text);
    const tokens = doc?.tokens ?? readTokens(article.text, norm, article.segments.lines);
    const words = wordsOf(article.text, norm, tokens, false).filter((t) => t.word);
    last = { article, norm, words };
  }
  return last;
}

/** The words of `article` between original offsets `start` and `end`; a word the stretch cuts keeps the part inside it. */
export function tokenize(article: Article, start: number, end: number): Token[] {
  const { norm, words } = articleWords(article);
  const out: Token[] = [];
  let k = firstStartingAtOrAfter(words, start);
  if (k > 0 && words[k - 1]!.end > start) k--;
  for (; k < words.length && words[k]!.start < end; k++) {
    const t = words[k]!;
    out.push(t.start >= start && t.end <= end ? t : cut(norm, t, start, end));
  }
  return out.filter((t) => t.norm !== '');
}

/** The part of word `t` inside [start, end) (original offsets). */
function cut(norm: NormalizedText, t: Token, start: number, end: number): Token {
  const from = Math.max(t.from, toNormalizedOffset(norm, start));
  const to = Math.max(from, Math.min(t.to, toNormalizedOffset(norm, end)));
  return t.with({ norm: norm.text.slice(from, to), from, to, start: norm.toOriginal[from]!, end: norm.toOriginal[to]! });
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  /** True when the first word carried a clitic (بالعراق). */
  clitic: string;
}

export class PhraseTable<T> {
  private readonly phrases = new Map<string, T>();
  /** Each phrase's first word, with the most words a phrase starting with it has: most tokens start none. */
  private readonly firstWords = new Map<string, number>();

  add(normalizedPhrase: string, value: T): void {
    if (!normalizedPhrase || this.phrases.has(normalizedPhrase)) return;
    this.phrases.set(normalizedPhrase, value);
    const words = normalizedPhrase.split(' ');
    this.firstWords.set(words[0]!, Math.max(this.firstWords.get(words[0]!) ?? 0, words.length));
  }

  has(normalizedPhrase: string): boolean {
    return this.phrases.has(normalizedPhrase);
  }

  /** The longest phrase starting at token `i`, the first word with or without its clitics. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    // (most words start no phrase, whatever clitics they carry: told without making their forms)
    if (!first || !mayHaveCliticForm(first.norm, (h) => this.firstWords.has(h))) return null;
    const heads = cliticForms(first.norm).filter((h) => this.firstWords.has(h));
    if (!heads.length) return null;
    const longest = Math.max(...heads.map((h) => this.firstWords.get(h)!));
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      const rest = tokens.slice(i + 1, i + n).map((t) => t.norm);
      for (const head of heads) {
        const value = this.phrases.get([head, ...rest].join(' '));
        if (value !== undefined) return { value, from: i, to: i + n, clitic: first.norm.slice(0, first.norm.length - head.length) };
      }
    }
    return null;
  }

  /** Every match, left to right, without overlaps. */
  matches(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }
}
