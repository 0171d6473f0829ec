// stale-review: a reviewer's decision (isnad.yaml `reviews:`) whose figure is
// no longer in the article: rewritten, or deleted with its sentence. Reported
// rather than silently kept, so that an old "sourced" never covers a new
// figure, and the entry can be removed or the figure reviewed again.
import type { Article } from '../model.js';
import { matchReviews, staleLocation } from '../review/index.js';
import type { Review } from '../review/index.js';
import type { Finding, FolderContext, Rule } from './index.js';

const ID = 'stale-review' as const;

const DECISIONS: Record<Review['decision'], string> = {
  sourced: 'marked as sourced',
  'not-a-figure': 'marked as not a figure',
  dismissed: 'dismissed',
};

function describe(review: Review): string {
  const by = [review.reviewer && `by ${review.reviewer}`, review.date && `on ${review.date}`].filter(Boolean).join(' ');
  return `${DECISIONS[review.decision]}${by ? ` ${by}` : ''}`;
}

function finding(article: Article, review: Review): Finding {
  return {
    rule: ID,
    severity: 'information',
    ...staleLocation(article, review),
    message: `Stale review: "${review.figure}" was ${describe(review)}, but the figure is no longer in the article. ` +
      'Remove its entry from isnad.yaml, or review the figure again.',
    facts: { rule: ID, figure: review.figure, decision: review.decision, reviewer: review.reviewer, date: review.date },
  };
}

function check(article: Article, _folder?: FolderContext, reviews: readonly Review[] = []): Finding[] {
  return matchReviews(article, reviews).filter((m) => !m.figure).map((m) => finding(article, m.review));
}

export const staleReview: Rule = {
  id: ID,
  description: 'A review decision in isnad.yaml whose figure is no longer in the article.',
  fullDescription:
    'Reports a decision under `reviews:` in isnad.yaml (sourced, not a figure, dismissed) when no figure of the article ' +
    'has its text with most of its surrounding words any more: the figure was rewritten or deleted. The decision no ' +
    'longer applies to anything; remove it, or review the figure again.',
  defaultSeverity: 'information',
  check,
};
