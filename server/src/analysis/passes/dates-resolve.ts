// Turns what a date phrase says (DateSpec) into a value, counting relative
// dates from the publication day. Years nothing fixes are XXXX; relative
// dates without a publication day are null.
import type { DatePrecision, DateResolution } from '../model.js';
import type { Direction } from '../lexicon/calendar.js';
import type { DateSpec, WeekdayDirection } from './dates-parse.js';
import { LAST_DAY, type Calendar } from './dates-words.js';
import {
  gregorianDayNumber, gregorianFromDayNumber, hijriDayNumber, hijriFromDayNumber, hijriMonthLastDay, hijriToDayNumber,
  weekdayOf, type CalendarDay,
} from './hijri.js';

export interface ResolvedDate {
  value: string | null;
  precision: DatePrecision;
  resolution: DateResolution;
  calendar: Calendar;
  /** The Hijri reading (1436-09), when the text gives a Hijri date and value holds its Gregorian day. */
  hijri?: string;
}


const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(year: number | null, month?: number | null, day?: number | null): string {
  const y = year === null ? 'XXXX' : String(year).padStart(4, '0');
  if (!month) return y;
  return day ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
}

export function isoOfDayNumber(n: number): string {
  const d = gregorianFromDayNumber(n);
  return isoDate(d.year, d.month, d.day);
}

/** Day number of an ISO YYYY-MM-DD date, or null when it is not one. */
export function dayNumberOfIso(iso: string | null): number | null {
  // (read by char code: what /^(\d{4})-(\d{2})-(\d{2})$/ matches, without its match array and three strings)
  if (!iso || iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return null;
  const year = digitsAt(iso, 0, 4), month = digitsAt(iso, 5, 7), day = digitsAt(iso, 8, 10);
  return year < 0 || month < 0 || day < 0 ? null : gregorianDayNumber(year, month, day);
}

const DASH = 0x2d, ZERO = 0x30;
/** The number the ASCII digits text[from, to) write, or -1 when one is no digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function publicationIn(calendar: Calendar, published: number): CalendarDay {
  return calendar === 'gregorian' ? gregorianFromDayNumber(published) : hijriFromDayNumber(published);
}

/**
 * The year of a month (and day) written without one: the one the modifier
 * points to (الماضي: the last before publication). A bare month is the last
 * such month up to publication (يناير in March is this January). A day is
 * the nearest to publication, counting time ahead double because news
 * mostly reports what happened (15 أبريل in March is this April; 17 ديسمبر
 * in July is last December).
 */
function chooseYear(calendar: Calendar, month: number, day: number | null, direction: Direction | null, published: number): number {
  const pub = publicationIn(calendar, published);
  if (direction === 'current') return pub.year;
  const dayNumber = calendar === 'gregorian' ? gregorianDayNumber : hijriDayNumber;
  const key = (y: number): number => (day ? dayNumber(y, month, day) : y * 12 + month);
  const pubKey = day ? published : pub.year * 12 + pub.month;
  // the three years around publication's, walked in loops: no array and filtered copies for each date without a year
  const first = pub.year - 1, last = pub.year + 1;
  // (the year before publication's is always before it, the year after always after it: each walk ends on one of the three)
  /** The last of the three years before publication's key, or also at it when `orAt`. */
  const lastBefore = (orAt: boolean): number => {
    let y = last;
    while (key(y) > pubKey || (!orAt && key(y) === pubKey)) y--;
    return y;
  };
  if (direction === 'past') return lastBefore(false);
  if (direction === 'future') { let y = first; while (key(y) <= pubKey) y++; return y; }
  // A bare month is the last such month up to publication (في يناير).
  if (!day) return lastBefore(true);
  const distance = (y: number): number => (key(y) > pubKey ? 2 * (key(y) - pubKey) : pubKey - key(y));
  let best = first;
  for (let y = first; y <= last; y++) if (distance(y) < distance(best)) best = y;
  return best;
}

/**
 * The finest Gregorian period that holds every day from `first` to `last`
 * (day numbers): the day, its month, its year, or none (null).
 */
export function containing(first: number, last: number): string | null {
  const a = gregorianFromDayNumber(first), b = gregorianFromDayNumber(last);
  if (first === last) return isoDate(a.year, a.month, a.day);
  if (a.year !== b.year) return null;
  return a.month === b.month ? isoDate(a.year, a.month) : isoDate(a.year);
}

/**
 * GUIDELINES §5 wants ISO 8601 Gregorian values at the precision stated: a
 * Hijri day becomes its Umm al-Qura Gregorian day; a Hijri month or year,
 * which never lines up with Gregorian ones, the Gregorian period that holds
 * all of it (ذو القعدة 1436 → 2015), or null when none does (1436 runs from
 * October 2014 to October 2015). The Hijri reading stays in `hijri`;
 * unknown years stay Hijri.
 */
function toGregorian(resolved: ResolvedDate, lastDay?: number): ResolvedDate {
  // the calendar first: most dates are Gregorian, and the value's pattern is not read for them
  if (resolved.calendar !== 'hijri' || !resolved.value) return resolved;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(resolved.value);
  if (!m) return resolved;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const first = hijriToDayNumber(year, month ?? 1, day ?? 1);
  const last = day !== null ? hijriToDayNumber(year, month!, lastDay ?? day) : month !== null ? hijriMonthLastDay(year, month) : hijriMonthLastDay(year, 12);
  return { ...resolved, value: containing(first, last), calendar: 'gregorian', hijri: resolved.value! };
}

/** 7-9 محرم، 7-9 يوليو: a range of days takes the period that holds it (GUIDELINES §5, parts of periods). */
function dayRange(resolved: ResolvedDate, lastDay: number): ResolvedDate {
  const m = resolved.value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(resolved.value) : null;
  if (!m) return resolved;
  if (resolved.calendar === 'hijri') return toGregorian(resolved, lastDay);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { ...resolved, value: containing(gregorianDayNumber(year, month, day), gregorianDayNumber(year, month, lastDay)) };
}

/** اليوم الأخير من رمضان: the month's last day, then as any day. */
function withLastDay(spec: Extract<DateSpec, { type: 'calendar' }>, year: number): string {
  if (spec.day !== LAST_DAY) return isoDate(year, spec.month, spec.day);
  if (spec.calendar === 'hijri') {
    const last = hijriMonthLastDay(year, spec.month) - hijriToDayNumber(year, spec.month, 1) + 1;
    return isoDate(year, spec.month, last);
  }
  return isoDate(year, spec.month, new Date(Date.UTC(year, spec.month, 0)).getUTCDate());
}

function resolveCalendar(spec: Extract<DateSpec, { type: 'calendar' }>, published: number | null): ResolvedDate {
  const written = resolveCalendarAsWritten(spec, published);
  return spec.lastDay ? dayRange(written, spec.lastDay) : toGregorian(written);
}

/** السنة المالية 2015 - 2016، العام الدراسي 1436/1437هـ: the Gregorian period that holds both years, if any. */
function resolveYearRange(spec: Extract<DateSpec, { type: 'year-range' }>): ResolvedDate {
  const first = spec.calendar === 'hijri' ? hijriToDayNumber(spec.from, 1, 1) : gregorianDayNumber(spec.from, 1, 1);
  const last = spec.calendar === 'hijri' ? hijriMonthLastDay(spec.to, 12) : gregorianDayNumber(spec.to, 12, 31);
  const hijri = spec.calendar === 'hijri' ? { hijri: `${spec.from}/${spec.to}` } : {};
  return { value: containing(first, last), precision: 'year', resolution: 'absolute', calendar: 'gregorian', ...hijri };
}

function resolveCalendarAsWritten(spec: Extract<DateSpec, { type: 'calendar' }>, published: number | null): ResolvedDate {
  const precision: DatePrecision = spec.day ? 'day' : 'month';
  const calendar = spec.calendar;
  // (object literals in the key order a spread of { precision, calendar } gave: no spread for each date)
  if (spec.year?.kind === 'fixed') return { precision, calendar, value: withLastDay(spec, spec.year.year), resolution: 'absolute' };
  if (spec.year?.kind === 'relative') {
    if (published === null) return { precision, calendar, value: null, resolution: 'unresolved' };
    const year = publicationIn(spec.calendar, published).year + spec.year.delta;
    return { precision, calendar, value: withLastDay(spec, year), resolution: 'relative' };
  }
  const day = spec.day === LAST_DAY ? null : spec.day;
  if (published === null) return { precision, calendar, value: isoDate(null, spec.month, day), resolution: 'unresolved' };
  const year = chooseYear(spec.calendar, spec.month, day, spec.direction, published);
  return { precision, calendar, value: withLastDay(spec, year), resolution: 'published-year' };
}

/** The weekday named, counted from publication. */
export function weekdayFrom(published: number, weekday: number, direction: WeekdayDirection): number {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(published) + 7) % 7;
  switch (direction) {
    case 'on-or-before': return published - back;
    case 'past': return published - (back || 7);
    case 'on-or-after': return published + ahead;
    case 'future': return published + (ahead || 7);
    case 'after-next': return published + (ahead || 7) + 7;
  }
}

/**
 * اليوم الجمعة، أمس الخميس: the day counted from publication, unless the
 * weekday written with it says otherwise (wire copy of the day before): then
 * the nearest day that is that weekday.
 */
export function offsetDay(published: number, days: number, weekday: number | null): number {
  const day = published + days;
  if (weekday === null) return day;
  const back = (weekdayOf(day) - weekday + 7) % 7;
  return back <= 3 ? day - back : day + 7 - back;
}

/** Month `delta` months from publication's, as [year, month]. */
function monthFrom(published: number, delta: number): [number, number] {
  const pub = gregorianFromDayNumber(published);
  const months = pub.year * 12 + pub.month - 1 + delta;
  return [Math.floor(months / 12), (months % 12) + 1];
}

type RelativeSpec = Exclude<DateSpec, { type: 'calendar' | 'year-range' | 'decade' }>;

/** The value of a date counted from publication; null for a week, which has no ISO value at its precision. */
function resolveRelative(spec: RelativeSpec, published: number): string | null {
  const pub = gregorianFromDayNumber(published);
  switch (spec.type) {
    case 'year': return isoDate(spec.year.kind === 'fixed' ? spec.year.year : pub.year + spec.year.delta);
    case 'month-relative': return isoDate(...monthFrom(published, spec.delta));
    case 'month-day': {
      const [year, month] = monthFrom(published, spec.delta);
      if ((spec.lastDay ?? spec.day) > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
      return spec.lastDay ? isoDate(year, month) : isoDate(year, month, spec.day);
    }
    case 'week': return null;
    case 'ago': {
      if (spec.unit === 'year') return isoDate(pub.year - spec.count);
      if (spec.unit === 'month') return isoDate(...monthFrom(published, -spec.count));
      return isoOfDayNumber(published - spec.count);
    }
    case 'offset': return isoOfDayNumber(offsetDay(published, spec.days, spec.weekday));
    case 'weekday': return isoOfDayNumber(weekdayFrom(published, spec.weekday, spec.direction));
  }
}

const AGO_PRECISION: Record<'year' | 'month' | 'day', DatePrecision> = { year: 'year', month: 'month', day: 'day' };

function precisionOf(spec: Exclude<DateSpec, { type: 'calendar' }>): DatePrecision {
  switch (spec.type) {
    case 'year': case 'year-range': return 'year';
    case 'month-relative': return 'month';
    case 'week': return 'week';
    case 'decade': return 'decade';
    case 'ago': return AGO_PRECISION[spec.unit];
    case 'month-day': return spec.lastDay ? 'month' : 'day';
    case 'offset': case 'weekday': return 'day';
  }
}

export function resolveDate(spec: DateSpec, published: number | null): ResolvedDate {
  if (spec.type === 'calendar') return resolveCalendar(spec, published);
  if (spec.type === 'year-range') return resolveYearRange(spec);
  const precision = precisionOf(spec);
  // A decade has no ISO value (GUIDELINES §5 values are days, months and years).
  if (spec.type === 'decade') return { value: null, precision, resolution: 'absolute', calendar: 'gregorian' };
  const calendar: Calendar = spec.type === 'year' ? spec.calendar : 'gregorian';
  if (spec.type === 'year' && spec.year.kind === 'fixed') {
    return toGregorian({ value: isoDate(spec.year.year), precision, resolution: 'absolute', calendar });
  }
  if (published === null) return { value: null, precision, resolution: 'unresolved', calendar };
  return { value: resolveRelative(spec, published), precision, resolution: 'relative', calendar };
}
