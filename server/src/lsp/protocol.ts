// Isnad's own requests beside LSP: names and shapes, shared by the server and
// the client (which bundles this file; it has no runtime dependencies, and
// its only imports are types).
import type { ClaimKind, SpeakerType } from '../analysis/model.js';
import type { MergeReason } from '../analysis/workspace/index.js';

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
 * `isnad/workspaceOverview` { minArticles? } → what the folder says across its
 * articles, for the Isnad view and the timeline (see overview.ts for the
 * fields). Speakers and quantities found in fewer than `minArticles` articles
 * are left out (default 1: all); the article list is always complete.
 */
export const WORKSPACE_OVERVIEW = 'isnad/workspaceOverview';

/**
 * `isnad/overviewChanged` (server → client, no params): the folder's
 * overview may have changed (an article analysed or forgotten, a scan
 * ended). Sent at most every OVERVIEW_NOTICE_MS; the client asks again when
 * it shows the overview. Diagnostics alone would not tell it: in a large
 * folder only the open articles' are published.
 */
export const OVERVIEW_CHANGED = 'isnad/overviewChanged';

export interface OverviewParams {
  minArticles?: number;
}

/** An LSP position and range (UTF-16 columns), spelled out so the client needs no LSP types. */
export interface WirePosition { line: number; character: number }
export interface WireRange { start: WirePosition; end: WirePosition }

export interface OverviewArticle {
  uri: string;
  name: string;
  outlet: string | null;
  published: string | null;
  /** Its first line (the headline), at most a line's worth of it. */
  title: string;
  /** The figures the unsourced-figure rule reports in it (not those a reviewer decided on), in text order. */
  unsourced: OverviewFigure[];
}

/** A figure of an article: where it is, as written, and the sentence around it (one line, at most 160 characters). */
export interface OverviewFigure { range: WireRange; text: string; sentence: string }
export interface OverviewClaim { uri: string; range: WireRange; text: string; kind: ClaimKind; date: string | null; byWeekday: boolean }
export interface OverviewEvent { key: string; day: string; venue: string | null; articles: string[]; claims: OverviewClaim[] }
export interface OverviewMergeEnd { uri: string; name: string; range: WireRange | null }
export interface OverviewMerge { a: OverviewMergeEnd; b: OverviewMergeEnd; reason: MergeReason; why: string }

export interface OverviewSpeaker {
  key: string;
  name: string;
  type: SpeakerType;
  role: string | null;
  aliases: string[];
  articles: string[];
  merges: OverviewMerge[];
  events: OverviewEvent[];
  undated: OverviewClaim[];
}

export interface OverviewValue {
  uri: string;
  range: WireRange;
  value: number;
  text: string;
  date: string | null;
  dateFrom: 'claim' | 'article' | null;
  outlet: string | null;
  source: string | null;
  /** A reviewer's decision on the figure (isnad.yaml `reviews:`); a "sourced" one names its source in `source`. */
  review: 'sourced' | 'not-a-figure' | 'dismissed' | null;
}

export interface OverviewQuantity {
  key: string;
  label: string;
  unit: string;
  actor: string | null;
  place: string | null;
  articles: number;
  values: OverviewValue[];
  /** Pairs of indexes into `values`, from different articles. */
  conflicts: [number, number][];
  changes: [number, number][];
}

export interface TimelinePoint { speaker: string; speakerName: string; date: string; uri: string; range: WireRange; text: string; event: string | null }

export interface WorkspaceOverview {
  articles: OverviewArticle[];
  speakers: OverviewSpeaker[];
  quantities: OverviewQuantity[];
  timeline: TimelinePoint[];
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

/**
 * `isnad/articleMarks` { uri } → where the article's speakers, cues,
 * quotations, figures, dates and boilerplate are, as LSP ranges, for the
 * client to mark with overlays (backgrounds, underlines drawn as borders)
 * that leave the text in one piece: a text colour would split each line into
 * pieces that VS Code lays out one by one, out of Arabic word order.
 */
export const ARTICLE_MARKS = 'isnad/articleMarks';

export interface ArticleMarksParams {
  uri: string;
}

export interface ArticleMarks {
  /** The document version the marks are for (null: a file that is not open). */
  version: number | null;
  speakers: WireRange[];
  cues: WireRange[];
  quotes: WireRange[];
  /** Figures a source stands behind (or a reviewer decided on). */
  figures: WireRange[];
  /** Figures nobody stands behind: as the unsourced-figure rule reports them. */
  unsourced: WireRange[];
  dates: WireRange[];
  boilerplate: WireRange[];
}

/**
 * `isnad/relatedClaims` { uri, position, locations } → the related claims,
 * described for a list the client shows (a quick pick: its rows keep the
 * start of a right-to-left label, which the peek view's list cuts). The
 * locations a code lens or a hover link carries, or null: the references at
 * the position (a claim's related places, a speaker's mentions, a figure's
 * other values). In the order event, quantity, speaker, then by date.
 */
export const RELATED_CLAIMS = 'isnad/relatedClaims';

export interface RelatedClaimsParams {
  uri: string;
  position: WirePosition;
  locations: { uri: string; range: WireRange }[] | null;
}

export interface RelatedClaimItem {
  uri: string;
  range: WireRange;
  /** Who said it, as the article spells the name; null for a figure no claim holds. */
  speaker: string | null;
  outlet: string | null;
  /** When it was said, else when the article was published (ISO), else null. */
  date: string | null;
  /** Its words from the start, at most RELATED_WORDS of them, as written. */
  text: string;
  /** The article's file name. */
  file: string;
  /** Why it is related to the claim at the position: the same event, quantity or speaker; null when the place is not one of its related places. */
  why: 'event' | 'quantity' | 'speaker' | null;
}

export interface RelatedClaims {
  items: RelatedClaimItem[];
  /** How many there were: more than `items` when past MAX_RELATED_ITEMS. */
  total: number;
}
