// Word and punctuation tokens over the normalized text, each with its
// original span: the unit the claims pass reasons in.
import { firstStartingAtOrAfter, type Doc } from './doc.js';

export interface Token {
  /** Normalized form. */
  norm: string;
  /** Original offsets. */
  start: number;
  end: number;
  word: boolean;
  /** Written with the article ال (checked on the original text: ألينا is not definite). */
  definite: boolean;
  /** The original word carries a shadda (بيّن, the verb, against بين, the preposition). */
  shadda: boolean;
  /** Index of the line (0-based) the token is on. */
  line: number;
  /** Written with tanween fath (مسبقًا، أيضاً): an accusative, never a subject. */
  accusative: boolean;
  /** The last letter as written is ة (normalized to ه): a noun, never a pronoun suffix. */
  taaMarbuta: boolean;
  /** The last letter as written is ى (normalized to ي): على the preposition, not علي the name. */
  maqsura: boolean;
}

const TOKEN = /[\u0621-\u064A\u0671-\u06D3A-Za-z0-9]+|[^\s\u0621-\u064A\u0671-\u06D3A-Za-z0-9]/g;

export function tokenize(doc: Doc): Token[] {
  const { norm } = doc;
  const tokens: Token[] = [];
  const lines = doc.segments.lines;
  let line = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm.text); m; m = TOKEN.exec(norm.text)) {
    const start = norm.toOriginal[m.index]!;
    while (line + 1 < lines.length && lines[line + 1]!.start <= start) line++;
    const word = m[0].length > 1 || isWordCode(m[0].charCodeAt(0));
    const glued = word ? m[0].indexOf('ة') : -1;
    if (glued < 0) tokens.push(token(doc, m[0], m.index, word, line));
    else for (const piece of splitGlued(m[0], m.index)) tokens.push(token(doc, piece.text, piece.at, word, line));
  }
  return tokens;
}

const isWordCode = (code: number): boolean => (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)
  || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/** The token of the normalized text `text` at normalized offset `at`, read against the original. */
function token(doc: Doc, text: string, at: number, word: boolean, line: number): Token {
  const from = doc.norm.toOriginal[at]!;
  const end = doc.norm.toOriginal[at + text.length]!;
  const definite = word && text.length > 3 && startsWithArticle(doc.text, from);
  const marked = word && end - from > text.length;
  const shadda = marked && doc.text.slice(from, end).includes('\u0651');
  const accusative = marked && doc.text.slice(from, end).includes('\u064B');
  const last = word ? lastLetter(doc.text, from, end) : 0;
  return { norm: text, start: from, end, word, line, definite, shadda, accusative, taaMarbuta: last === 0x0629, maqsura: last === 0x0649 };
}

/** The last letter of the original word in [from, end), harakat skipped. */
function lastLetter(text: string, from: number, end: number): number {
  let i = end - 1;
  while (i > from && isMark(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

const isMark = (code: number): boolean => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;

/** ال or ٱل as written in the original text. */
function startsWithArticle(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  return (first === 0x0627 || first === 0x0671) && text.charCodeAt(at + 1) === 0x0644;
}

/**
 * Scraped text glues words (كتب محمد خليفةقال جيمس …). Taa marbuta ends a
 * word, so one inside a token marks where two words were glued.
 */
function splitGlued(word: string, at: number): { text: string; at: number }[] {
  const k = word.indexOf('ة');
  if (k < 0 || k === word.length - 1 || k < 2 || word.length - k - 1 < 2) return [{ text: word, at }];
  return [{ text: word.slice(0, k) + 'ه', at }, ...splitGlued(word.slice(k + 1), at + k + 1)];
}

/** Index of the first token starting at or after `offset` (tokens.length when none), by binary search. */
export function tokenAtOrAfter(tokens: Token[], offset: number, hi = tokens.length): number {
  return firstStartingAtOrAfter(tokens, offset, hi);
}
