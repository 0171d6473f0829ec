// Events: the claims of one speaker on one day, across articles, and at one
// venue when the texts name one (مؤتمر صحفي، مقابلة، بيان): two reports of
// the same press conference are one event; a press conference and an
// interview the same day are two. A claim with no venue joins the day's
// only venue. An undated article's claims join an event when their weekday
// and venue both match it and no other event of the speaker does (000
// reports Jeffrey "on Thursday, at a press conference"; 001 dates it).
import type { Claim } from '../model.js';
import { weekdayOf } from './dates.js';
import type { Statement } from './statements.js';

export interface EventClaim {
  uri: string;
  claim: Claim;
  /** Placed in the event by its weekday and venue, its article giving no date. */
  byWeekday: boolean;
}

export interface FolderEvent {
  /** `speakerKey@day#venue`. */
  key: string;
  speakerKey: string;
  day: string;
  venue: string | null;
  claims: EventClaim[];
  /** The articles reporting it, sorted. */
  uris: string[];
}

export type SpeakerKeyOf = (uri: string, speakerId: string) => string | null;

interface Sitting {
  uri: string;
  statements: Statement[];
  venue: string | null;
}

/** Statements of one speaker in one article, by day (or by weekday: `~4` for an undated Thursday). */
function sittings(articles: ReadonlyMap<string, Statement[]>, keyOf: SpeakerKeyOf): Map<string, Sitting[]> {
  const out = new Map<string, Sitting[]>();
  for (const uri of [...articles.keys()].sort()) {
    const here = new Map<string, Sitting>();
    for (const s of articles.get(uri)!) {
      const speaker = keyOf(uri, s.claim.speaker);
      const when = s.day ?? (s.weekday !== null ? `~${s.weekday}` : null);
      if (!speaker || !when) continue;
      const id = `${speaker}\u0001${when}`;
      const sitting = here.get(id) ?? { uri, statements: [], venue: null };
      sitting.statements.push(s);
      sitting.venue ??= s.venue;
      here.set(id, sitting);
    }
    for (const [id, sitting] of here) {
      const list = out.get(id);
      if (list) list.push(sitting);
      else out.set(id, [sitting]);
    }
  }
  return out;
}

function event(speakerKey: string, day: string, venue: string | null, members: Sitting[], byWeekday = false): FolderEvent {
  const claims = members.flatMap((m) => m.statements.map((s) => ({ uri: m.uri, claim: s.claim, byWeekday })));
  return { key: `${speakerKey}@${day}#${venue ?? ''}`, speakerKey, day, venue, claims, uris: [...new Set(members.map((m) => m.uri))] };
}

/** One day of one speaker: a venue's sittings together; those naming none with the only venue, else apart. */
function dayEvents(speakerKey: string, day: string, list: Sitting[]): FolderEvent[] {
  const byVenue = new Map<string, Sitting[]>();
  for (const s of list) {
    if (!s.venue) continue;
    const same = byVenue.get(s.venue);
    if (same) same.push(s);
    else byVenue.set(s.venue, [s]);
  }
  const unnamed = list.filter((s) => !s.venue);
  const only = byVenue.size === 1 ? [...byVenue.keys()][0]! : null;
  if (only) byVenue.get(only)!.push(...unnamed);
  const events = [...byVenue].map(([venue, members]) => event(speakerKey, day, venue, members));
  if (unnamed.length && !only) events.push(event(speakerKey, day, null, unnamed));
  return events;
}

/** An undated sitting joins the one event of its speaker on that weekday at that venue. */
function joinByWeekday(events: FolderEvent[], speakerKey: string, weekday: number, sitting: Sitting): void {
  if (!sitting.venue) return;
  const fits = events.filter((e) => e.speakerKey === speakerKey && e.venue === sitting.venue && weekdayOf(e.day) === weekday);
  const target = fits.length === 1 ? fits[0]! : null;
  if (!target || target.uris.includes(sitting.uri)) return;
  target.claims.push(...event(speakerKey, target.day, target.venue, [sitting], true).claims);
  target.uris = [...target.uris, sitting.uri].sort();
}

export function groupEvents(articles: ReadonlyMap<string, Statement[]>, keyOf: SpeakerKeyOf): FolderEvent[] {
  const all = sittings(articles, keyOf);
  const events: FolderEvent[] = [];
  const undated: [string, number, Sitting[]][] = [];
  for (const id of [...all.keys()].sort()) {
    const [speakerKey, when] = id.split('\u0001') as [string, string];
    if (when.startsWith('~')) undated.push([speakerKey, Number(when.slice(1)), all.get(id)!]);
    else events.push(...dayEvents(speakerKey, when, all.get(id)!));
  }
  const bySpeaker = new Map<string, FolderEvent[]>();
  for (const e of events) {
    const list = bySpeaker.get(e.speakerKey);
    if (list) list.push(e);
    else bySpeaker.set(e.speakerKey, [e]);
  }
  for (const [speakerKey, weekday, list] of undated) {
    for (const sitting of list) joinByWeekday(bySpeaker.get(speakerKey) ?? [], speakerKey, weekday, sitting);
  }
  return events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : 1));
}
