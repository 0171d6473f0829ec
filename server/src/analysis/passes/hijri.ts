// Day arithmetic for the dates pass: Gregorian days through Date.UTC, and
// the tabular (arithmetic) Islamic calendar. The tabular calendar can differ
// from Umm al-Qura or a sighted month by a day or two, so the pass uses it
// only to choose the Hijri YEAR of a Hijri date written without one (the
// publication's Hijri year); Hijri values stay in the Hijri calendar.

const MS_PER_DAY = 86_400_000;
/** Julian day of 1970-01-01, minus the Islamic epoch (Julian day 1948439.5). */
const UNIX_EPOCH_IN_HIJRI_DAYS = 2_440_587.5 - 1_948_439.5;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a Gregorian date. */
export function gregorianDayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function gregorianFromDayNumber(n: number): CalendarDay {
  // (counted, not read from a Date: the resolver asks this of most dates, and a Date and its three getters cost several times more)
  if (!Number.isInteger(n) || Math.abs(n) > MAX_DATE_DAYS) {
    const d = new Date(n * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  // days since 0000-03-01, in 400-year eras of 146097 days; a year counted from March puts the leap day last
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}
/** The days either side of 1970 that a Date holds (±100,000,000). */
const MAX_DATE_DAYS = 100_000_000;

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Days since the Islamic epoch of the first of a tabular Hijri month, plus day − 1. */
function hijriEpochDays(year: number, month: number, day: number): number {
  return day - 1 + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30);
}

/** Days since 1970-01-01 of a tabular Hijri date. */
export function hijriDayNumber(year: number, month: number, day: number): number {
  return hijriEpochDays(year, month, day) - UNIX_EPOCH_IN_HIJRI_DAYS;
}

export function hijriFromDayNumber(n: number): CalendarDay {
  const e = n + UNIX_EPOCH_IN_HIJRI_DAYS;
  const year = Math.floor((30 * e + 10646) / 10631);
  const month = Math.min(12, Math.ceil((e - 29 - hijriEpochDays(year, 1, 1)) / 29.5) + 1);
  return { year, month, day: e - hijriEpochDays(year, month, 1) + 1 };
}

/**
 * Umm al-Qura, as ICU has it, read through Intl in reverse: start at the
 * tabular day and step until Intl names the wanted Hijri day. Falls back to
 * the tabular day where ICU lacks the calendar or the table (before 1300).
 */
function makeUmmAlQuraFormat(): Intl.DateTimeFormat | null {
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    return f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    return null;
  }
}

/**
 * The calendar's format and whether its strings can be read as written,
 * made at the first Hijri date and not at load: ICU takes a few tens of
 * milliseconds to open the calendar, which every start of the server and
 * of each worker would otherwise pay.
 */
let ummAlQura: { format: Intl.DateTimeFormat; readsAsWritten: boolean } | null | undefined;

function calendar(): { format: Intl.DateTimeFormat; readsAsWritten: boolean } | null {
  if (ummAlQura === undefined) {
    const format = makeUmmAlQuraFormat();
    ummAlQura = format && { format, readsAsWritten: readsAsWritten(format) };
  }
  return ummAlQura;
}

/** The Umm al-Qura Hijri date of a day number, or null without ICU support. */
export function ummAlQuraFromDayNumber(n: number): CalendarDay | null {
  const umm = calendar();
  if (!umm) return null;
  const date = new Date(n * MS_PER_DAY);
  const m = umm.readsAsWritten ? MONTH_DAY_YEAR.exec(umm.format.format(date)) : null;
  return m ? { year: Number(m[3]), month: Number(m[1]), day: Number(m[2]) } : fromParts(umm.format, date);
}

function fromParts(format: Intl.DateTimeFormat, date: Date): CalendarDay | null {
  const parts = format.formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const day = { year: part('year'), month: part('month'), day: part('day') };
  return Number.isFinite(day.year + day.month + day.day) ? day : null;
}

/**
 * English numeric dates are written month/day/year (8/27/1436 AH): read from
 * that string, a date costs a third of the time formatToParts takes (the
 * dates of Saudi news are mostly Hijri). Trusted only when this ICU writes
 * the days checked here so; otherwise, and for any string not of that
 * shape, the parts are read.
 */
const MONTH_DAY_YEAR = /^(\d+)\/(\d+)\/(\d+)(?!\d)/;
function readsAsWritten(format: Intl.DateTimeFormat): boolean {
  return [0, 16_600, 16_632, 20_000].every((n) => {
    const date = new Date(n * MS_PER_DAY);
    const m = MONTH_DAY_YEAR.exec(format.format(date));
    const parts = fromParts(format, date);
    return !!m && !!parts && Number(m[3]) === parts.year && Number(m[1]) === parts.month && Number(m[2]) === parts.day;
  });
}

const hijriKey = (d: CalendarDay): number => d.year * 400 + d.month * 32 + d.day;

/**
 * Day numbers found so far, by Hijri date: each costs up to four Intl
 * formats, and the articles of a corpus write the same few Hijri dates
 * again and again (the fixed table makes the answer the same every time).
 * Cleared when full, so a long-running server keeps it small.
 */
const dayNumbers = new Map<number, number>();
const CACHED_DATES = 4096;

/** Day number of a Hijri date by Umm al-Qura (a day 30 that month lacks is the next day). */
export function hijriToDayNumber(year: number, month: number, day: number): number {
  const cacheable = Number.isInteger(year) && year >= 0 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= 31;
  if (!cacheable) return ummAlQuraDayNumber(year, month, day);
  const key = hijriKey({ year, month, day });
  let n = dayNumbers.get(key);
  if (n === undefined) {
    if (dayNumbers.size >= CACHED_DATES) dayNumbers.clear();
    n = ummAlQuraDayNumber(year, month, day);
    dayNumbers.set(key, n);
  }
  return n;
}

/** hijriToDayNumber, worked out: from the tabular day, stepping until Intl names the wanted Hijri day. */
function ummAlQuraDayNumber(year: number, month: number, day: number): number {
  const tabular = hijriDayNumber(year, month, day);
  const want = hijriKey({ year, month, day });
  let n = tabular;
  for (let step = 0; step < 4; step++) {
    const got = ummAlQuraFromDayNumber(n);
    if (!got) return tabular;
    const diff = want - hijriKey(got);
    if (diff === 0) return n;
    // Same month: the day difference is exact; across months, step one day.
    n += got.year === year && got.month === month ? diff : Math.sign(diff);
  }
  return tabular;
}

/** The last day of a Hijri month (29 or 30 by Umm al-Qura). */
export function hijriMonthLastDay(year: number, month: number): number {
  const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return hijriToDayNumber(ny, nm, 1) - 1;
}
