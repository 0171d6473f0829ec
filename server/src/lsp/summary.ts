// `isnad/articleSummary` { uri } → { claims, unsourced, speakers }: the
// counts the client shows in its status bar. Unsourced counts the figures
// the rule would report, whatever severity the user gave the rule (not the
// figures a reviewer has decided on in isnad.yaml).
import type { Review } from '../analysis/review/index.js';
import { findRule } from '../analysis/rules/index.js';
import type { Analysed } from './articles.js';

import type { ArticleSummary } from './protocol.js';

export { ARTICLE_SUMMARY, type ArticleSummary, type ArticleSummaryParams } from './protocol.js';

export const emptySummary = (): ArticleSummary => ({ claims: 0, unsourced: 0, speakers: 0 });

export function articleSummary(entry: Analysed | undefined, reviews: readonly Review[] = []): ArticleSummary {
  const article = entry?.article;
  if (!article) return emptySummary();
  const unsourced = findRule('unsourced-figure')?.check(article, undefined, reviews).length ?? 0;
  return { claims: article.claims.length, unsourced, speakers: article.speakers.length };
}
