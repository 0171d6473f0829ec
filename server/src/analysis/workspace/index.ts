// The cross-article index: every analysed article of a folder, who is who
// across them, the events they report and the quantities they give values
// of. Pure and in memory; the language server and `isnad related` feed it
// (update, remove) and ask it. Adding an article reads it once (its speaker
// forms, statements and figure subjects: clusters.ts, statements.ts,
// figures.ts) and files its figures into the quantity table at once; the
// groups of speakers and the events, which any article can change, are
// regrouped from those readings on the next question after a change, so a
// burst of updates (a folder scan) costs one grouping and no article is
// ever analysed again.
import type { Article, Claim, Figure, GazetteerEntry, Span } from '../model.js';
import { clusterSpeakers, fileArticle, refKey } from './clusters.js';
import { compareDates } from './dates.js';
import type { Clustered, Filing } from './clusters.js';
import { groupEvents } from './events.js';
import type { FolderEvent } from './events.js';
import { figureFacts } from './figures.js';
import { QuantityTable, relation } from './quantities.js';
import type { Quantity, QuantityValue } from './quantities.js';
import { describe } from './speakers.js';
import type { FolderSpeaker, SpeakerRef } from './speakers.js';
import { statementsOf } from './statements.js';
import type { Statement } from './statements.js';
import { findSymbols } from './symbols.js';
import type { SymbolMatch } from './symbols.js';

export type { FolderSpeaker } from './speakers.js';
export type { SymbolMatch } from './symbols.js';
export type { FolderEvent, EventClaim } from './events.js';
export type { Quantity, QuantityValue, Relation } from './quantities.js';
export type { Merge, MergeEnd } from './clusters.js';
export type { MergeReason } from './identity.js';
export type { Subject, FigureSource } from './figures.js';
export { CONFLICT_DAYS, relation } from './quantities.js';

export interface MentionRef {
  uri: string;
  speakerId: string;
  span: Span;
}

export interface ClaimRef {
  uri: string;
  claim: Claim;
}

/** A place in another article related to a claim, and why. */
export interface RelatedPlace {
  uri: string;
  /** The claim, or the figure itself when no claim holds it. */
  span: Span;
  claim: Claim | null;
  why: 'event' | 'quantity' | 'speaker';
}

/** A value of a figure's quantity in another article, and how it stands to the figure. */
export interface OtherValue {
  value: QuantityValue;
  relation: ReturnType<typeof relation>;
  /** When it was given, next to the figure (null when either date is unknown). */
  order: 'earlier' | 'same' | 'later' | null;
}

export interface WorkspaceIndex {
  /** Adds or replaces an article; `gazetteer` is its folder's isnad.yaml `speakers:`, which wins over names. */
  update(uri: string, article: Article, options?: { gazetteer?: readonly GazetteerEntry[] }): void;
  remove(uri: string): void;
  uris(): string[];
  article(uri: string): Article | undefined;
  /** The folder-wide key of an article's speaker, or null for an unknown one. */
  speakerKey(uri: string, speakerId: string): string | null;
  speaker(key: string): FolderSpeaker | null;
  /** Speakers found in at least `articles` articles, the most widely reported first. */
  speakers(articles?: number): FolderSpeaker[];
  mentionsOf(key: string): MentionRef[];
  claimsOf(key: string): ClaimRef[];
  /** Events reported by at least `articles` articles, oldest first. */
  events(articles?: number): FolderEvent[];
  eventsOf(speakerKey: string): FolderEvent[];
  eventOf(uri: string, claimId: string): FolderEvent | null;
  /** Quantities with values in at least `articles` articles. */
  quantities(articles?: number): Quantity[];
  quantityOf(uri: string, figure: Figure): Quantity | null;
  /** The values of a figure's quantity in the other articles, each with its relation to the figure. */
  otherValues(uri: string, figure: Figure): OtherValue[];
  /** Articles sharing a quantity with `uri` (itself included): whose conflicts change when it does. */
  neighbours(uri: string): string[];
  /** Claims of the same event, then of the same quantities, then of the same speaker, in the other articles. */
  relatedClaims(uri: string, claimId: string): ClaimRef[];
  /** Like relatedClaims, with the figures no claim holds, and why each is related. */
  related(uri: string, claimId: string): RelatedPlace[];
  /**
   * Speakers and claims whose speaker names (or claim text) contain `query`,
   * normalized. `cancelled` is asked between articles.
   */
  symbols(query: string, options?: { limit?: number; cancelled?: () => boolean }): SymbolMatch[];
}

interface Entry {
  article: Article;
  filing: Filing;
  statements: Statement[];
}

interface Grouped {
  clustered: Clustered;
  members: Map<string, SpeakerRef[]>;
  events: FolderEvent[];
  eventOf: Map<string, FolderEvent>;
}

const DEFAULT_SYMBOL_LIMIT = 500;

const byPlace = (a: { uri: string; start: number }, b: { uri: string; start: number }): number =>
  a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start;

export function createWorkspaceIndex(): WorkspaceIndex {
  const entries = new Map<string, Entry>();
  const quantities = new QuantityTable();
  let grouped: Grouped | null = null;

  function group(): Grouped {
    if (grouped) return grouped;
    const clustered = clusterSpeakers([...entries.values()].map((e) => e.filing));
    const members = new Map<string, SpeakerRef[]>();
    for (const [uri, { article }] of entries) {
      for (const speaker of article.speakers) {
        const key = clustered.groupOf.get(refKey(uri, speaker.id))!;
        const list = members.get(key);
        if (list) list.push({ uri, speaker });
        else members.set(key, [{ uri, speaker }]);
      }
    }
    const statements = new Map([...entries].map(([uri, e]) => [uri, e.statements]));
    const events = groupEvents(statements, (uri, id) => clustered.groupOf.get(refKey(uri, id)) ?? null);
    const eventOf = new Map(events.flatMap((e) => e.claims.map((c) => [refKey(c.uri, c.claim.id), e] as const)));
    grouped = { clustered, members, events, eventOf };
    return grouped;
  }

  const refsOf = (key: string): SpeakerRef[] => group().members.get(key) ?? [];
  const speakerKey = (uri: string, id: string): string | null => group().clustered.groupOf.get(refKey(uri, id)) ?? null;
  const speaker = (key: string): FolderSpeaker | null => describe(key, refsOf(key), group().clustered.merges.get(key) ?? []);
  const keyOfFigure = (uri: string, figure: Figure): string | null => quantities.keyAt(uri, figure.start);

  function claimsOf(key: string): ClaimRef[] {
    return refsOf(key)
      .flatMap(({ uri, speaker: s }) => (entries.get(uri)?.article.claims ?? []).filter((c) => c.speaker === s.id).map((claim) => ({ uri, claim })))
      .sort((a, b) => byPlace({ uri: a.uri, start: a.claim.start }, { uri: b.uri, start: b.claim.start }));
  }

  function otherValues(uri: string, figure: Figure): OtherValue[] {
    const key = keyOfFigure(uri, figure);
    const values = key ? quantities.quantity(key)!.values : [];
    const self = values.find((v) => v.uri === uri && v.figure.start === figure.start);
    if (!self) return [];
    const orderOf = (v: QuantityValue): OtherValue['order'] => {
      if (!v.date || !self.date) return null;
      const c = compareDates(v.date, self.date);
      return c < 0 ? 'earlier' : c > 0 ? 'later' : 'same';
    };
    return values.filter((v) => v.uri !== uri).map((value) => ({ value, relation: relation(self, value), order: orderOf(value) }));
  }

  function related(uri: string, claimId: string): RelatedPlace[] {
    const article = entries.get(uri)?.article;
    const claim = article?.claims.find((c) => c.id === claimId);
    if (!article || !claim) return [];
    const out: RelatedPlace[] = [];
    const seen = new Set<string>();
    const add = (place: RelatedPlace): void => {
      const id = `${place.uri}#${place.span.start}`;
      if (place.uri === uri || seen.has(id)) return;
      seen.add(id);
      out.push(place);
    };
    for (const c of group().eventOf.get(refKey(uri, claimId))?.claims ?? []) add({ uri: c.uri, span: c.claim, claim: c.claim, why: 'event' });
    for (const figure of article.figures.filter((f) => f.claim === claimId)) {
      for (const { value } of otherValues(uri, figure)) {
        const holder = value.figure.claim ? entries.get(value.uri)?.article.claims.find((c) => c.id === value.figure.claim) ?? null : null;
        add({ uri: value.uri, span: holder ?? value.figure, claim: holder, why: 'quantity' });
      }
    }
    const key = speakerKey(uri, claim.speaker);
    for (const r of key ? claimsOf(key) : []) add({ uri: r.uri, span: r.claim, claim: r.claim, why: 'speaker' });
    return out;
  }

  const changed = (): void => { grouped = null; };

  return {
    update(uri, article, options = {}) {
      entries.set(uri, { article, filing: fileArticle(uri, article, options.gazetteer), statements: statementsOf(article) });
      quantities.set(uri, article.outlet, figureFacts(article));
      changed();
    },
    remove(uri) {
      if (!entries.delete(uri)) return;
      quantities.remove(uri);
      changed();
    },
    uris: () => [...entries.keys()].sort(),
    article: (uri) => entries.get(uri)?.article,
    speakerKey,
    speaker,
    speakers: (articles = 1) => [...group().members.keys()]
      .map((key) => speaker(key)!)
      .filter((s) => new Set(s.members.map((m) => m.uri)).size >= articles)
      .sort((a, b) => new Set(b.members.map((m) => m.uri)).size - new Set(a.members.map((m) => m.uri)).size || (a.key < b.key ? -1 : 1)),
    mentionsOf: (key) => refsOf(key)
      .flatMap(({ uri, speaker: s }) => s.mentions.map((span) => ({ uri, speakerId: s.id, span })))
      .sort((a, b) => byPlace({ uri: a.uri, start: a.span.start }, { uri: b.uri, start: b.span.start })),
    claimsOf,
    events: (articles = 1) => group().events.filter((e) => e.uris.length >= articles),
    eventsOf: (key) => group().events.filter((e) => e.speakerKey === key),
    eventOf: (uri, claimId) => group().eventOf.get(refKey(uri, claimId)) ?? null,
    quantities: (articles = 1) => quantities.keys(articles).map((k) => quantities.quantity(k)!),
    quantityOf: (uri, figure) => {
      const key = keyOfFigure(uri, figure);
      return key ? quantities.quantity(key) : null;
    },
    otherValues,
    neighbours: (uri) => [...quantities.neighbours(uri)].sort(),
    relatedClaims: (uri, claimId) => related(uri, claimId).flatMap((p) => (p.claim ? [{ uri: p.uri, claim: p.claim }] : [])),
    related,
    symbols: (query, options = {}) => findSymbols(
      new Map([...entries].map(([uri, e]) => [uri, e.article])), query, options.limit ?? DEFAULT_SYMBOL_LIMIT, options.cancelled,
    ),
  };
}
