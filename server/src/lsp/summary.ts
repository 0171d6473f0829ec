// `isnad/articleSummary` { uri } → { claims, unsourced, speakers }: the
// counts the client shows in its status bar. Unsourced counts the figures
// the rule would report, whatever severity the user gave the rule.
import { findRule } from '../analysis/rules/index.js';
import type { Analysed } from './articles.js';

export const ARTICLE_SUMMARY = 'isnad/articleSummary';

export interface ArticleSummaryParams {
  uri: string;
}

export interface ArticleSummary {
  claims: number;
  unsourced: number;
  speakers: number;
}

export const emptySummary = (): ArticleSummary => ({ claims: 0, unsourced: 0, speakers: 0 });

export function articleSummary(entry: Analysed | undefined): ArticleSummary {
  const article = entry?.article;
  if (!article) return emptySummary();
  const unsourced = findRule('unsourced-figure')?.check(article).length ?? 0;
  return { claims: article.claims.length, unsourced, speakers: article.speakers.length };
}
