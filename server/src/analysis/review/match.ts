// Which figure of an article each review decision is about. A decision
// matches a figure with the same text whose surrounding words are still
// mostly those of its fingerprint (a word or two may have changed around
// it); among several, the closest. A decision that matches no figure is
// stale: its figure was rewritten or deleted.
import type { Article, Figure, Span } from '../model.js';
import { figureContext, figureKey, parseFingerprint } from './fingerprint.js';
import type { FigureContext } from './fingerprint.js';
import type { Review } from './model.js';

/** The share of the fingerprint's words that must still surround the figure. */
export const MIN_SIMILARITY = 0.5;

export interface ReviewMatch {
  review: Review;
  /** Null: the decision is stale. */
  figure: Figure | null;
}

/** How many of `stored` are among `current`, each word counted once per occurrence. */
function overlap(stored: readonly string[], current: readonly string[]): number {
  const left = new Map<string, number>();
  for (const w of current) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of stored) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  return common;
}

/** 1 when every word of the fingerprint still surrounds the figure; 1 also for an empty fingerprint. */
export function similarity(stored: FigureContext, current: FigureContext): number {
  const total = stored.before.length + stored.after.length;
  if (total === 0) return 1;
  return (overlap(stored.before, current.before) + overlap(stored.after, current.after)) / total;
}

interface Candidate {
  figure: Figure;
  key: string;
  context: FigureContext;
}

function candidates(article: Article): Candidate[] {
  return article.figures.map((figure) => ({ figure, key: figureKey(figure.text), context: figureContext(article, figure) }));
}

/** The candidate (of the same text, unless `anyText`) closest to the review's fingerprint, if close enough. */
function closest(review: Review, all: readonly Candidate[], anyText = false): Figure | null {
  const key = figureKey(review.figure);
  const stored = parseFingerprint(review.fingerprint);
  let best: { figure: Figure; score: number } | null = null;
  for (const c of all) {
    if (!anyText && c.key !== key) continue;
    const score = similarity(stored, c.context);
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { figure: c.figure, score };
  }
  return best?.figure ?? null;
}

/** Each review of this article with the figure it is about, or null when stale. */
export function matchReviews(article: Article, reviews: readonly Review[]): ReviewMatch[] {
  if (!reviews.length) return [];
  const all = candidates(article);
  return reviews.map((review) => ({ review, figure: closest(review, all) }));
}

/** The decision on each figure (by its start offset); a later entry wins over an earlier one. */
export function reviewedFigures(article: Article, reviews: readonly Review[]): Map<number, Review> {
  const byStart = new Map<number, Review>();
  for (const m of matchReviews(article, reviews)) if (m.figure) byStart.set(m.figure.start, m.review);
  return byStart;
}

/**
 * Where a stale decision's figure was: a figure of another text in the same
 * words (5200 rewritten as 5300), else the start of the article.
 */
export function staleLocation(article: Article, review: Review): Span {
  const figure = closest(review, candidates(article), true);
  return figure ? { start: figure.start, end: figure.end } : { start: 0, end: 0 };
}
