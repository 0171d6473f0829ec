// The article summary the server answers to `isnad/articleSummary`, and how
// the status bar words it. Pure: no editor API here, so it is tested alone.

import type { ArticleSummary } from '../../server/src/lsp/protocol.js';

export { ARTICLE_SUMMARY as ARTICLE_SUMMARY_REQUEST, type ArticleSummary, type ArticleSummaryParams } from '../../server/src/lsp/protocol.js';

const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Whether a response has the shape we asked for (a server of another version may answer otherwise). */
export function isArticleSummary(x: unknown): x is ArticleSummary {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return count(s.claims) && count(s.unsourced) && count(s.speakers);
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `$(quote) Isnad: 14 claims · 1 unsourced` (the icon is a codicon). */
export function summaryText(s: ArticleSummary): string {
  return `$(quote) Isnad: ${plural(s.claims, 'claim', 'claims')} · ${s.unsourced} unsourced`;
}

export function summaryTooltip(s: ArticleSummary): string {
  const lines = [
    `${plural(s.claims, 'claim', 'claims')} by ${plural(s.speakers, 'speaker', 'speakers')} in this article`,
    `${plural(s.unsourced, 'figure', 'figures')} with no named source`,
  ];
  if (s.unsourced > 0) lines.push('Click to go to the next unsourced figure.');
  return lines.join('\n');
}
