// The figures' view of the article's tokens (passes/tokens.ts), read one at a
// time around a position, forward or backward, so the figures pass looks
// only at a number's neighbours: a number with the separators between its
// digit groups (12,500، 3.5), a line end as a token of its own, and any other
// character between words that is no space as a symbol. A position inside a
// token reads the part of it on that side.
import type { Doc } from './doc.js';
import type { Token as DocToken } from './tokens.js';

export type TokenKind = 'word' | 'num' | 'latin' | 'sym' | 'break';

/** A token of the normalized text; offsets are normalized offsets. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

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

/** The first offset of the run of spaces that ends at `i` (`i` itself when none does). */
export function spacesBefore(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

const isBreak = (code: number): boolean => code === 0x0a || code === 0x0d;
/** Separators between the digit groups of one number (1,500، 3.5، ١٬٥٠٠). */
const isSeparator = (t: DocToken | undefined): boolean => !!t && t.kind === 'mark' && '.,\u060C\u066B\u066C'.includes(t.norm);

/**
 * Where the last lookup ended: the figures pass reads the neighbours of one
 * number after another, left to right, so the next lookup is nearly always a
 * token or two away from it (a cursor, as doc.ts's perDoc keeps one article).
 */
let cursor: { tokens: readonly DocToken[]; k: number } = { tokens: [], k: 0 };

/** Index of the last token starting at or before normalized offset `i` (-1: none): from the cursor when it is near, else by binary search. */
export function lastTokenAtOrBefore(tokens: readonly DocToken[], i: number): number {
  if (cursor.tokens === tokens) {
    const k = cursor.k;
    for (let d = k - 2; d <= k + 2; d++) {
      if (d < -1 || d >= tokens.length) continue;
      if ((d < 0 || tokens[d]!.from <= i) && (d + 1 >= tokens.length || tokens[d + 1]!.from > i)) return (cursor.k = d);
    }
  }
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.from <= i) lo = mid + 1; else hi = mid;
  }
  if (cursor.tokens === tokens) cursor.k = lo - 1;
  else cursor = { tokens, k: lo - 1 };
  return lo - 1;
}

/** Index of the document token holding normalized offset `i`, or -1 (an index, not an object per lookup). */
function tokenAt(doc: Doc, i: number): number {
  const k = lastTokenAtOrBefore(doc.tokens, i);
  const t = doc.tokens[k];
  return t && t.to > i ? k : -1;
}

/** The char at `i`, which no token holds (a break or a space of another kind), as a token. */
function between(text: string, i: number): Token {
  return isBreak(text.charCodeAt(i)) ? { start: i, end: i + 1, text: '\n', kind: 'break' } : { start: i, end: i + 1, text: text[i]!, kind: 'sym' };
}

const KIND: Record<DocToken['kind'], TokenKind> = { word: 'word', number: 'num', latin: 'latin', mark: 'sym' };

/**
 * A neighbour reader that keeps its last answer, with the article's tokens
 * and the position asked: each check of a number asks for its neighbours
 * again (gluedToCode, isListMarker, readScaleAfterDigits, readUnit …), and
 * two lookups in five repeat the one just before (tokens are never changed).
 */
function keepingLast(read: (doc: Doc, pos: number) => Token | null): (doc: Doc, pos: number) => Token | null {
  let of: readonly DocToken[] | null = null, at = -1, answer: Token | null = null;
  return (doc, pos) => {
    if (pos !== at || doc.tokens !== of) {
      answer = read(doc, pos);
      of = doc.tokens;
      at = pos;
    }
    return answer;
  };
}

/** The token starting at or after `pos` (spaces skipped), a `break` at a line end, or null at the end. */
export const nextToken = keepingLast(readNext);

/** The token ending at or before `pos` (spaces skipped), a `break` at a line end, or null at the start. */
export const prevToken = keepingLast(readPrev);

function readNext(doc: Doc, pos: number): Token | null {
  const text = doc.norm.text;
  const i = skipSpaces(text, pos);
  if (i >= text.length) return null;
  let k = tokenAt(doc, i);
  if (k < 0) return between(text, i);
  const t = doc.tokens[k]!;
  let end = t.to;
  // digit groups joined by one separator each, with nothing between
  // (k + 2 tested first: it must be a number anyway, and a read past the tokens' end deopts this loop)
  while (t.kind === 'number' && k + 2 < doc.tokens.length && isSeparator(doc.tokens[k + 1]) && doc.tokens[k + 1]!.from === end
    && doc.tokens[k + 2]?.kind === 'number' && doc.tokens[k + 2]!.from === end + 1) {
    end = doc.tokens[k + 2]!.to;
    k += 2;
  }
  // the whole document token: its own string, already hashed by the lookups before (not a fresh copy)
  return { start: i, end, text: i === t.from && end === t.to ? t.norm : text.slice(i, end), kind: KIND[t.kind] };
}

function readPrev(doc: Doc, pos: number): Token | null {
  const text = doc.norm.text;
  let i = pos - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return null;
  let k = tokenAt(doc, i);
  if (k < 0) return between(text, i);
  const t = doc.tokens[k]!;
  let start = t.from;
  // (k >= 2 tested first: token k - 2 must be a number anyway, and a read before the tokens' start deopts this loop)
  while (t.kind === 'number' && k >= 2 && isSeparator(doc.tokens[k - 1]) && doc.tokens[k - 1]!.to === start
    && doc.tokens[k - 2]?.kind === 'number' && doc.tokens[k - 2]!.to === start - 1) {
    start = doc.tokens[k - 2]!.from;
    k -= 2;
  }
  return { start, end: i + 1, text: start === t.from && i + 1 === t.to ? t.norm : text.slice(start, i + 1), kind: KIND[t.kind] };
}

/** Up to `n` tokens before `pos`, nearest first, stopping at a line break. */
export function tokensBefore(doc: Doc, pos: number, n: number): Token[] {
  const out: Token[] = [];
  for (let p = pos; out.length < n;) {
    const t = prevToken(doc, p);
    if (!t || t.kind === 'break') break;
    out.push(t);
    p = t.start;
  }
  return out;
}
