// The folder's groups of speakers and its events, computed from every
// article's readings (groupFolder), and patched in place when an article
// changes in a way that cannot move it between groups or events
// (patchGrouping): same speakers with the same names, same statements on the
// same days at the same venues. Typing inside an article is almost always
// such a change; only its spans move, so the groups keep their members and
// only the objects that carry spans are swapped for the new ones.
import type { Article } from '../model.js';
import { clusterSpeakers, refKey } from './clusters.js';
import type { Clustered, Filing, Merge } from './clusters.js';
import { groupEvents } from './events.js';
import type { EventClaim, FolderEvent } from './events.js';
import type { SpeakerRef } from './speakers.js';
import type { Statement } from './statements.js';

/** What grouping reads of an article. */
export interface GroupSource {
  article: Article;
  filing: Filing;
  statements: Statement[];
}

export interface Grouped {
  clustered: Clustered;
  members: Map<string, SpeakerRef[]>;
  events: FolderEvent[];
  eventOf: Map<string, FolderEvent>;
  /** The source of each article as grouped, to tell whether a change can be patched. */
  sources: Map<string, GroupSource>;
  /** Each article's speaker references and event claims, the objects a patch swaps spans in. */
  refsByUri: Map<string, SpeakerRef[]>;
  claimsByUri: Map<string, EventClaim[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function groupFolder(entries: ReadonlyMap<string, GroupSource>): Grouped {
  const clustered = clusterSpeakers([...entries.values()].map((e) => e.filing));
  const members = new Map<string, SpeakerRef[]>();
  const refsByUri = new Map<string, SpeakerRef[]>();
  for (const [uri, { article }] of entries) {
    for (const speaker of article.speakers) {
      const ref = { uri, speaker };
      push(members, clustered.groupOf.get(refKey(uri, speaker.id))!, ref);
      push(refsByUri, uri, ref);
    }
  }
  const statements = new Map([...entries].map(([uri, e]) => [uri, e.statements]));
  const events = groupEvents(statements, (uri, id) => clustered.groupOf.get(refKey(uri, id)) ?? null);
  const eventOf = new Map<string, FolderEvent>();
  const claimsByUri = new Map<string, EventClaim[]>();
  for (const e of events) {
    for (const c of e.claims) {
      eventOf.set(refKey(c.uri, c.claim.id), e);
      push(claimsByUri, c.uri, c);
    }
  }
  return { clustered, members, events, eventOf, sources: new Map(entries), refsByUri, claimsByUri };
}

/** Everything of an article that grouping decides on, as one string: equal signatures group alike. */
function signature(source: GroupSource): string {
  return JSON.stringify([
    source.filing.refs,
    source.filing.forms.map((f) => [f.ref, f.kind, f.text, f.form.titled]),
    [...source.filing.labels].map(([ref, l]) => [ref, l.entry, l.end.name]),
    source.article.speakers.map((s) => s.id),
    source.statements.map((s) => [s.claim.id, s.claim.speaker, s.day, s.weekday, s.venue]),
  ]);
}

/**
 * Puts a changed article into the grouping without regrouping, when its
 * signature is the one grouped; false when it is not (regroup instead).
 */
export function patchGrouping(grouped: Grouped, uri: string, source: GroupSource): boolean {
  const before = grouped.sources.get(uri);
  if (!before || (before !== source && signature(before) !== signature(source))) return false;
  const speakers = new Map(source.article.speakers.map((s) => [s.id, s]));
  for (const ref of grouped.refsByUri.get(uri) ?? []) ref.speaker = speakers.get(ref.speaker.id)!;
  const claims = new Map(source.article.claims.map((c) => [c.id, c]));
  for (const c of grouped.claimsByUri.get(uri) ?? []) c.claim = claims.get(c.claim.id)!;
  grouped.sources.set(uri, source);
  return true;
}

/**
 * A grouping as plain data, for a cache: the speaker groups (only the
 * references not the key of their own group: most speakers are alone), the
 * merges, and the events with their claims by id. It holds for the very
 * articles it was made of; the caller keys it by them.
 */
export interface KeptGrouping {
  /** refKey → group key, where they differ. */
  joined: [string, string][];
  merges: [string, Merge[]][];
  events: { key: string; speakerKey: string; day: string; venue: string | null; uris: string[]; claims: [string, string, boolean][] }[];
}

export function keepGrouping(grouped: Grouped): KeptGrouping {
  const joined = [...grouped.clustered.groupOf].filter(([ref, key]) => ref !== key);
  const events = grouped.events.map(({ key, speakerKey, day, venue, uris, claims }) => (
    { key, speakerKey, day, venue, uris, claims: claims.map((c): [string, string, boolean] => [c.uri, c.claim.id, c.byWeekday]) }
  ));
  return { joined, merges: [...grouped.clustered.merges], events };
}

/**
 * The grouping `kept` describes, rebuilt over these articles without
 * regrouping them; null when it does not fit them (a claim it names is
 * missing), and the caller groups afresh.
 */
export function restoreGrouping(kept: KeptGrouping, entries: ReadonlyMap<string, GroupSource>): Grouped | null {
  const joined = new Map(kept.joined);
  const groupOf = new Map<string, string>();
  for (const { filing } of entries.values()) for (const ref of filing.refs) groupOf.set(ref, joined.get(ref) ?? ref);
  const clustered: Clustered = { groupOf, merges: new Map(kept.merges) };
  const members = new Map<string, SpeakerRef[]>();
  const refsByUri = new Map<string, SpeakerRef[]>();
  for (const [uri, { article }] of entries) {
    for (const speaker of article.speakers) {
      const ref = { uri, speaker };
      push(members, groupOf.get(refKey(uri, speaker.id)) ?? refKey(uri, speaker.id), ref);
      push(refsByUri, uri, ref);
    }
  }
  const claimOf = (uri: string, id: string): EventClaim['claim'] | undefined => entries.get(uri)?.article.claims.find((c) => c.id === id);
  const events: FolderEvent[] = [];
  const eventOf = new Map<string, FolderEvent>();
  const claimsByUri = new Map<string, EventClaim[]>();
  for (const { claims, ...rest } of kept.events) {
    const event: FolderEvent = { ...rest, claims: [] };
    for (const [uri, id, byWeekday] of claims) {
      const claim = claimOf(uri, id);
      if (!claim) return null;
      const c = { uri, claim, byWeekday };
      event.claims.push(c);
      eventOf.set(refKey(uri, id), event);
      push(claimsByUri, uri, c);
    }
    events.push(event);
  }
  return { clustered, members, events, eventOf, sources: new Map(entries), refsByUri, claimsByUri };
}
