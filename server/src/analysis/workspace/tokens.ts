// Words of a stretch of article text, normalized, with their original
// offsets; and a table of lexicon phrases matched on them, longest first,
// with the clitics Arabic writes onto a first word (و، ف، ب، ل، ك، ال).
import { normalizeWithMap } from '../text/normalize.js';

export interface Token {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\u0621-\u064A\u0671-\u06D3A-Za-z0-9]+/g;

/** The words of `text` between `start` and `end`, normalized. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const norm = normalizeWithMap(text.slice(start, end));
  const out: Token[] = [];
  for (const m of norm.text.matchAll(WORD)) {
    const from = m.index;
    out.push({ norm: m[0], start: start + norm.toOriginal[from]!, end: start + norm.toOriginal[from + m[0].length]! });
  }
  return out;
}

/** A word with its clitics taken off, one layer at a time: وبالعراق → بالعراق, العراق, عراق … */
export function cliticForms(word: string): string[] {
  const forms = [word];
  const add = (w: string): void => { if (w.length >= 2 && !forms.includes(w)) forms.push(w); };
  const conj = /^[وف]/.test(word) ? word.slice(1) : word;
  add(conj);
  for (const w of [word, conj]) {
    if (/^[بلك]/.test(w)) add(w.slice(1));
    if (w.startsWith('لل')) add(`ال${w.slice(2)}`);
    if (/^[بلك]ال/.test(w)) add(w.slice(1));
  }
  return forms;
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
    if (!first) return null;
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
