// A reviewer's decision on a figure, as isnad.yaml records it (`reviews:`).
// Plain data: the host reads and writes it, the rules and the hover read it.

export type ReviewDecision = 'sourced' | 'not-a-figure' | 'dismissed';
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['sourced', 'not-a-figure', 'dismissed'];

export interface Review {
  /** The article, relative to the folder, with forward slashes (as `articles:` keys are). */
  file: string;
  /** The figure as the article wrote it when it was reviewed. */
  figure: string;
  /** The words around the figure (see fingerprint.ts), so that the decision follows the figure. */
  fingerprint: string;
  decision: ReviewDecision;
  /** The source (sourced) or the reason (dismissed, not-a-figure); null when none was given. */
  note: string | null;
  reviewer: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
}
