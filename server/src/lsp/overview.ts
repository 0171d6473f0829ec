// `isnad/workspaceOverview`: what the folder says, across its articles, for
// the Isnad tree view and the timeline webview. One request, one plain-JSON
// answer (LSP ranges, UTF-16 columns as everywhere in LSP):
//
//   params  { minArticles?: number }   keep speakers and quantities found in at
//                                      least this many articles (default 1: all)
//   result  WorkspaceOverview
//     articles    every analysed article: { uri, name, outlet, published,
//                 title (its first line), unsourced (the figures the
//                 unsourced-figure rule reports, review decisions honoured:
//                 { range, text, sentence }) }
//     speakers    most widely reported first: { key, name, type, role, aliases,
//                 articles (uris), merges (each { a, b, reason, why }: a and b
//                 are { uri, name, range } of the two forms that matched; why
//                 is the reason in words), events (oldest first: { key, day,
//                 venue, articles, claims }), undated (claims in no event) }
//     quantities  { key, label (counted noun · actor · place, Arabic), unit,
//                 actor, place, articles (count), values (oldest first: { uri,
//                 range, value, text, date, dateFrom: 'claim'|'article'|null,
//                 outlet, source, review (a reviewer's decision, whose
//                 source a "sourced" one gives) }), conflicts and changes
//                 (pairs of indexes into values, from different articles;
//                 for each value its PAIRS_PER_VALUE nearest in time at most) }
//     timeline    every claim of the speakers above dated to the day (its
//                 event's day), oldest first:
//                 { speaker (key), speakerName, date, uri, range, text, event }
//   A claim is { uri, range, text (one line, at most 160 characters), kind,
//   date, byWeekday (placed in its event by weekday and venue) }.
//
// Every `uri` is the one the client uses for the file; `range` opens the spot.
import type { Location } from 'vscode-languageserver';
import type { Article, Claim, Figure, Span } from '../analysis/model.js';
import type { Review } from '../analysis/review/index.js';
import { reviewedFigures } from '../analysis/review/index.js';
import { findRule } from '../analysis/rules/index.js';
import { sourceName } from '../analysis/workspace/index.js';
import type { FolderEvent, FolderSpeaker, Merge, Quantity } from '../analysis/workspace/index.js';
import type { ArticleStore } from './articles.js';
import { messages } from './messages.js';
import type {
  OverviewArticle, OverviewClaim, OverviewEvent, OverviewFigure, OverviewMerge, OverviewMergeEnd, OverviewParams, OverviewQuantity,
  OverviewSpeaker, OverviewValue, TimelinePoint, WorkspaceOverview,
} from './protocol.js';
import { baseName } from './uris.js';

// The request's name and shapes live in protocol.ts, shared with the client;
// re-exported for the server's handler and the protocol tests.
export { WORKSPACE_OVERVIEW } from './protocol.js';
export type { OverviewParams, WorkspaceOverview } from './protocol.js';

export const emptyOverview = (): WorkspaceOverview => ({ articles: [], speakers: [], quantities: [], timeline: [] });

const EXCERPT = 160;
/** Conflicts and changes listed for each value of a quantity, at most: its nearest in time. */
export const PAIRS_PER_VALUE = 5;
const TITLE = 120;

/** The review decisions isnad.yaml records on an article's figures (by index key). */
export type ReviewsOf = (key: string) => readonly Review[];
const noReviews: ReviewsOf = () => [];

const oneLine = (text: string, max: number): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** A place and the client's URI for it; null when the article is gone. */
type Place = Location & { text: string };

function placeOf(store: ArticleStore, key: string, span: Span): Place | null {
  const location = store.location(key, span);
  const text = store.index.article(key)?.text ?? '';
  const excerpt = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return location ? { ...location, text: excerpt.length > EXCERPT ? `${excerpt.slice(0, EXCERPT - 1)}…` : excerpt } : null;
}

function claimOf(store: ArticleStore, key: string, claim: Claim, byWeekday = false): OverviewClaim | null {
  const place = placeOf(store, key, claim);
  return place ? { uri: place.uri, range: place.range, text: place.text, kind: claim.kind, date: claim.date, byWeekday } : null;
}

function eventOf(store: ArticleStore, event: FolderEvent): OverviewEvent {
  const claims = event.claims.flatMap((c) => claimOf(store, c.uri, c.claim, c.byWeekday) ?? []);
  return { key: event.key, day: event.day, venue: event.venue, articles: [...new Set(claims.map((c) => c.uri))], claims };
}

function mergeOf(store: ArticleStore, merge: Merge): OverviewMerge {
  const end = (e: Merge['a']): OverviewMergeEnd => {
    const mention = store.index.article(e.uri)?.speakers.find((s) => s.id === e.speakerId)?.mentions[0];
    const location = mention ? store.location(e.uri, mention) : null;
    return { uri: location?.uri ?? e.uri, name: e.name, range: location?.range ?? null };
  };
  return { a: end(merge.a), b: end(merge.b), reason: merge.reason, why: messages.mergeReason(merge.reason, merge.entry ?? null) };
}

function speakerOf(store: ArticleStore, speaker: FolderSpeaker): OverviewSpeaker {
  const events = store.index.eventsOf(speaker.key);
  const inEvents = new Set(events.flatMap((e) => e.claims.map((c) => `${c.uri}#${c.claim.id}`)));
  const undated = store.index.claimsOf(speaker.key)
    .filter((r) => !inEvents.has(`${r.uri}#${r.claim.id}`))
    .flatMap((r) => claimOf(store, r.uri, r.claim) ?? []);
  const articles = [...new Set(speaker.members.map((m) => store.location(m.uri, { start: 0, end: 0 })?.uri ?? m.uri))].sort();
  return {
    key: speaker.key, name: speaker.name, type: speaker.type, role: speaker.role, aliases: speaker.aliases, articles,
    merges: speaker.merges.map((m) => mergeOf(store, m)), events: events.map((e) => eventOf(store, e)), undated,
  };
}


function quantityOf(store: ArticleStore, quantity: Quantity, reviewsOf: ReviewsOf): OverviewQuantity {
  const { unit, actor, place } = quantity.subject;
  const decided = new Map<string, Map<number, Review>>();
  const reviewOf = (uri: string, figure: Figure): Review | undefined => {
    let byStart = decided.get(uri);
    if (!byStart) {
      const reviews = reviewsOf(uri);
      const article = store.index.article(uri);
      decided.set(uri, (byStart = reviews.length && article ? reviewedFigures(article, reviews) : new Map()));
    }
    return byStart.get(figure.start);
  };
  const values = quantity.values.flatMap((v): OverviewValue[] => {
    const at = placeOf(store, v.uri, v.figure);
    const review = reviewOf(v.uri, v.figure);
    const source = review?.decision === 'sourced' ? review.note ?? sourceName(v.source) : sourceName(v.source);
    return at ? [{
      uri: at.uri, range: at.range, value: v.figure.value, text: at.text, date: v.date, dateFrom: v.dateFrom, outlet: v.outlet, source,
      review: review?.decision ?? null,
    }] : [];
  });
  const articles = new Set(quantity.values.map((v) => v.uri)).size;
  const label = [unit, actor, place].filter(Boolean).join(' · ');
  // each value's nearest few conflicts and changes: thousands of articles giving one quantity must not make the answer grow with their square
  const pairs = (wanted: 'conflict' | 'change'): [number, number][] => store.index.quantityPairs(quantity.key, wanted, PAIRS_PER_VALUE);
  return { key: quantity.key, label, unit, actor, place, articles, values, conflicts: pairs('conflict'), changes: pairs('change') };
}

function timelineOf(speakers: readonly OverviewSpeaker[]): TimelinePoint[] {
  const points = speakers.flatMap((s) => s.events.flatMap((e) => e.claims.map((c) => ({
    speaker: s.key, speakerName: s.name, date: e.day, uri: c.uri, range: c.range, text: c.text, event: e.key,
  }))));
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0));
}

/** The figures the unsourced-figure rule reports in an article, with the sentence each is in. */
function unsourcedOf(store: ArticleStore, key: string, article: Article, reviews: readonly Review[]): OverviewFigure[] {
  const findings = findRule('unsourced-figure')?.check(article, undefined, reviews) ?? [];
  return findings.flatMap((f): OverviewFigure[] => {
    const location = store.location(key, f);
    if (!location) return [];
    const sentence = article.segments.sentences.find((s) => s.start <= f.start && f.end <= s.end) ?? f;
    return [{ range: location.range, text: article.text.slice(f.start, f.end), sentence: oneLine(article.text.slice(sentence.start, sentence.end), EXCERPT) }];
  });
}

function titleOf(article: Article): string {
  const first = article.segments.lines.find((l) => !l.blank);
  return first ? oneLine(article.text.slice(first.start, first.end), TITLE) : '';
}

export function workspaceOverview(store: ArticleStore, params: OverviewParams = {}, reviewsOf: ReviewsOf = noReviews): WorkspaceOverview {
  const min = Math.max(1, Math.floor(params.minArticles ?? 1));
  const articles = store.index.uris().flatMap((key): OverviewArticle[] => {
    const article = store.index.article(key);
    const uri = store.location(key, { start: 0, end: 0 })?.uri ?? key;
    return article ? [{
      uri, name: baseName(uri), outlet: article.outlet, published: article.published, title: titleOf(article),
      unsourced: unsourcedOf(store, key, article, reviewsOf(key)),
    }] : [];
  });
  const speakers = store.index.speakers(min).map((s) => speakerOf(store, s));
  const quantities = store.index.quantities(min).map((q) => quantityOf(store, q, reviewsOf));
  return { articles, speakers, quantities, timeline: timelineOf(speakers) };
}
