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

/**
 * `isnad/claimCitation` { uri, position } → the claim at the position as a
 * citation (speaker, role, date said, outlet, publication date, URL, the
 * quoted text) in Arabic and in English, or null when no claim is there.
 */
export const CLAIM_CITATION = 'isnad/claimCitation';

export interface ClaimCitationParams {
  uri: string;
  /** An LSP position (UTF-16 column). */
  position: { line: number; character: number };
}

export interface ClaimCitation {
  ar: string;
  en: string;
}
