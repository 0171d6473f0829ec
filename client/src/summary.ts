// The article summary the server answers to `isnad/articleSummary`, and how
// the status bar words it. Pure: no editor API here, so it is tested alone;
// its words go through @vscode/l10n (see views/strings.ts).
import * as l10n from '@vscode/l10n';
import type { ArticleSummary } from '../../server/src/lsp/protocol.js';

export { ARTICLE_SUMMARY as ARTICLE_SUMMARY_REQUEST, type ArticleSummary, type ArticleSummaryParams } from '../../server/src/lsp/protocol.js';

const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Whether a response has the shape we asked for (a server of another version may answer otherwise). */
export function isArticleSummary(x: unknown): x is ArticleSummary {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return count(s.claims) && count(s.unsourced) && count(s.speakers);
}

/** `$(quote) Isnad: 14 claims · 1 unsourced` (the icon is a codicon). */
export function summaryText(s: ArticleSummary): string {
  return s.claims === 1
    ? l10n.t('$(quote) Isnad: {0} claim · {1} unsourced', s.claims, s.unsourced)
    : l10n.t('$(quote) Isnad: {0} claims · {1} unsourced', s.claims, s.unsourced);
}

export function summaryTooltip(s: ArticleSummary): string {
  const claims = s.claims === 1 ? l10n.t('{0} claim', s.claims) : l10n.t('{0} claims', s.claims);
  const speakers = s.speakers === 1 ? l10n.t('{0} speaker', s.speakers) : l10n.t('{0} speakers', s.speakers);
  const lines = [
    l10n.t('{0} by {1} in this article', claims, speakers),
    s.unsourced === 1 ? l10n.t('{0} figure with no named source', s.unsourced) : l10n.t('{0} figures with no named source', s.unsourced),
  ];
  if (s.unsourced > 0) lines.push(l10n.t('Click to go to the next unsourced figure.'));
  return lines.join('\n');
}
