// The view of one article that every pass reads: the original text, its
// normalized copy for matching, its segments and what earlier passes found.
import type { Segments, Span } from '../model.js';
import type { NormalizedText } from '../text/normalize.js';

export interface Doc {
  readonly text: string;
  readonly norm: NormalizedText;
  readonly segments: Segments;
  /** Boilerplate spans, sorted; empty until the boilerplate pass has run. */
  boilerplate: Span[];
}

/** True when `offset` lies in boilerplate. Spans are sorted, so a binary search does. */
export function inBoilerplate(doc: Doc, offset: number): boolean {
  const spans = doc.boilerplate;
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
