// The cross-article index: every analysed article of a folder, who is who
// across them, the events they report and the quantities they give values
// of. Pure and in memory; the language server and `isnad related` feed it
// (update, remove) and ask it. Adding an article reads it once (its speaker
// forms, statements and figure subjects: clusters.ts, statements.ts,
// figures.ts; a cache may hand these Readings back) and files its figures
// into the quantity table at once; the groups of speakers and the events,
// which any article can change, are regrouped from those readings on the
// next question after a change, so a burst of updates (a folder scan) costs
// one grouping and no article is ever analysed again. Two cheaper ways
// (grouping.ts): a change that leaves an article's names and statements as
// they were (most edits) is patched into the groups in place; and while
// grouping is deferred (a scan runs), questions are answered from the last
// grouping rather than regrouping the folder after every file.
import type { Article, Claim, Figure, GazetteerEntry, Span } from '../model.js';
import { fileArticle, refKey } from './clusters.js';
import { compareDates } from './dates.js';
import type { Filing } from './clusters.js';
import type { FolderEvent } from './events.js';
import { figureFacts } from './figures.js';
import type { FigureFact } from './figures.js';
import { groupFolder, keepGrouping, patchGrouping, restoreGrouping } from './grouping.js';
import type { Grouped, KeptGrouping } from './grouping.js';
import { QuantityTable, relation } from './quantities.js';
import type { Quantity, QuantityValue } from './quantities.js';
import { describe } from './speakers.js';
import type { FolderSpeaker, SpeakerRef } from './speakers.js';
import { statementsOf } from './statements.js';
import type { Statement } from './statements.js';
import { findSymbols, symbolText } from './symbols.js';
import type { SymbolMatch, SymbolText } from './symbols.js';

export type { FolderSpeaker } from './speakers.js';
export type { SymbolMatch } from './symbols.js';
export type { KeptGrouping } from './grouping.js';
export type { FolderEvent, EventClaim } from './events.js';
export type { Quantity, QuantityValue, Relation } from './quantities.js';
export type { Merge, MergeEnd } from './clusters.js';
export type { MergeReason } from './identity.js';
export type { Subject, FigureSource } from './figures.js';
export { CONFLICT_DAYS, relatedPairs, relation } from './quantities.js';
export { sourceName } from './figures.js';

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

/** What the index reads of an article when it is added: a cache may keep them beside the article. */
export interface Readings {
  filing: Filing;
  statements: Statement[];
  facts: FigureFact[];
}

/** The readings of an article as update takes them: a worker thread or a cache may make them beforehand. */
export function readArticle(uri: string, article: Article, gazetteer?: readonly GazetteerEntry[]): Readings {
  return { filing: fileArticle(uri, article, gazetteer), statements: statementsOf(article), facts: figureFacts(article) };
}

export interface WorkspaceIndex {
  /**
   * Adds or replaces an article; `gazetteer` is its folder's isnad.yaml
   * `speakers:`, which wins over names; `readings`, when given, are what
   * readingsOf gave for this very article and gazetteer (from a cache).
   */
  update(uri: string, article: Article, options?: { gazetteer?: readonly GazetteerEntry[]; readings?: Readings }): void;
  remove(uri: string): void;
  /** The readings the index took of an article, for a cache. */
  readingsOf(uri: string): Readings | undefined;
  /**
   * While deferred, questions are answered from the last grouping of
   * speakers and events (if there is one) however many articles changed
   * since: a folder scan turns it on, so requests are not held up by
   * regrouping the folder after every file; the first question after it is
   * turned off regroups.
   */
  deferGrouping(deferred: boolean): void;
  /** Regroups now if anything changed (after a scan, before the user asks). */
  settle(): void;
  /** The current grouping as plain data (for a cache), or null while articles changed since it was made. */
  keptGrouping(): KeptGrouping | null;
  /**
   * Takes a grouping that keptGrouping gave for these very articles (the
   * caller knows: a cache keyed by them) instead of regrouping; false, and
   * nothing changed, when it does not fit them.
   */
  adoptGrouping(kept: KeptGrouping): boolean;
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
  /**
   * The values of other articles that conflict with the figure: the `limit`
   * nearest in time (oldest first), and how many there are in all. Without
   * comparing every pair: a folder where thousands of articles give one
   * quantity asks this for each of them.
   */
  conflictsOf(uri: string, figure: Figure, limit: number): { values: OtherValue[]; total: number };
  /** Pairs of a quantity's values (indexes into its values) in the `wanted` relation, at most `limit` for each value, its nearest. */
  quantityPairs(key: string, wanted: 'conflict' | 'change', limit: number): [number, number][];
  /** Articles sharing a quantity with `uri` (itself included): whose conflicts change when it does. */
  neighbours(uri: string): string[];
  /**
   * The quantities whose values changed (an article's value, date, outlet or
   * source; an article added or removed) since the last call: the articles of
   * these, and only these, may see other conflicts. An edit that only moves a
   * figure changes none.
   */
  takeChangedQuantities(): string[];
  /** The articles giving a value of the quantity `key`. */
  quantityArticles(key: string): string[];
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

interface Entry extends Readings {
  article: Article;
  /** Normalized names and claim texts, made by the first symbols query that reads the article. */
  symbolText?: SymbolText;
}

const DEFAULT_SYMBOL_LIMIT = 500;

const byPlace = (a: { uri: string; start: number }, b: { uri: string; start: number }): number =>
  a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start;

export function createWorkspaceIndex(): WorkspaceIndex {
  const entries = new Map<string, Entry>();
  const quantities = new QuantityTable();
  let grouped: Grouped | null = null;
  /** Articles changed (or removed) since `grouped` that were not patched into it. */
  const pending = new Set<string>();
  let deferred = false;
  /** The URIs in order, for symbols; null after an article came or went. */
  let sortedUris: string[] | null = null;

  function group(): Grouped {
    if (grouped && (!pending.size || deferred)) return grouped;
    pending.clear();
    grouped = groupFolder(entries);
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

  function conflictsOf(uri: string, figure: Figure, limit: number): { values: OtherValue[]; total: number } {
    const key = keyOfFigure(uri, figure);
    const search = key ? quantities.search(key) : null;
    const i = search ? search.indexOf(uri, figure.start) : -1;
    if (!search || i < 0) return { values: [], total: 0 };
    const self = search.values[i]!;
    const { found, total } = search.find(i, 'conflict', limit);
    const values = found.map((j): OtherValue => {
      const value = search.values[j]!;
      const c = self.date && value.date ? compareDates(value.date, self.date) : null;
      return { value, relation: 'conflict', order: c === null ? null : c < 0 ? 'earlier' : c > 0 ? 'later' : 'same' };
    });
    return { values, total };
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

  return {
    update(uri, article, options = {}) {
      const readings = options.readings ?? readArticle(uri, article, options.gazetteer);
      const entry: Entry = { article, ...readings };
      if (!entries.has(uri)) sortedUris = null;
      entries.set(uri, entry);
      quantities.set(uri, article.outlet, readings.facts);
      if (!grouped || !patchGrouping(grouped, uri, entry)) pending.add(uri);
    },
    remove(uri) {
      if (!entries.delete(uri)) return;
      sortedUris = null;
      quantities.remove(uri);
      pending.add(uri);
    },
    readingsOf: (uri) => {
      const e = entries.get(uri);
      return e && { filing: e.filing, statements: e.statements, facts: e.facts };
    },
    deferGrouping: (on) => { deferred = on; },
    settle: () => { if (!deferred) group(); },
    keptGrouping: () => (grouped && !pending.size ? keepGrouping(grouped) : null),
    adoptGrouping: (kept) => {
      const restored = restoreGrouping(kept, entries);
      if (!restored) return false;
      grouped = restored;
      pending.clear();
      return true;
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
    conflictsOf,
    quantityPairs: (key, wanted, limit) => quantities.search(key)?.pairs(wanted, limit) ?? [],
    neighbours: (uri) => [...quantities.neighbours(uri)].sort(),
    takeChangedQuantities: () => quantities.takeChanged(),
    quantityArticles: (key) => quantities.articlesOf(key),
    relatedClaims: (uri, claimId) => related(uri, claimId).flatMap((p) => (p.claim ? [{ uri: p.uri, claim: p.claim }] : [])),
    related,
    symbols: (query, options = {}) => findSymbols(
      sortedUris ??= [...entries.keys()].sort(),
      (uri) => entries.get(uri)?.article,
      (uri) => {
        const e = entries.get(uri);
        return e && (e.symbolText ??= symbolText(e.article));
      },
      query, options.limit ?? DEFAULT_SYMBOL_LIMIT, options.cancelled,
    ),
  };
}
