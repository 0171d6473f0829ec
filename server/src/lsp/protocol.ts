// Isnad's own requests beside LSP: names and shapes, shared by the server and
// the client (which bundles this file; it has no runtime dependencies).

/** `isnad/articleSummary` { uri } → the counts the client shows in its status bar. */
export const ARTICLE_SUMMARY = 'isnad/articleSummary';

export interface ArticleSummaryParams {
  uri: string;
}

export interface ArticleSummary {
  claims: number;
  unsourced: number;
  speakers: number;
}
