// When each claim was said (GUIDELINES §3 `date`): claims are dated by
// their speech event, not by the last date the reader saw.
//
// A claim's own frame is the part of its clause that tells the occasion:
// after the cue up to where the statement begins (قال الوزير أمس إن …، وقال،
// في اتصال هاتفي مع «عكاظ» أمس: …، حسب ما أفاد المرصد أمس), and a phrase
// fronted before the cue (وخلال مؤتمر صحفي عقده أمس، أكد …). A day there
// dates the claim and becomes its speaker's event, which the speaker's
// follow-ups (وأضاف، مشيرًا، وقال فلان) carry until the speaker names another
// time (في وقت سابق، وكان قد قال، a month or a week). Dates inside what is
// said, or in the writer's background between the claims, date nothing.
// Claims before a speaker's first dated event take it when nothing else of
// the article comes between (a lead that names the event a sentence later),
// and the headline takes the date of the lead it summarises. A writer's
// sentence that opens on a day (وأمس الأربعاء، بحث الرئيسان …) sets the
// scene of the claims that follow it.
import { EARLIER_TIME, FRONTING_WORDS, OCCASION_NOUNS } from '../lexicon/calendar.js';
import { CITING_WORDS, FUTURE_MARKERS, MENTION_PARTICLES, RELATIVE_PRONOUNS } from '../lexicon/grammar.js';
import { alternationOf, escapeRegex } from '../text/alternation.js';
import { isWhiteSpace, whiteSpacePieces } from '../text/segment.js';
import { normalize } from '../text/normalize.js';
import type { Claim, DateMention, Span } from '../model.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore, spanAt, spansStartingIn, type Doc } from './doc.js';
import { ALEF, BAA, DAL, FAA, HAA, LAM, MEEM, NOON, QAF, WAW, codeAt } from '../text/letters.js';

/** What a claim's frame says about its time: a day, another time (no day), or nothing. */
type Own = { kind: 'day'; date: DateMention; occasions: string[] } | { kind: 'other' } | { kind: 'none' };

/** A speaker's current event: its date (null when the event has none) and where it was set. */
interface Event { date: DateMention | null; at: number }

export function dateClaims(doc: Doc, claims: Claim[], dates: DateMention[], published: string | null): void {
  if (!claims.length) return;
  const usable = notAfter(dates, published);
  // with no date to go by, no claim has one
  if (!usable.length) {
    for (const c of claims) setDate(c, null);
    return;
  }
  // (a literal filled by push, not map: see findClaims)
  const own: Own[] = [];
  for (let i = 0; i < claims.length; i++) own.push(ownTime(doc, usable, claims[i]!, i > 0 ? claims[i - 1] : undefined));
  // made when a claim first needs them: most claims are dated by their own frame or their speaker
  let scenes: Scene[] | null = null, names: Map<string, Set<string>[]> | null = null;
  const scenesOf = (): Scene[] => (scenes ??= writerScenes(doc, claims, usable));
  const namesOf = (): Map<string, Set<string>[]> => (names ??= mentionWords(doc, claims));
  const events = new Map<string, Event>();
  /** Occasions named in dated frames (في بيان، أمس: بيان), for a later البيان or حسب البيان. */
  const occasions = new Map<string, Event>();
  /** Claims dated by what they themselves say (their frame, or the occasion they name): they may date the claims before them. */
  const anchors = new Set<number>();
  // (what contentToday looks for, asked of the article once: most have no such date, and their claims' content is not read)
  const today = writesToday(usable, published) ? published : null;
  claims.forEach((c, i) => {
    const o = own[i]!;
    let event: Event;
    if (o.kind === 'day') {
      event = { date: o.date, at: c.cue.start };
      for (const noun of o.occasions) occasions.set(noun, event);
      anchors.add(i);
    } else if (o.kind === 'other') event = { date: null, at: c.cue.start };
    else {
      const named = occasionNamed(doc, c, occasions);
      if (named) anchors.add(i);
      event = sameSentenceEvent(doc, claims, own, i) ?? named
        ?? latest(speakerEvent(events, namesOf, c), sceneAt(doc, usable, scenesOf, namesOf, c)) ?? contentToday(doc, c, usable, today) ?? { date: null, at: -1 };
    }
    events.set(c.speaker, event);
    setDate(c, event.date);
  });
  const headline = headlineLine(doc);
  backfill(claims, own, anchors, headline);
  datedHeadline(doc, claims, own, headline);
}

/**
 * The dates but days after publication: the dates themselves when there are
 * none, as in most articles (no copy made), and all of them when the
 * publication date is unknown (read in a loop: a closure for some and filter).
 */
function notAfter(dates: DateMention[], published: string | null): DateMention[] {
  if (!published) return dates;
  let k = 0;
  while (k < dates.length && !future(dates[k]!, published)) k++;
  if (k === dates.length) return dates;
  const out = dates.slice(0, k);
  for (k++; k < dates.length; k++) if (!future(dates[k]!, published)) out.push(dates[k]!);
  return out;
}

const future = (d: DateMention, published: string): boolean => d.precision === 'day' && !!d.value && d.value > published;

function setDate(claim: Claim, date: DateMention | null): void {
  claim.date = date?.value ?? null;
  claim.dateMention = date ? { start: date.start, end: date.end } : null;
}

const OCCASIONS = wordsOfLengths(OCCASION_NOUNS);

const isDay = (d: DateMention): boolean => d.precision === 'day' && !!d.value && !d.value.startsWith('XXXX');

/** The normalized text of an original span, read from the document's normalized copy. */
function normSlice(doc: Doc, start: number, end: number): string {
  return doc.norm.text.slice(normOffset(doc, start), normOffset(doc, end));
}

/**
 * The first normalized offset at or after an original one (toOriginal only
 * grows, a step of one at least, so it is at `original` or a few dropped
 * marks before it): searched down from there in growing steps, where a
 * search of the whole text took a dozen steps for each of the frames' slices.
 */
function normOffset(doc: Doc, original: number): number {
  const map = doc.norm.toOriginal;
  let hi = Math.min(original, doc.norm.text.length), lo = hi;
  for (let step = 1; lo > 0 && map[lo - 1]! >= original; step *= 2) {
    hi = lo - 1;
    lo = Math.max(0, lo - step);
  }
  // the answer is in [lo, hi]: map[lo - 1] < original (or lo is 0), map[hi] >= original (or hi is the end)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------- frames

/**
 * The time a claim's own frame gives: the first day there; another time
 * when its dates have no day or it says the statement is from before (في
 * وقت سابق، وكان … قد قال).
 */
function ownTime(doc: Doc, dates: DateMention[], c: Claim, prev: Claim | undefined): Own {
  // (a headline's colon has no frame: answered here, as an empty list of frames would be of another kind and deopt the walk)
  if (c.cue.form === 'colon') return pluperfect(doc, c) ? { kind: 'other' } : { kind: 'none' };
  const frames = framesOf(doc, dates, c, prev);
  // a time with no day says the statement is from another time only next to the cue and its speaker;
  // further on it may be the object of the verb (توقع الوزير توقف الاستيراد في عام 2020)
  // (where the words next to the cue end: found only for a frame's date, which most frames have none of)
  let near = -1;
  let other = false;
  for (const f of frames) {
    // (the dates by index: most frames hold none, and a list of them was made for each)
    for (let k = firstStartingAtOrAfter(dates, f.start); k < dates.length && dates[k]!.start < f.end; k++) {
      const d = dates[k]!;
      if (inRelativeClause(doc, frames, d)) continue;
      if (isDay(d)) return { kind: 'day', date: d, occasions: frames.flatMap((x) => occasionsIn(doc, x)) };
      if (near < 0) {
        const said = c.speakerMention && c.speakerMention.start >= c.cue.end ? c.speakerMention.end : c.cue.end;
        near = wordsAfter(doc.text, said, 2, doc.text.length);
      }
      if (f.end <= c.cue.start || d.start < near) other = true;
    }
  }
  return other || frames.some((f) => saysEarlier(doc, f)) || pluperfect(doc, c) ? { kind: 'other' } : { kind: 'none' };
}

/** The spans of a claim's clause that tell its occasion: after the cue up to the statement, and a fronted phrase (a verb's or a phrase's claim: a colon has none). */
function framesOf(doc: Doc, dates: DateMention[], c: Claim, prev: Claim | undefined): Span[] {
  const sentence = spanAt(doc.segments.sentences, c.cue.start);
  const limit = Math.min(c.end > c.cue.end ? c.end : sentence?.end ?? c.cue.end, sentence?.end ?? doc.text.length);
  const after: Span = { start: c.cue.end, end: statementStart(doc, c, limit) };
  const front = frontOf(doc, dates, c, prev, sentence);
  return front ? [front, after] : [after];
}

/** How many words after the speaker a frame runs when no أن، colon or quotation opens the statement. */
const FRAME_WORDS = 8;

/**
 * Where the statement begins after the cue: at أن/إن, a colon, or a
 * quotation of several words («عكاظ» is a name, not the statement); else a
 * few words after the speaker (أعلن … أمس الأول موعد الملتقى).
 */
function statementStart(doc: Doc, c: Claim, limit: number): number {
  const from = c.cue.end;
  if (c.cue.form === 'phrase') return clauseEnd(doc.text, Math.max(from, c.speakerMention?.end ?? from), limit);
  const speakerEnd = c.speakerMention && c.speakerMention.start >= from ? Math.min(c.speakerMention.end, limit) : from;
  const text = doc.text;
  // (read in place, in one pass: a copy of the frame, a regex and a search for the colon made three passes over it per claim)
  let end = statementOrColon(text, from, speakerEnd, limit);
  // a quotation in the subject or the addressee is a name (منظمة «أطباء بلا حدود»، لـ«الشرق الأوسط»)
  const quotes = doc.segments.quotes;
  for (let k = firstStartingAtOrAfter(quotes, speakerEnd); k < quotes.length && quotes[k]!.start < end; k++) {
    const q = quotes[k]!;
    if (whiteSpacePieces(text, q.start, Math.min(q.end, q.start + 200)) >= 4) { end = q.start; break; }
  }
  return end;
}

/**
 * Where the statement begins in text[from, end), `end` being FRAME_WORDS
 * words after the speaker (wordsAfter(text, speakerEnd, FRAME_WORDS, limit)):
 * at a colon, or at the first statement word (أن، إنه، بأنهم، وأنها), at the
 * white space, comma or bracket before it or at `from`, whichever comes
 * first; `end` when neither. The words are those
 * /(?:^|[\s،,(])(?:[وف]?[أإا]ن(?:ه|ها|هم)?|ب[أإا]ن(?:ه|ها|هم)?)(?=[\s،,]|$)/
 * finds in that slice. The words after the speaker are counted in the same
 * pass (a pass to find `end` read them twice); the statement word is read up
 * to `limit`, which reads it as `end` would: `end` is white space or `limit`.
 */
function statementOrColon(text: string, from: number, speakerEnd: number, limit: number): number {
  const end = Math.max(speakerEnd, limit);
  let words = 0;
  for (let p = from; p < end; p++) {
    const c = text.charCodeAt(p);
    if (p >= speakerEnd) {
      if (isSpace(c)) {
        if (words > FRAME_WORDS) return p;
      } else if (p === speakerEnd || isSpace(text.charCodeAt(p - 1))) words++;
    }
    if (c === COLON || (p === from && isStatementWord(text, p, end))) return p;
    if ((isClauseBreak(c) || c === OPEN_BRACKET) && isStatementWord(text, p + 1, end)) return p;
  }
  return end;
}

const OPEN_BRACKET = 0x28, COLON = 0x3a;

/** The statement word at `at`: [وفب]?[أإا]ن with ه، ها or هم or nothing, then white space, a comma or `end`. */
function isStatementWord(text: string, at: number, end: number): boolean {
  let i = at;
  const first = text.charCodeAt(i);
  if (i < end && (first === WAW || first === FAA || first === BAA)) i++;
  const alef = text.charCodeAt(i);
  if (i + 1 >= end || !(alef === ALEF || alef === 0x0623 || alef === 0x0625) || text.charCodeAt(i + 1) !== NOON) return false;
  i += 2;
  if (wordEnds(text, i, end)) return true;
  if (text.charCodeAt(i) !== HAA) return false;
  if (wordEnds(text, i + 1, end)) return true;
  const after = text.charCodeAt(i + 1);
  return i + 1 < end && (after === ALEF || after === MEEM) && wordEnds(text, i + 2, end);
}

/** The end of the slice, or white space or a comma (what ends a statement word). */
function wordEnds(text: string, i: number, end: number): boolean {
  return i >= end ? i === end : isClauseBreak(text.charCodeAt(i));
}

/** The offset `n` words after `from`, or `limit`. */
function wordsAfter(text: string, from: number, n: number, limit: number): number {
  let i = from, words = 0;
  while (i < limit && words <= n) {
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    if (i < limit) words++;
    while (i < limit && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

// (the bound first: a letter, most of what is read, answers with one comparison)
const isSpace = (code: number): boolean => code <= 0xa0 && (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0);

/**
 * From ء (U+0621) below U+1680: the Arabic letters, marks and digits, and
 * the scripts after them, none of which is white space or a mark the tests
 * of this file read; the tests ask it first, so a letter answers with two
 * comparisons instead of a dozen.
 */
const isLetterRange = (code: number): boolean => code >= 0x0621 && code < 0x1680;

/** An attribution phrase's frame ends with its clause (بحسب المفوضية، ولا يشمل … أول من أمس). */
function clauseEnd(text: string, from: number, limit: number): number {
  const comma = /[،,؛]/.exec(text.slice(from, limit));
  return comma ? from + comma.index : limit;
}

/**
 * A phrase fronted before a cue that has no و/ف of its own, when the
 * sentence opens with a preposition or a date (وخلال مؤتمر صحفي عقده أمس،
 * أكد …؛ وأمس الأربعاء، حذر …) and no other claim stands before it.
 */
function frontOf(doc: Doc, dates: DateMention[], c: Claim, prev: Claim | undefined, sentence: Span | undefined): Span | null {
  // (the claim before it first: a test of two offsets, where conjoined reads the normalized text)
  if (!sentence || (prev && prev.cue.start >= sentence.start) || conjoined(doc, c)) return null;
  const word = firstWord(doc.text, sentence.start, Math.min(c.cue.start, sentence.start + 60));
  if (!word) return null;
  const written = word.start < word.end ? normSlice(doc, word.start, word.end) : '';
  // (و or ف taken off as /^[وف](?=..)/ does, read by char code: the word holds no line break for the dots to stop at)
  const first = codeAt(written, 0); // (written may be empty: charCodeAt past its end deopts)
  const fronting = written !== '' && FRONTING_WORDS.has(written.length >= 3 && (first === WAW || first === FAA) ? written.slice(1) : written);
  return fronting || opensOnDate(doc, dates, sentence) ? { start: sentence.start, end: c.cue.start } : null;
}

/**
 * The first word of text[from, to) after white space and opening marks, as
 * /^[\s"'«“(]*(\S+)/ reads it there (read in place, not from a copy): null
 * when there is nothing but white space; an empty span when there are only
 * marks (the regex then reads a mark, which no fronting word is).
 */
function firstWord(text: string, from: number, to: number): Span | null {
  let start = from;
  while (start < to && isOpeningBreak(text.charCodeAt(start))) start++;
  if (start === to) {
    for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return { start: to, end: to };
    return null;
  }
  let end = start;
  while (end < to && !isWhiteSpace(text.charCodeAt(end))) end++;
  return { start, end };
}

/** A cue written with و or ف (وقال، فأكد) opens its own clause: nothing before it is its frame. */
function conjoined(doc: Doc, c: Claim): boolean {
  // (the cue's first normalized letter read in place, not from a copy of the cue)
  const at = normOffset(doc, c.cue.start);
  // (the cue holds a normalized letter when the one at `at` comes from before its end: one search, not a second for the end)
  if (at >= doc.norm.text.length || doc.norm.toOriginal[at]! >= c.cue.end) return false;
  const first = doc.norm.text.charCodeAt(at);
  return (first === WAW || first === FAA) && c.cue.lemma.charCodeAt(0) !== first;
}

/** The sentence opens on a date, within its first two words (وأمس الأربعاء، …؛ ومساء أمس …). */
function opensOnDate(doc: Doc, dates: DateMention[], sentence: Span): boolean {
  const d = dates[firstStartingAtOrAfter(dates, sentence.start)];
  if (!d || d.start >= sentence.end || d.start - sentence.start > 40) return false;
  // the words before it (split at white space and quotation marks), counted in place: more than two is enough
  const text = doc.text;
  let words = 0, second = -1, secondLength = 0;
  for (let i = sentence.start; i < d.start && words <= 2;) {
    while (i < d.start && isOpeningBreak(text.charCodeAt(i))) i++;
    if (i >= d.start) break;
    const start = i;
    while (i < d.start && !isOpeningBreak(text.charCodeAt(i))) i++;
    if (++words === 2) { second = start; secondLength = i - start; }
  }
  if (words <= 1) return true;
  const c = text.charCodeAt(second);
  return words === 2 && secondLength === 1 && (c === WAW || c === FAA);
}

/** White space and the marks opensOnDate reads as white space (" ' « “ (). */
const isOpeningBreak = (code: number): boolean => !isLetterRange(code) && (isWhiteSpace(code) || code === 0x22 || code === 0x27 || code === 0xab || code === 0x201c || code === 0x28);

/** A relative pronoun between spaces (… التي …). */
const RELATIVE = new RegExp(`(?:^|\\s)(?:${alternationOf(RELATIVE_PRONOUNS)})\\s`);
/** RELATIVE for every match, compiled once (inRelativeClause sets its lastIndex before each use). */
const RELATIVE_ALL = new RegExp(RELATIVE.source, 'g');

/**
 * A date in a relative clause of the speaker (وقالت المفوضية التي حدثت
 * أرقامها في نهاية يوليو، في بريد إلكتروني …) tells about the speaker, not
 * about the statement.
 */
function inRelativeClause(doc: Doc, frames: Span[], d: DateMention): boolean {
  const frame = frames.find((f) => f.start <= d.start && d.start < f.end);
  if (!frame) return false;
  const before = doc.text.slice(frame.start, d.start);
  const rel = RELATIVE_ALL;
  rel.lastIndex = 0;
  let last = -1;
  for (let m = rel.exec(before); m; m = rel.exec(before)) last = m.index;
  return last >= 0 && !/[،,]/.test(before.slice(last));
}

/** في وقت سابق، سابقًا، وكان قد … in the frame: the statement is from another, earlier time. */
function saysEarlier(doc: Doc, frame: Span): boolean {
  if (frame.end <= frame.start) return false;
  const text = normSlice(doc, frame.start, frame.end);
  // (one pass of one regex turns most frames away, where a search for each phrase read the frame two dozen times)
  if (!EARLIER_ANYWHERE.test(text)) return false;
  const words = ` ${text.replace(/[،,:"()]/g, ' ').replace(/\s+/g, ' ')} `;
  return EARLIER_TIME.some((p) => words.includes(` ${p} `) || words.includes(` و${p} `));
}

/** Any of EARLIER_TIME written anywhere, inside a word too: the test EARLIER_TIME.some(text.includes) makes. */
const EARLIER_ANYWHERE = new RegExp(EARLIER_TIME.map(escapeRegex).join('|'));

/** وكان الوزير قد قال: قد right before the cue after a كان in its sentence. */
function pluperfect(doc: Doc, c: Claim): boolean {
  // قد right before the cue, white space between (read in place: most cues have none, and each made a copy)
  const from = Math.max(0, c.cue.start - 8);
  let end = c.cue.start;
  while (end > from && isWhiteSpace(doc.text.charCodeAt(end - 1))) end--;
  if (end - from < 2 || doc.text.charCodeAt(end - 2) !== QAF || doc.text.charCodeAt(end - 1) !== DAL) return false;
  const before = normSlice(doc, Math.max(0, c.cue.start - 120), c.cue.start);
  const last = before.trim().split(/\s+/).pop() ?? '';
  return /^[وف]?قد$/.test(last) && /(?:^|\s)[وف]?كان(?:ت|وا)?\s/.test(before);
}

// ---------------------------------------------------------------- carrying

/** A claim after another of its sentence that its own frame dated shares that event (حسب ما أفاد المرصد أمس، وقال مديره: …). */
function sameSentenceEvent(doc: Doc, claims: Claim[], own: Own[], i: number): Event | null {
  const sentence = spanAt(doc.segments.sentences, claims[i]!.cue.start);
  for (let k = i - 1; k >= 0 && sentence && claims[k]!.cue.start >= sentence.start; k--) {
    const o = own[k]!;
    if (o.kind === 'day') return { date: o.date, at: claims[k]!.cue.start };
  }
  return null;
}

/** The occasion nouns of a frame (في بيان → بيان، خلال مؤتمر صحفي → مؤتمر). */
function occasionsIn(doc: Doc, frame: Span): string[] {
  return [...contentWords(normSlice(doc, frame.start, frame.end), OCCASIONS)];
}

/**
 * A claim that names the occasion of an earlier dated claim belongs to it:
 * its speaker is that occasion (في بيان، أمس … وأوضح البيان) or it cites
 * it (…، حسب البيان).
 */
function occasionNamed(doc: Doc, c: Claim, occasions: Map<string, Event>): Event | null {
  if (!occasions.size) return null;
  // (a word of the subject or a cited noun is written in the text it is read from: a text holding
  // none of the nouns is not split into words)
  const mention = c.speakerMention ? normSlice(doc, c.speakerMention.start, c.speakerMention.end) : '';
  if (writesAny(mention, occasions)) {
    const subject = contentWords(mention);
    for (const [noun, event] of occasions) if (subject.has(noun)) return event;
  }
  const said = normSlice(doc, c.cue.start, c.end);
  if (!writesAny(said, occasions)) return null;
  const cited = citedNouns(said);
  for (const [noun, event] of occasions) if (cited.has(noun)) return event;
  return null;
}

/** Whether `text` holds any of the occasion nouns, inside a word too. */
function writesAny(text: string, occasions: Map<string, Event>): boolean {
  for (const noun of occasions.keys()) if (text.includes(noun)) return true;
  return false;
}

/** The nouns cited by an attribution in a text (حسب البيان، وفقا للبيان، نقلا عن البيان، حسب ما جاء في البيان). */
function citedNouns(text: string): Set<string> {
  const words = text.split(/[\s،,.:"]+/).filter(Boolean);
  const out = new Set<string>();
  words.forEach((w, k) => {
    if (!CITE_WORDS.has(w.replace(/^[وف]/, ''))) return;
    const next = words[k + 1] === 'عن' ? k + 2 : k + 1; // نقلا عن
    const after = words[next] === 'ما' ? words.slice(next + 2, next + 4) : [words[next]];
    for (const n of after) if (n) out.add(n.replace(/^(?:[وفب]?ال|لل|ل)(?=..)/, ''));
  });
  return out;
}
const CITE_WORDS = new Set(CITING_WORDS.map(normalize));

/** The content words of each speaker's mentions, to tell a later mention of the same speaker (الشركة ~ شركة طاقة). */
function mentionWords(doc: Doc, claims: Claim[]): Map<string, Set<string>[]> {
  const out = new Map<string, Set<string>[]>();
  for (const c of claims) {
    if (!c.speakerMention) continue;
    const words = contentWords(normSlice(doc, c.speakerMention.start, c.speakerMention.end));
    if (!words.size) continue;
    // (pushed onto the speaker's list: a copy for each mention made the lists quadratic in the speaker's claims)
    const mine = out.get(c.speaker);
    if (mine) mine.push(words);
    else out.set(c.speaker, [words]);
  }
  return out;
}

/**
 * The words of a mention (normalized) without ال and particles (شي، جين، بيغ؛ شركه، طاقه), for comparing mentions;
 * with `only`, those of its words only (a set of the few asked for, not of every word).
 */
function contentWords(text: string, only?: WordsOfLengths): Set<string> {
  // (read in place: text.split(/[\s،,."'():؛]+/), each word's ال taken off as /^(?:[وفبل]?ال|لل)(?=..)/ does, made
  // three arrays and a string per word)
  const out = new Set<string>();
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWordBreak(text.charCodeAt(i))) continue;
    if (i > start) {
      const from = start + articleLength(text, start, i);
      // (with `only`, a word of a length none of its words has is not cut out to be looked up)
      const fits = !only || (i - from >= only.shortest && i - from <= only.longest);
      const w = fits ? text.slice(from, i) : '';
      if (w.length >= 2 && !PARTICLES.has(w) && (!only || only.words.has(w))) out.add(w);
    }
    start = i + 1;
  }
  return out;
}

/** Words contentWords looks for, and the lengths they come in. */
interface WordsOfLengths { words: ReadonlySet<string>; shortest: number; longest: number }

function wordsOfLengths(list: readonly string[]): WordsOfLengths {
  const lengths = list.map((w) => w.length);
  return { words: new Set(list), shortest: Math.min(...lengths), longest: Math.max(...lengths) };
}

/** White space and the marks contentWords splits at (، , . " ' ( ) : ؛). */
function isWordBreak(code: number): boolean {
  return !isLetterRange(code) && (isWhiteSpace(code) || code === 0x060c || code === 0x2c || code === 0x2e || code === 0x22 || code === 0x27 || code === 0x28
    || code === 0x29 || code === 0x3a || code === 0x061b);
}

/** The letters of [وفبل]?ال or لل at `from` with two letters after them, in the word [from, to); 0 when none. */
function articleLength(text: string, from: number, to: number): number {
  // (codeAt: a one-letter word's from + 1 is past the text's end, and charCodeAt there deopts)
  const c0 = text.charCodeAt(from), c1 = codeAt(text, from + 1);
  if ((c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === LAM) && c1 === ALEF && codeAt(text, from + 2) === LAM && to - from >= 5) return 3;
  if (((c0 === ALEF && c1 === LAM) || (c0 === LAM && c1 === LAM)) && to - from >= 4) return 2;
  return 0;
}
const PARTICLES = new Set(MENTION_PARTICLES.map(normalize));

/**
 * The event of the claim's speaker: its own, or that of the latest dated
 * speaker it may name again (a mention whose words all belong to the other's:
 * الشركة after شركة كيوشو للطاقة).
 */
function speakerEvent(events: Map<string, Event>, namesOf: () => Map<string, Set<string>[]>, c: Claim): Event | null {
  const mine = events.get(c.speaker);
  if (mine) return mine;
  // (no dated event to take: the mentions' words, which most articles never need, are not made)
  let dated = false;
  for (const event of events.values()) if (event.date) { dated = true; break; }
  if (!dated) return null;
  const names = namesOf();
  const words = names.get(c.speaker);
  if (!words) return null;
  let best: Event | null = null;
  for (const [speaker, event] of events) {
    if (!event.date || (best && best.at > event.at)) continue;
    const theirs = names.get(speaker) ?? [];
    if (words.some((w) => theirs.some((t) => subset(w, t) || subset(t, w)))) best = event;
  }
  return best;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  if (!a.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function latest(a: Event | null, b: Event | null): Event | null {
  if (!a) return b;
  if (!b) return a;
  return b.at > a.at ? b : a;
}

/**
 * A scene a writer's sentence sets on a day: opening on it (وأمس الأربعاء،
 * بحث الرئيس مع نظيره …) or dating an occasion of speech (وفاقمت تصريحات
 * الرئيس، الأحد، …). It dates the claims that follow of the people it
 * names, until the writer names another time.
 */
interface Scene extends Span {
  /** The sentence and its first day: whether the scene is set on that day is read when a claim first asks (sceneDate). */
  sentence: Span;
  day: DateMention | undefined;
  /** The day the scene is set on (null: none), once read; undefined before. */
  date: DateMention | null | undefined;
  words: Set<string> | undefined;
}

function writerScenes(doc: Doc, claims: Claim[], dates: DateMention[]): Scene[] {
  const scenes: Scene[] = [];
  const cues: Claim['cue'][] = [];
  for (const c of claims) cues.push(c.cue);
  let last: Span | undefined;
  for (const d of dates) {
    const s = spanAt(doc.segments.sentences, d.start);
    if (!s || s === last) continue;
    last = s;
    // (the sentence's dates by index, no list of them made; a cue starting in it, likewise)
    const first = firstStartingAtOrAfter(dates, s.start);
    const at = firstStartingAtOrAfter(cues, s.start), cue = at < cues.length ? cues[at] : undefined;
    if (first >= dates.length || dates[first]!.start >= s.end || (cue && cue.start < s.end) || insideClaim(claims, s.start)) continue;
    let day: DateMention | undefined;
    for (let k = first; k < dates.length && dates[k]!.start < s.end && !day; k++) if (isDay(dates[k]!)) day = dates[k];
    // (every field set here, so the scenes keep one shape when sceneDate and sceneAt fill them in)
    scenes.push({ start: s.start, end: s.start, sentence: s, day, date: undefined, words: undefined });
  }
  return scenes;
}

/**
 * The day a scene is set on, when its sentence opens on it or dates an occasion before it; null when none.
 * (read for the scenes claims ask about, where it was read for every sentence with a date)
 */
function sceneDate(doc: Doc, dates: DateMention[], s: Scene): DateMention | null {
  if (s.date === undefined) {
    const day = s.day;
    s.date = day && (opensOnDate(doc, dates, s.sentence) || occasionsIn(doc, { start: s.start, end: day.start }).length > 0) ? day : null;
  }
  return s.date;
}

function insideClaim(claims: Claim[], offset: number): boolean {
  const c = lastStartingAtOrBefore(claims, offset);
  return !!c && offset < c.end;
}

/** The scene the claim is in, when it names the claim's speaker. */
function sceneAt(doc: Doc, dates: DateMention[], scenesOf: () => Scene[], namesOf: () => Map<string, Set<string>[]>, c: Claim): Event | null {
  const s = lastStartingAtOrBefore(scenesOf(), c.cue.start);
  const date = s ? sceneDate(doc, dates, s) : null;
  if (!s || !date) return null;
  const mine = namesOf().get(c.speaker);
  if (!mine) return null;
  const words = (s.words ??= contentWords(normSlice(doc, s.sentence.start, s.sentence.end)));
  // (each set read in place, not spread into an array)
  for (const w of mine) for (const x of w) if (words.has(x)) return { date, at: s.start };
  return null;
}

/** A verb with the future سـ (سيعقد، ستبدأ), or a word that puts what follows in the future (سوف، من المقرر). */
const FUTURE = new RegExp(`(?:^|\\s)(?:[وف]?س[يتن]\\S{3,}|${alternationOf(FUTURE_MARKERS)})(?=\\s|$)`);

/**
 * A statement that something happened today (إن القوات أنهت الحصار صباح
 * اليوم) was made today: what it reports precedes it, and publication
 * follows it. Not when the statement looks ahead (ستعقد اليوم).
 */
function contentToday(doc: Doc, c: Claim, dates: DateMention[], published: string | null): Event | null {
  if (!published) return null;
  const content = attributedBefore(doc, c) ?? { start: c.cue.end, end: c.end };
  for (const d of spansStartingIn(dates, content.start, content.end)) {
    if (!isToday(d, published)) continue;
    const before = normSlice(doc, content.start, d.start);
    if (FUTURE.test(before)) return null;
    return { date: d, at: c.cue.start };
  }
  return null;
}

/** A date of the publication day written relative to it (اليوم، صباح اليوم). */
const isToday = (d: DateMention, published: string): boolean => d.value === published && d.precision === 'day' && d.resolution === 'relative';

function writesToday(dates: DateMention[], published: string | null): boolean {
  if (!published) return false;
  for (const d of dates) if (isToday(d, published)) return true;
  return false;
}

/**
 * What an attribution after it covers (اتفق الرئيسان الاثنين على …، بحسب ما
 * أعلن الكرملين): the sentence before the cue.
 */
function attributedBefore(doc: Doc, c: Claim): Span | null {
  const sentence = spanAt(doc.segments.sentences, c.cue.start);
  if (!sentence) return null;
  if (c.cue.form === 'phrase') return { start: sentence.start, end: c.cue.start };
  const text = normSlice(doc, Math.max(sentence.start, c.cue.start - 16), c.cue.start);
  // its last word and the last two (split at [\s،,]+), read from the end in place, not split into an array
  const [start, end] = lastWordBefore(text, text.length);
  const one = text.slice(start, end);
  const [start2, end2] = lastWordBefore(text, start);
  const two = start2 < end2 ? `${text.slice(start2, end2)} ${one}` : one;
  return /^(?:[وف]?ب?حسب ما|وفق ما|وفقا لما|على ما)$/.test(two) || /^[وف]?كما$/.test(one) ? { start: sentence.start, end: c.cue.start } : null;
}

/** White space or a comma (، ,): where a clause's words break, and what a claim does not end with (claims.ts). */
export const isClauseBreak = (code: number): boolean => !isLetterRange(code) && (isWhiteSpace(code) || code === 0x060c || code === 0x2c);

/** Where the last word of text[0, end) starts and ends, words split at white space and commas (start === end: none). */
function lastWordBefore(text: string, end: number): [number, number] {
  while (end > 0 && isClauseBreak(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isClauseBreak(text.charCodeAt(start - 1))) start--;
  return [start, end];
}

// ---------------------------------------------------------------- looking back

/**
 * Claims before a speaker's first dated event take it, when they run on to
 * it: the same speaker's claims, with nothing dated or undated of another
 * speaker between (قال … إن …. وخلال مؤتمر صحفي عقده أمس، أكد …).
 */
function backfill(claims: Claim[], own: Own[], anchors: Set<number>, headline: Span | undefined): void {
  for (const i of anchors) {
    const c = claims[i]!;
    for (let k = i - 1; k >= 0; k--) {
      const before = claims[k]!;
      if (before.speaker !== c.speaker || own[k]!.kind !== 'none' || before.date || onLine(before, headline)) break;
      before.date = c.date;
      before.dateMention = c.dateMention;
    }
  }
}

/** The headline: the first line of text. */
function headlineLine(doc: Doc): Span | undefined {
  return doc.segments.lines.find((l) => !l.blank && /\S/.test(doc.text.slice(l.start, Math.min(l.end, l.start + 200))));
}

const onLine = (c: Claim, line: Span | undefined): boolean => !!line && c.cue.start >= line.start && c.cue.start < line.end;

/**
 * A headline claim sums up the lead: without a day of its own it takes the
 * date of its speaker's first dated claim, or else of the first dated claim
 * of the paragraph after it.
 */
function datedHeadline(doc: Doc, claims: Claim[], own: Own[], headline: Span | undefined): void {
  const heads: Claim[] = [], body: Claim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (!onLine(c, headline)) body.push(c);
    else if (own[i]!.kind === 'none' && !c.date) heads.push(c);
  }
  if (!heads.length) return;
  const leadLine = body[0] ? spanAt(doc.segments.lines, body[0].cue.start) : undefined;
  const lead = body.find((c) => c.date && leadLine && c.cue.start < leadLine.end);
  for (const h of heads) {
    const same = body.find((c) => c.speaker === h.speaker && c.date);
    const source = same ?? lead;
    if (source?.date && source.dateMention) {
      h.date = source.date;
      h.dateMention = source.dateMention;
    }
  }
}
