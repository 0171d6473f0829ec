// Calendar arithmetic on ISO dates of any precision (2020, 2020-01,
// 2020-01-23), in whole days since 1970-01-01 (UTC). Pure: no clock.

const DAY_MS = 86_400_000;

type Interval = { first: number; last: number } | null;

/** Intervals of the dates seen: a folder has few distinct dates, and comparing values reads them over and over. */
const intervals = new Map<string, Interval>();
const MAX_KEPT_INTERVALS = 10_000;

/** The first and last day an ISO date covers, or null for a value that is not a Gregorian date (XXXX-01). */
export function interval(iso: string): Interval {
  let kept = intervals.get(iso);
  if (kept === undefined) {
    if (intervals.size >= MAX_KEPT_INTERVALS) intervals.clear();
    intervals.set(iso, (kept = readInterval(iso)));
  }
  return kept;
}

function readInterval(iso: string): Interval {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (day !== null && month !== null) {
    const d = Date.UTC(year, month - 1, day) / DAY_MS;
    return { first: d, last: d };
  }
  if (month !== null) return { first: Date.UTC(year, month - 1, 1) / DAY_MS, last: Date.UTC(year, month, 0) / DAY_MS };
  return { first: Date.UTC(year, 0, 1) / DAY_MS, last: Date.UTC(year, 11, 31) / DAY_MS };
}

export const isDay = (iso: string | null): iso is string => iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso);

/** 0 is Sunday, as in Date.getUTCDay() and lexicon/calendar.ts. */
export function weekdayOf(iso: string): number | null {
  const i = isDay(iso) ? interval(iso) : null;
  return i ? new Date(i.first * DAY_MS).getUTCDay() : null;
}

/** How two dates stand: the days between their nearest ends (0 when they overlap) and their farthest ends. */
export function apart(a: string, b: string): { nearest: number; farthest: number } | null {
  const [x, y] = [interval(a), interval(b)];
  if (!x || !y) return null;
  return {
    nearest: Math.max(0, x.first - y.last, y.first - x.last),
    farthest: Math.max(x.last - y.first, y.last - x.first),
  };
}

/** Orders ISO dates of any precision by their first day (null last). */
export function compareDates(a: string | null, b: string | null): number {
  const [x, y] = [a ? interval(a)?.first : undefined, b ? interval(b)?.first : undefined];
  if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
  return x - y;
}
