// Reads the normalized text one token at a time around a position, forward or
// backward, so the figures pass looks only at a number's neighbours and never
// builds a token list of a whole (possibly huge) article.

export type TokenKind = 'word' | 'num' | 'latin' | 'sym' | 'break';

/** A token of the normalized text; offsets are normalized offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

const WORD = /[\u0621-\u064A\u0671-\u06D3]+/y;
/** Digits with separators between digit groups; one separator at a time, so linear. */
export const NUMBER = /\d+(?:[.,\u060C\u066B\u066C]\d+)*/y;
const LATIN = /[A-Za-z]+/y;
/** Spaces, tabs and the invisible marks between words (no line breaks: they are tokens). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x200b && code <= 0x200f)
    || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** The first offset at or after `i` that is not a space. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function readAt(text: string, pos: number, re: RegExp): string | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** The token starting at or after `pos` (spaces skipped), a `break` at a line end, or null at the end. */
export function nextToken(text: string, pos: number): Token | null {
  const i = skipSpaces(text, pos);
  if (i >= text.length) return null;
  const kind = kindOfCode(text.charCodeAt(i));
  if (kind === 'break') return { start: i, end: i + 1, text: '\n', kind };
  if (kind === 'sym') return { start: i, end: i + 1, text: text[i]!, kind };
  const s = readAt(text, i, kind === 'word' ? WORD : kind === 'num' ? NUMBER : LATIN)!;
  return { start: i, end: i + s.length, text: s, kind };
}

function kindOfCode(code: number): TokenKind {
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) return 'word';
  if (code >= 0x30 && code <= 0x39) return 'num';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  return code === 0x0a || code === 0x0d ? 'break' : 'sym';
}

/** The token ending at or before `pos` (spaces skipped), a `break` at a line end, or null at the start. */
export function prevToken(text: string, pos: number): Token | null {
  let i = pos - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return null;
  const kind = kindOfCode(text.charCodeAt(i));
  if (kind === 'break' || kind === 'sym') return { start: i, end: i + 1, text: kind === 'break' ? '\n' : text[i]!, kind };
  const end = i + 1;
  let start = i;
  while (start > 0 && extendsBack(text, start - 1, kind)) start--;
  // A number never starts with a separator (a comma before it is punctuation).
  while (kind === 'num' && !/\d/.test(text[start]!)) start++;
  return { start, end, text: text.slice(start, end), kind };
}

function extendsBack(text: string, i: number, kind: TokenKind): boolean {
  const ch = text[i]!;
  if (kind === 'num' && /[.,\u060C\u066B\u066C]/.test(ch)) return /\d/.test(text[i - 1] ?? '');
  return kindOfCode(ch.charCodeAt(0)) === kind;
}

/** Up to `n` tokens before `pos`, nearest first, stopping at a line break. */
export function tokensBefore(text: string, pos: number, n: number): Token[] {
  const out: Token[] = [];
  for (let p = pos; out.length < n;) {
    const t = prevToken(text, p);
    if (!t || t.kind === 'break') break;
    out.push(t);
    p = t.start;
  }
  return out;
}
