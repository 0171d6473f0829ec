// Looks up the quotation around an offset.
import type { Quote } from '../model.js';
import { spanAt, type Doc } from './doc.js';

/**
 * The quotation holding `offset`, or null. With `inside`, only an offset
 * after the opening mark counts (the opening mark itself is not inside).
 */
export function quoteAt(doc: Doc, offset: number, inside: boolean): Quote | null {
  const q = spanAt(doc.segments.quotes, offset);
  return q && !(inside && offset === q.start) ? q : null;
}
