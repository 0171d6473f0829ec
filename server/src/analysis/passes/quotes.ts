// Looks up the quotation around an offset.
import type { Quote } from '../model.js';
import type { Doc } from './doc.js';

/**
 * The quotation holding `offset`, or null. With `inside`, only an offset
 * after the opening mark counts (the opening mark itself is not inside).
 */
export function quoteAt(doc: Doc, offset: number, inside: boolean): Quote | null {
  const quotes = doc.segments.quotes;
  let lo = 0, hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return inside && offset === q.start ? null : q;
  }
  return null;
}
