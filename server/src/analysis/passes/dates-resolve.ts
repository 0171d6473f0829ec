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
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? gregorianDayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
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
  const years = [pub.year - 1, pub.year, pub.year + 1];
  if (direction === 'past') return years.filter((y) => key(y) < pubKey).pop()!;
  if (direction === 'future') return years.find((y) => key(y) > pubKey)!;
  // A bare month is the last such month up to publication (في يناير).
  if (!day) return years.filter((y) => key(y) <= pubKey).pop()!;
  const distance = (y: number): number => (key(y) > pubKey ? 2 * (key(y) - pubKey) : pubKey - key(y));
  let best = years[0]!;
  for (const y of years) if (distance(y) < distance(best)) best = y;
  return best;
}

/**
 * GUIDELINES §5 wants ISO 8601 Gregorian values: a Hijri day becomes its
 * Umm al-Qura Gregorian day, a Hijri month the Gregorian month that holds
 * its middle (most of it), a Hijri year the Gregorian year that holds its
 * middle. The Hijri reading stays in `hijri`; unknown years stay Hijri.
 */
function toGregorian(resolved: ResolvedDate): ResolvedDate {
  const m = resolved.value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(resolved.value) : null;
  if (resolved.calendar !== 'hijri' || !m) return resolved;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  let value: string;
  if (day !== null) value = isoOfDayNumber(hijriToDayNumber(year, month!, day));
  else if (month !== null) value = isoOfDayNumber(hijriToDayNumber(year, month, 15)).slice(0, 7);
  else value = String(gregorianFromDayNumber(hijriToDayNumber(year, 6, 30)).year);
  return { ...resolved, value, calendar: 'gregorian', hijri: resolved.value! };
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
  return toGregorian(resolveCalendarAsWritten(spec, published));
}

function resolveCalendarAsWritten(spec: Extract<DateSpec, { type: 'calendar' }>, published: number | null): ResolvedDate {
  const precision: DatePrecision = spec.day ? 'day' : 'month';
  const base = { precision, calendar: spec.calendar };
  if (spec.year?.kind === 'fixed') return { ...base, value: withLastDay(spec, spec.year.year), resolution: 'absolute' };
  if (spec.year?.kind === 'relative') {
    if (published === null) return { ...base, value: null, resolution: 'unresolved' };
    const year = publicationIn(spec.calendar, published).year + spec.year.delta;
    return { ...base, value: withLastDay(spec, year), resolution: 'relative' };
  }
  const day = spec.day === LAST_DAY ? null : spec.day;
  if (published === null) return { ...base, value: isoDate(null, spec.month, day), resolution: 'unresolved' };
  const year = chooseYear(spec.calendar, spec.month, day, spec.direction, published);
  return { ...base, value: withLastDay(spec, year), resolution: 'published-year' };
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
  }
}

function resolveRelative(spec: Exclude<DateSpec, { type: 'calendar' }>, published: number): string {
  const pub = gregorianFromDayNumber(published);
  switch (spec.type) {
    case 'year': return isoDate(spec.year.kind === 'fixed' ? spec.year.year : pub.year + spec.year.delta);
    case 'month-relative': {
      const months = pub.year * 12 + pub.month - 1 + spec.delta;
      return isoDate(Math.floor(months / 12), (months % 12) + 1);
    }
    case 'offset': return isoOfDayNumber(published + spec.days);
    case 'weekday': return isoOfDayNumber(weekdayFrom(published, spec.weekday, spec.direction));
  }
}

const PRECISION: Record<Exclude<DateSpec, { type: 'calendar' }>['type'], DatePrecision> = {
  'year': 'year', 'month-relative': 'month', 'offset': 'day', 'weekday': 'day',
};

export function resolveDate(spec: DateSpec, published: number | null): ResolvedDate {
  if (spec.type === 'calendar') return resolveCalendar(spec, published);
  const precision = PRECISION[spec.type];
  const calendar: Calendar = spec.type === 'year' ? spec.calendar : 'gregorian';
  if (spec.type === 'year' && spec.year.kind === 'fixed') {
    return toGregorian({ value: isoDate(spec.year.year), precision, resolution: 'absolute', calendar });
  }
  if (published === null) return { value: null, precision, resolution: 'unresolved', calendar };
  return { value: resolveRelative(spec, published), precision, resolution: 'relative', calendar };
}
