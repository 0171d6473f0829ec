// When each claim was said (GUIDELINES §3 `date`). Reading the article in
// order, a date the writer gives for an event (outside what a speaker says)
// dates the claims that follow it, until another date names a new time:
// "خلال مؤتمر صحفي عقده أمس، الخميس 23 …" dates every claim of that press
// conference. A date of month or year precision starts a new time frame with
// no day. Claims before the first dated event take its date when they share
// its speaker (a headline and lead that announce the press conference).
// A day after publication is a plan (الزيارة مقررة في 29 يوليو), not the
// time of what follows: it changes nothing.
import type { Claim, DateMention } from '../model.js';
import { lastStartingAtOrBefore, type Doc } from './doc.js';

export function dateClaims(doc: Doc, claims: Claim[], dates: DateMention[], published: string | null): void {
  const events = dates.filter((d) => !insideContent(d, claims, doc) && !(published && d.value && d.precision === 'day' && d.value > published));
  const sentences = doc.segments.sentences;
  let current: DateMention | null = null;
  let firstEvent: { date: DateMention; speakers: Set<string> } | null = null;
  let e = 0, c = 0;
  for (const s of sentences) {
    const here: DateMention[] = [];
    while (e < events.length && events[e]!.start < s.end) { if (events[e]!.start >= s.start) here.push(events[e]!); e++; }
    const inSentence: Claim[] = [];
    while (c < claims.length && claims[c]!.cue.start < s.end) { if (claims[c]!.cue.start >= s.start) inSentence.push(claims[c]!); c++; }
    if (here.length) {
      current = here.find((d) => d.precision === 'day' && d.value && !d.value.startsWith('XXXX')) ?? null;
      if (!firstEvent && current) firstEvent = { date: current, speakers: new Set(inSentence.map((x) => x.speaker)) };
      if (!firstEvent && !current) firstEvent = { date: here[0]!, speakers: new Set() };
    }
    for (const claim of inSentence) setDate(claim, current);
  }
  backfill(claims, firstEvent);
}

function setDate(claim: Claim, date: DateMention | null): void {
  claim.date = date?.value ?? null;
  claim.dateMention = date ? { start: date.start, end: date.end } : null;
}

/** Claims before the first dated event take its date when they share its speaker. */
function backfill(claims: Claim[], first: { date: DateMention; speakers: Set<string> } | null): void {
  if (!first || first.date.precision !== 'day') return;
  for (const claim of claims) {
    if (claim.cue.start >= first.date.start) break;
    if (!claim.date && first.speakers.has(claim.speaker)) setDate(claim, first.date);
  }
}

/**
 * A date inside what a speaker says (after the cue's complement begins) is
 * part of the statement, not the time it was made.
 */
function insideContent(d: DateMention, claims: Claim[], doc: Doc): boolean {
  // Claims are sorted and do not nest: only the last one starting before the date can hold it.
  const c = lastStartingAtOrBefore(claims, d.start);
  return !!c && d.start < c.end && d.start >= contentOffset(c, doc);
}

/** The first offset of the statement proper: after the speaker, at أن/إن/: or a quotation. */
function contentOffset(c: Claim, doc: Doc): number {
  const from = Math.max(c.cue.end, c.speakerMention && c.speakerMention.start > c.cue.start ? c.speakerMention.end : c.cue.end);
  const rest = doc.text.slice(from, c.end);
  const m = /(^|[\s،,])(?:[وف]?[أإا]ن|بأن|[أإا]نه|[أإا]نها|على|إلى|عن|من)(?=[\s،,])|[:"“«]/.exec(rest);
  return m ? from + m.index : from;
}
