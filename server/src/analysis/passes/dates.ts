// The dates pass (GUIDELINES §5): finds date mentions outside boilerplate,
// absolute and relative, in every month series and in the Hijri calendar,
// and resolves them against the publication date, which it infers from the
// text when isnad.yaml does not give it.
//
// Hijri dates get Gregorian values (GUIDELINES §5 wants ISO 8601), converted
// by Umm al-Qura; the Hijri reading stays in `hijri` (see dates-resolve.ts).
import type { DateMention } from '../model.js';
import { DATE_JOINERS } from '../lexicon/calendar.js';
import { toOriginalSpan } from '../text/normalize.js';
import { inBoilerplate, type Doc } from './doc.js';
import { phraseAt, withYear, type CalendarSpec, type DateSpec } from './dates-parse.js';
import { dayNumberOfIso, isoOfDayNumber, offsetDay, resolveDate } from './dates-resolve.js';
import { textStarts, textTokens, type Token } from './dates-tokens.js';
import { TokenReader } from './dates-words.js';
import { inferPublished, type AnchoredSpec } from './published.js';

interface Found {
  spec: DateSpec;
  start: number;
  end: number;
  /** Joined to the date before it (آب وأيلول، عامي 2014 و2015). */
  joined: boolean;
}

/** True when token i follows a date and a joiner: و2015 after عامي 2014, وفبراير after يناير. */
function joinsDate(tokens: readonly Token[], dateEnd: number, i: number): boolean {
  if (i === dateEnd) return tokens[i]?.norm.startsWith('و') ?? false;
  return i === dateEnd + 1 && DATE_JOINERS.has(tokens[dateEnd]?.norm ?? '');
}

/** Every date phrase outside boilerplate, left to right, the longest at each place. */
function scan(doc: Doc): Found[] {
  const tokens = textTokens(doc), starts = textStarts(doc);
  const reader = new TokenReader(tokens);
  const found: Found[] = [];
  let dateEnd = -2;
  // only the numbers and start words are visited (textStarts): a phrase begins at no other token
  for (let s = 0, from = 0; s < starts.length; s++) {
    const i = starts[s]!;
    // inside the date just read
    if (i < from) continue;
    const t = tokens[i]!;
    // listed for the figures only: no date begins there (a mark or other token with families is no word: phraseAt turns it away)
    if (t.dateFamilies === 0 && t.kind !== 'number') continue;
    const joined = joinsDate(tokens, dateEnd, i);
    const phrase = phraseAt(reader, i, joined);
    if (!phrase) continue;
    const span = toOriginalSpan(doc.norm, tokens[i]!.from + phrase.prefix, tokens[phrase.next - 1]!.to);
    // (fields, not a spread of span between two others: that one is built in the runtime for every date)
    if (!inBoilerplate(doc, span.start)) found.push({ spec: phrase.value, start: span.start, end: span.end, joined });
    dateEnd = phrase.next;
    from = phrase.next;
  }
  return found;
}

/** The day word (أمس) that begins an anchored mention, as written. */
function anchorText(doc: Doc, f: Found): string | null {
  if (f.spec.type !== 'calendar' || !f.spec.anchor) return null;
  const words = f.spec.anchor.word.split(' ').length;
  return doc.text.slice(f.start, f.end).split(/[\s،,]+/).slice(0, words).join(' ');
}

export function findDates(doc: Doc, published: string | null): {
  dates: DateMention[]; published: string | null; publishedEvidence: string | null;
} {
  const found = scan(doc);
  let day = dayNumberOfIso(published);
  let evidence: string | null = null;
  if (published === null) {
    const items: AnchoredSpec[] = found.map((f) => ({ spec: f.spec, anchorText: anchorText(doc, f) }));
    const inferred = inferPublished(items);
    if (inferred) ({ published: day, evidence } = inferred);
  }
  const dates: DateMention[] = [];
  const years = yearsOfDays(found);
  if (day !== null) day += writtenDayShift(found, day);
  for (const [k, f] of found.entries()) {
    const resolved = continuedMonth(f, found[k - 1], dates[k - 1], day) ?? namedYear(f.spec, years, day) ?? resolveDate(f.spec, day);
    dates.push({ start: f.start, end: f.end, text: doc.text.slice(f.start, f.end), ...resolved });
  }
  const resolvedPublished = published ?? (day === null ? null : isoOfDayNumber(day));
  return { dates, published: resolvedPublished, publishedEvidence: evidence };
}

/**
 * The text fixes its own day when every day word written with a weekday
 * (اليوم الاثنين، أمس الأحد) disagrees with the publication date by the same
 * days: the copy was written then (a wire story of the day before, a site
 * that dates its pages later), and its bare اليوم and أمس count from it.
 */
function writtenDayShift(found: Found[], published: number): number {
  let shift: number | null = null;
  for (const { spec } of found) {
    if (spec.type !== 'offset' || spec.weekday === null) continue;
    const delta = offsetDay(published, spec.days, spec.weekday) - (published + spec.days);
    if (shift !== null && delta !== shift) return 0;
    shift = delta;
  }
  return shift ?? 0;
}

const dayKey = (spec: CalendarSpec): string => `${spec.calendar} ${spec.month} ${spec.day}`;

/** The year each day and month is written with in the article (في 8 مارس 2014), when only one is. */
function yearsOfDays(found: Found[]): Map<string, number | null> {
  const years = new Map<string, number | null>();
  for (const { spec } of found) {
    if (spec.type !== 'calendar' || spec.day === null || spec.year?.kind !== 'fixed') continue;
    const key = dayKey(spec), before = years.get(key);
    years.set(key, before === undefined || before === spec.year.year ? spec.year.year : null);
  }
  return years;
}

/**
 * A day and month written without a year (التي فقدت في 8 مارس) is the
 * same day the article writes elsewhere with its year (8 مارس 2014).
 */
function namedYear(spec: DateSpec, years: Map<string, number | null>, published: number | null): ReturnType<typeof resolveDate> | null {
  if (spec.type !== 'calendar' || spec.year || spec.direction || spec.day === null) return null;
  const year = years.get(dayKey(spec));
  if (year === undefined || year === null) return null;
  return resolvedAs(resolveDate(withYear(spec, { kind: 'fixed', year }), published), 'article-year');
}

/**
 * A month joined to the month before it, with no year or modifier of its
 * own, goes on from that month's year (خلال آب وأيلول in August: this
 * September, not last; بين نوفمبر 2014 ويناير: January 2015).
 */
function continuedMonth(f: Found, prev: Found | undefined, prevDate: DateMention | undefined, published: number | null): ReturnType<typeof resolveDate> | null {
  const spec = f.spec, before = prev?.spec;
  if (!f.joined || spec.type !== 'calendar' || spec.year || spec.direction || before?.type !== 'calendar' || before.calendar !== spec.calendar) return null;
  const year = /^\d{4}/.exec(prevDate?.value ?? '')?.[0];
  if (!year || prevDate?.calendar !== 'gregorian' || spec.calendar !== 'gregorian') return null;
  const next = Number(year) + (spec.month < before.month ? 1 : 0);
  return resolvedAs(resolveDate(withYear(spec, { kind: 'fixed', year: next }), published), prevDate.resolution);
}

/**
 * A date just resolved, told how: set on resolveDate's own new object, not
 * spread into a copy, whose other hidden class deopts the readers of dates.
 */
function resolvedAs(resolved: ReturnType<typeof resolveDate>, resolution: DateMention['resolution']): ReturnType<typeof resolveDate> {
  resolved.resolution = resolution;
  return resolved;
}

/** True for a full Gregorian-style YYYY-MM-DD value (not XXXX, not a month or year). */
export function dateValueIsDay(value: string | null): boolean {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
