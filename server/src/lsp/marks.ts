// `isnad/articleMarks`: the places the client marks in the editor with
// overlays (see protocol.ts for why not text colours). Quotations in
// boilerplate are left out, as the semantic tokens leave them; an unsourced
// figure is the one the rule reports (not one a reviewer decided on).
import type { Article, Span } from '../analysis/model.js';
import type { Review } from '../analysis/review/index.js';
import { findRule } from '../analysis/rules/index.js';
import type { Analysed } from './articles.js';
import type { ArticleMarks, WireRange } from './protocol.js';

export { ARTICLE_MARKS, type ArticleMarks, type ArticleMarksParams } from './protocol.js';

export const noMarks = (): ArticleMarks => ({
  version: null, speakers: [], cues: [], quotes: [], figures: [], unsourced: [], dates: [], boilerplate: [],
});

const overlaps = (a: Span, spans: readonly Span[]): boolean => spans.some((b) => a.start < b.end && b.start < a.end);

function unsourcedStarts(article: Article, reviews: readonly Review[]): Set<number> {
  return new Set((findRule('unsourced-figure')?.check(article, undefined, reviews) ?? []).map((f) => f.start));
}

export function articleMarks(entry: Analysed | undefined, reviews: readonly Review[] = []): ArticleMarks {
  const article = entry?.article;
  if (!entry || !article) return noMarks();
  const ranges = (spans: readonly Span[]): WireRange[] => spans.filter((s) => s.end > s.start).map((s) => entry.conv.range(s));
  const unsourced = unsourcedStarts(article, reviews);
  return {
    version: entry.version,
    speakers: ranges(article.speakers.flatMap((s) => s.mentions)),
    cues: ranges(article.claims.map((c) => c.cue)),
    quotes: ranges(article.segments.quotes.filter((q) => !overlaps(q, article.boilerplate))),
    figures: ranges(article.figures.filter((f) => !unsourced.has(f.start))),
    unsourced: ranges(article.figures.filter((f) => unsourced.has(f.start))),
    dates: ranges(article.dates),
    boilerplate: ranges(article.boilerplate),
  };
}
