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
const SPACE = /[ \t\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

function readAt(text: string, pos: number, re: RegExp): string | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** The token starting at or after `pos` (spaces skipped), a `break` at a line end, or null at the end. */
export function nextToken(text: string, pos: number): Token | null {
  let i = pos;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  if (i >= text.length) return null;
  const ch = text[i]!;
  if (ch === '\n' || ch === '\r') return { start: i, end: i + 1, text: '\n', kind: 'break' };
  for (const [re, kind] of [[WORD, 'word'], [NUMBER, 'num'], [LATIN, 'latin']] as const) {
    const s = readAt(text, i, re);
    if (s) return { start: i, end: i + s.length, text: s, kind };
  }
  return { start: i, end: i + 1, text: ch, kind: 'sym' };
}

function classOf(ch: string): TokenKind {
  if (/[\u0621-\u064A\u0671-\u06D3]/.test(ch)) return 'word';
  if (/\d/.test(ch)) return 'num';
  if (/[A-Za-z]/.test(ch)) return 'latin';
  if (ch === '\n' || ch === '\r') return 'break';
  return 'sym';
}

/** The token ending at or before `pos` (spaces skipped), a `break` at a line end, or null at the start. */
export function prevToken(text: string, pos: number): Token | null {
  let i = pos - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  if (i < 0) return null;
  const kind = classOf(text[i]!);
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
  return classOf(ch) === kind;
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
