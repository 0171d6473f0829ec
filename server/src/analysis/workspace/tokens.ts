// The words of a stretch of an article, read from the article's one token
// model (passes/tokens.ts), with their original offsets; and a table of
// lexicon phrases matched on them, longest first, with the clitics Arabic
// writes onto a first word (و، ف، ب، ل، ك، ال; passes/clitics.ts).
import type { Article } from '../model.js';
import { lastDocOf } from '../last-doc.js';
import { cliticForms, mayHaveCliticForm } from '../passes/clitics.js';
import { firstStartingAtOrAfter } from '../passes/doc.js';
import { tokenize as claimsWords, readTokens, wordsOf, type Token } from '../passes/tokens.js';
import { normalizeWithMap, toNormalizedOffset, type NormalizedText } from '../text/normalize.js';

export type { Token };

/**
 * The words and marks of the article last asked about, made once: the index asks for
 * the stretches of one article after another (each claim's sentence, each
 * figure's clause), and keeps no tokens once it has moved on. The marks
 * between them stay in the list (the walks step over them): most of the
 * article is never asked about, so it is not copied without them.
 */
let last: { article: Article; norm: NormalizedText; tokens: readonly Token[] } | null = null;

function articleTokens(article: Article): { norm: NormalizedText; tokens: readonly Token[] } {
  if (last?.article !== article) {
    // the analysis's own tokens when this is the article it analysed last (a worker indexing a folder)
    const doc = lastDocOf(article.text);
    const norm = doc?.norm ?? normalizeWithMap(article.text);
    // the claims pass's words (made once per document) are these when no word has a taa marbuta inside it to be cut at: most articles
    const tokens = doc && !norm.text.includes('ة')
      ? claimsWords(doc)
      : wordsOf(article.text, norm, doc?.tokens ?? readTokens(article.text, norm, article.segments.lines), false);
    last = { article, norm, tokens };
  }
  return last;
}

/** The words of `article` between original offsets `start` and `end`; a word the stretch cuts keeps the part inside it. */
export function tokenize(article: Article, start: number, end: number): Token[] {
  const { norm, tokens } = articleTokens(article);
  const out: Token[] = [];
  for (let k = firstEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const inside = t.start >= start && t.end <= end ? t : cut(norm, t, start, end);
    if (inside.norm !== '') out.push(inside);
  }
  return out;
}

/** Index of the first token ending after `offset`: the one it cuts, or the first from it on. */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  const k = firstStartingAtOrAfter(tokens, offset);
  return k > 0 && tokens[k - 1]!.end > offset ? k - 1 : k;
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

/** The last two code units of a word, as one number (a word of one letter: that letter). */
const endingOf = (word: string): number => (word.charCodeAt(word.length - 2) << 16) | word.charCodeAt(word.length - 1);

/** A word length as one bit (the lengths past 30 share the last). */
const lengthBit = (length: number): number => (length < 0 ? 0 : 1 << Math.min(length, 30));

export class PhraseTable<T> {
  private readonly phrases = new Map<string, T>();
  /** Each phrase's first word: most tokens start none. */
  private readonly firstWords = new Set<string>();
  /**
   * The first words of each phrase longer than them ("a", "a b" of "a b c"):
   * a match is read forward one word at a time, and stops at the first
   * words no phrase goes on from, without making the longer keys.
   */
  private readonly openings = new Set<string>();
  /**
   * The last two letters of each first word, as one number, to the lengths
   * of the first words that end so (one bit each). Clitics are
   * prefixes: every form cliticForms gives of a word ends as the word does
   * (للقاء → اللقاء), but the ال it makes of a bare لل. So a word that ends
   * as no first word of a length its forms may have does starts no phrase,
   * and is told so without a string.
   */
  private readonly endings = new Map<number, number>();
  private readonly isFirstWord = (form: string): boolean => this.firstWords.has(form);

  add(normalizedPhrase: string, value: T): void {
    if (!normalizedPhrase || this.phrases.has(normalizedPhrase)) return;
    this.phrases.set(normalizedPhrase, value);
    const words = normalizedPhrase.split(' ');
    this.firstWords.add(words[0]!);
    const ending = endingOf(words[0]!);
    this.endings.set(ending, (this.endings.get(ending) ?? 0) | lengthBit(words[0]!.length));
    for (let k = 1; k < words.length; k++) this.openings.add(words.slice(0, k).join(' '));
  }

  has(normalizedPhrase: string): boolean {
    return this.phrases.has(normalizedPhrase);
  }

  /** The longest phrase starting at token `i`, the first word with or without its clitics (of equal lengths, the form cliticForms gives first). */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first || !this.mayOpen(first.norm)) return null;
    let best: PhraseMatch<T> | null = null;
    for (const head of cliticForms(first.norm)) {
      if (!this.firstWords.has(head)) continue;
      let key = head;
      for (let to = i + 1; ; to++) {
        const value = this.phrases.get(key);
        if (value !== undefined && (!best || to > best.to)) best = { value, from: i, to, clitic: first.norm.slice(0, first.norm.length - head.length) };
        if (to >= tokens.length || !this.openings.has(key)) break;
        key = `${key} ${tokens[to]!.norm}`;
      }
    }
    return best;
  }

  /** False when no phrase starts with `word`, whatever clitics it carries: most words, told without making their forms. */
  mayOpen(word: string): boolean {
    // a clitic form is the word less up to two letters (ال in place of two or three letters): as long, or one or two shorter
    const lengths = this.endings.get(endingOf(word)) ?? 0;
    const fits = (lengths & (lengthBit(word.length) | lengthBit(word.length - 1) | lengthBit(word.length - 2))) !== 0;
    return (fits || word.endsWith('لل')) && mayHaveCliticForm(word, this.isFirstWord);
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

/**
 * What table.matches(tokenize(article, start, end))[0] gives, without
 * cutting out the stretch's words: only from a word a phrase may start with
 * (most stretches hold none) are the words from there on made.
 */
export function firstMatchValue<T>(table: PhraseTable<T>, article: Article, start: number, end: number): T | null {
  const { tokens } = articleTokens(article);
  for (let k = firstEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    // a word the stretch cuts is read as tokenize cuts it
    if (!t.word || (t.start >= start && t.end <= end && !table.mayOpen(t.norm))) continue;
    const m = table.matchAt(tokenize(article, Math.max(start, t.start), end), 0);
    if (m) return m.value;
  }
  return null;
}
