// The view of one article that every pass reads: the original text, its
// normalized copy for matching, its segments, its tokens and what earlier
// passes found.
import type { Segments, Span } from '../model.js';
import { normalizeWithMap, type NormalizedText } from '../text/normalize.js';
import { segment } from '../text/segment.js';
import { scanTokens, type Token } from './tokens.js';

export interface Doc {
  readonly text: string;
  readonly norm: NormalizedText;
  readonly segments: Segments;
  /** The article's tokens (passes/tokens.ts), made once; the passes read them through their views. */
  readonly tokens: readonly Token[];
  /** Index of the first word written on to the word before it (tokens.length when none; see scanTokens). */
  readonly joinsFrom: number;
  /** Indices of the Latin tokens and marks from U+0621 up, which the dates' view reads otherwise (see scanTokens). */
  readonly respelled: readonly number[];
  /** Indices of the numbers and of the words a date or a figure may begin with, ascending (see scanTokens). */
  readonly starts: readonly number[];
  /** Boilerplate spans, sorted; empty until the boilerplate pass has run. */
  boilerplate: Span[];
}

/** The document of `text`, before the boilerplate pass. */
export function readDoc(text: string): Doc {
  const segments = segment(text);
  const norm = normalizeWithMap(text);
  const { tokens, joinsFrom, respelled, starts } = scanTokens(text, norm, segments.lines);
  return { text, norm, segments, tokens, joinsFrom, respelled, starts, boilerplate: [] };
}

/**
 * A view of an article that several passes read, made once for it: `make`
 * runs on the first call for a document and its answer is kept for that
 * document alone. The passes analyse one article at a time, so one entry is
 * enough; a WeakMap kept the views of every article analysed until the
 * collector swept its entries (an article's tokens many collections longer).
 * A call for another document makes its view again.
 */
export function perDoc<T>(make: (doc: Doc) => T): (doc: Doc) => T {
  let last: Doc | null = null;
  let value: T;
  return (doc) => {
    if (doc !== last) {
      value = make(doc);
      last = doc;
    }
    return value;
  };
}

/** True when `offset` lies in boilerplate. */
export function inBoilerplate(doc: Doc, offset: number): boolean {
  return spanAt(doc.boilerplate, offset) !== undefined;
}

/** The span of `spans` (sorted, disjoint) that holds `offset`, by binary search. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Index of the first of `spans` (sorted by start) starting at or after `offset`, below `hi`; `hi` when none. */
export function firstStartingAtOrAfter(spans: readonly { start: number }[], offset: number, hi = spans.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The spans of `spans` (sorted by start) that start inside [from, to), by binary search. */
export function spansStartingIn<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const lo = firstStartingAtOrAfter(spans, from);
  const out: T[] = [];
  for (let k = lo; k < spans.length && spans[k]!.start < to; k++) out.push(spans[k]!);
  return out;
}

/** The last of `spans` (sorted by start) that starts at or before `offset`, by binary search. */
export function lastStartingAtOrBefore<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0, hi = spans.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return spans[found];
}
