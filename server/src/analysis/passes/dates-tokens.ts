import type { Doc } from './doc.js';

// Tokens of the normalized text for the dates grammar: Arabic words, digit
// runs and single punctuation marks, with normalized offsets. One linear
// scan; the grammar then walks tokens instead of running big regexes.

export type TokenKind = 'word' | 'number' | 'mark';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Normalized offsets. */
  start: number;
  end: number;
  /** Sentence-ending mark or line break between this token and the previous one. */
  breakBefore: boolean;
}

const TOKEN = /[\u0621-\u064A\u0671-\u06D3]+|[0-9]+|[^\s\u0621-\u064A\u0671-\u06D30-9]/g;

/** The tokens of an article's normalized text, made once: the dates and figures passes both walk them. */
export function textTokens(doc: Doc): Token[] {
  let tokens = made.get(doc);
  if (!tokens) made.set(doc, tokens = tokenize(doc.norm.text));
  return tokens;
}
const made = new WeakMap<Doc, Token[]>();

export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  // the next line break at or after the previous token's end, found once per line
  let newline = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m; m = TOKEN.exec(norm)) {
    const text = m[0];
    const ch = text.charCodeAt(0);
    const kind: TokenKind = ch >= 48 && ch <= 57 ? 'number' : text.length > 1 || ch >= 0x0621 ? 'word' : 'mark';
    const prev = tokens[tokens.length - 1];
    if (prev && newline < prev.end) newline = nextNewline(norm, prev.end);
    const breakBefore = prev ? (prev.kind === 'mark' && BREAKS.includes(prev.text)) || newline < m.index : true;
    tokens.push({ kind, text, start: m.index, end: m.index + text.length, breakBefore });
  }
  return tokens;
}

const BREAKS = '\n.؟?!؛';

function nextNewline(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** Conjunction and preposition letters that attach to a date word (وأمس، بالأمس، لشهر، فيناير). */
export const ALL_PREFIXES = ['وب', 'فب', 'ول', 'فل', 'و', 'ف', 'ب', 'ل'];
/** و and ف only, for words that other prefixes turn into other words (لامس "touched"). */
export const CONJUNCTIONS = ['و', 'ف'];
export const NO_PREFIX: string[] = [];

/**
 * Looks a word up with and without attached prefixes. Returns the entry and
 * the prefix length. A word spelled with ال after ل loses its alef (للعام =
 * ل + العام). `bare` forbids prefixes, for short words that hide inside
 * others (آب in باب) get fewer prefixes.
 */
export function lookup<T>(word: string, table: ReadonlyMap<string, T>, prefixes = ALL_PREFIXES): { entry: T; prefix: number } | null {
  const direct = table.get(word);
  if (direct !== undefined) return { entry: direct, prefix: 0 };
  for (const p of prefixes) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    const hit = table.get(rest) ?? (p.endsWith('ل') && rest.startsWith('ل') ? table.get('ا' + rest) : undefined);
    if (hit !== undefined) return { entry: hit, prefix: p.length };
  }
  return null;
}

/** The same for a set of words. */
export function lookupWord(word: string, words: ReadonlySet<string>, prefixes = ALL_PREFIXES): { word: string; prefix: number } | null {
  if (words.has(word)) return { word, prefix: 0 };
  for (const p of prefixes) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    if (words.has(rest)) return { word: rest, prefix: p.length };
    if (p.endsWith('ل') && rest.startsWith('ل') && words.has('ا' + rest)) return { word: 'ا' + rest, prefix: p.length };
  }
  return null;
}
