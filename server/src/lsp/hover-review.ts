// The figure hover's review section: the decision isnad.yaml records on it,
// with its source or reason, who decided and when.
import type { Article, Figure } from '../analysis/model.js';
import { reviewedFigures } from '../analysis/review/index.js';
import type { Review } from '../analysis/review/index.js';
import type { Markdown } from './markdown.js';
import { messages } from './messages.js';

export function writeReview(md: Markdown, article: Article, reviews: readonly Review[], figure: Figure): void {
  const review = reviews.length ? reviewedFigures(article, reviews).get(figure.start) : undefined;
  if (!review) return;
  md.rule().line(messages.reviewHeading(review.decision));
  if (review.note) md.line(messages.reviewNoteLabel(review.decision)).arabic(review.note);
  md.line(messages.reviewBy(review.reviewer, review.date));
}
