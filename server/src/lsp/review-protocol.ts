// The review commands, shared by the server and the client (which bundles
// this file; its only imports are types).
//
//   isnad.reviewFigure(args: RecordReviewArgs)   client command
//     "Mark as sourced…" and "Dismiss with a reason…" run it: the client asks
//     for the source or the reason (an input box), puts it in `note`, and
//     runs isnad.recordReview. Without arguments (the palette) it reviews
//     the unsourced figure at the cursor.
//   isnad.recordReview(args: RecordReviewArgs) → RecordReviewResult
//     server command (workspace/executeCommand): writes the decision under
//     `reviews:` in the folder's isnad.yaml and publishes the diagnostics
//     again. "Not a figure" runs it directly.
import type { ReviewDecision } from '../analysis/review/model.js';

export const REVIEW_FIGURE = 'isnad.reviewFigure';
export const RECORD_REVIEW = 'isnad.recordReview';

export interface RecordReviewArgs {
  uri: string;
  /** Where the figure is (LSP positions, UTF-16 columns). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The figure's text, to find it again if the document moved on. */
  figure: string;
  decision: ReviewDecision;
  /** The source (sourced) or the reason; null until the client has asked. */
  note: string | null;
}

export interface RecordReviewResult {
  recorded: boolean;
  /** Why not, for the user. */
  message: string | null;
}
