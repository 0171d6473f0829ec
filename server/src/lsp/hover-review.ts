// The figure hover's review section: the decision isnad.yaml records on it,
// with its source or reason, who decided and when.
import type { Article, Figure } from '../analysis/model.js';
import { reviewedFigures } from '../analysis/review/index.js';
import type { Review } from '../analysis/review/index.js';
import { isolate } from './hover-folder.js';
import { escapeMarkdown } from './markdown.js';
import type { Markdown } from './markdown.js';
import { messages } from './messages.js';

/** The decision recorded on this figure, if any. */
export function reviewOf(article: Article, reviews: readonly Review[], figure: Figure): Review | undefined {
  return reviews.length ? reviewedFigures(article, reviews).get(figure.start) : undefined;
}

export function writeReview(md: Markdown, review: Review | undefined): void {
  if (!review) return;
  md.rule().line(messages.reviewHeading(review.decision));
  if (review.note) md.line(messages.reviewNoteLabel(review.decision)).arabic(review.note);
  // the reviewer is whatever isnad.yaml says: escaped and isolated like article text
  md.line(messages.reviewBy(review.reviewer ? isolate(review.reviewer) : null, review.date ? escapeMarkdown(review.date) : null));
}
