// The line of an offset in an analysed article, for the CLI's output (the
// JSON's claims, the text summary, the exported rows). The
// analysis has already cut the text into lines (segments.lines, at \n): where
// the text holds no \r those are the lines LineIndex counts (\r\n, \n and a
// lone \r), and a binary search over them spares a second scan of every
// character of the article to build the index (a fifth of rendering JSON).
import type { Article } from '../analysis/model.js';
import { LineIndex } from '../host/positions.js';

/** The 0-based line of an offset of `article.text`, as LineIndex counts them. */
export function lineOfOffset(article: Article): (offset: number) => number {
  const { text } = article;
  const lines = article.segments.lines;
  if (text.includes('\r') || lines.length === 0) {
    const index = new LineIndex(text);
    return (offset) => index.position(offset).line;
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0, hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
