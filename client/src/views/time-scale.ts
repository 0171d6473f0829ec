// The timeline's time axis: days as whole numbers (UTC, no clock, no time
// zone), a linear scale from days to pixels, and ticks on calendar
// boundaries (days, weeks, months, quarters, years) as many as fit. Pure.
import { monthName } from './strings.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD`, or null when it is no real date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(ms / DAY_MS);
}

interface Civil { year: number; month: number; day: number }

function civil(day: number): Civil {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

const fromCivil = (year: number, month: number, day = 1): number => Math.round(Date.UTC(year, month, day) / DAY_MS);

/** "23 Jan 2020": the tooltip's and the summary's date. */
export function dayLabel(day: number): string {
  const c = civil(day);
  return `${c.day} ${monthName(c.month)} ${c.year}`;
}

/** "23 Jan 2020", or "1 Jan 2020 – 31 Jan 2020" for a cluster of several days. */
export function periodLabel(first: number, last: number): string {
  return first === last ? dayLabel(first) : `${dayLabel(first)} – ${dayLabel(last)}`;
}

export interface Scale {
  /** The days shown, padded around the data. */
  from: number;
  to: number;
  x(day: number): number;
}

/**
 * Maps [first, last] (padded by a few percent, and to a month at least when
 * all points fall on one day; by `padding` days when given) onto [left, right] pixels.
 */
export function timeScale(first: number, last: number, left: number, right: number, padding?: number): Scale {
  const span = Math.max(0, last - first);
  const pad = padding !== undefined && span > 0 ? padding : span === 0 ? 15 : Math.max(1, Math.ceil(span * 0.04));
  const from = first - pad;
  const to = last + pad;
  const perDay = (right - left) / (to - from);
  return { from, to, x: (day) => left + (day - from) * perDay };
}

export interface Tick {
  day: number;
  label: string;
  /** A new year begins here: drawn stronger. */
  major: boolean;
}

interface Step {
  /** Roughly how many days apart, to count the ticks before making them. */
  days: number;
  starts(from: number, to: number): number[];
  label(c: Civil, first: boolean): string;
}

function everyNDays(n: number): Step['starts'] {
  // Aligned on multiples of n days from 1970-01-05, a Monday, so weeks start on Mondays.
  return (from, to) => {
    const out: number[] = [];
    for (let d = Math.ceil((from - 4) / n) * n + 4; d <= to; d += n) out.push(d);
    return out;
  };
}

function everyNMonths(n: number): Step['starts'] {
  return (from, to) => {
    const start = civil(from);
    const out: number[] = [];
    let month = Math.ceil((start.year * 12 + start.month) / n) * n;
    for (let d = fromCivil(Math.floor(month / 12), month % 12); d <= to; d = fromCivil(Math.floor(month / 12), month % 12)) {
      if (d >= from) out.push(d);
      month += n;
    }
    return out;
  };
}

function everyNYears(n: number): Step['starts'] {
  return (from, to) => {
    const out: number[] = [];
    for (let year = Math.ceil(civil(from).year / n) * n; fromCivil(year, 0) <= to; year += n) {
      if (fromCivil(year, 0) >= from) out.push(fromCivil(year, 0));
    }
    return out;
  };
}

const dayText = (c: Civil, first: boolean): string =>
  `${c.day} ${monthName(c.month)}${first || (c.month === 0 && c.day <= 7) ? ` ${c.year}` : ''}`;
const monthText = (c: Civil, first: boolean): string => (first || c.month === 0 ? `${monthName(c.month)} ${c.year}` : monthName(c.month));
const yearText = (c: Civil): string => String(c.year);

const STEPS: Step[] = [
  { days: 1, starts: everyNDays(1), label: dayText },
  { days: 2, starts: everyNDays(2), label: dayText },
  { days: 7, starts: everyNDays(7), label: dayText },
  { days: 14, starts: everyNDays(14), label: dayText },
  { days: 30, starts: everyNMonths(1), label: monthText },
  { days: 61, starts: everyNMonths(2), label: monthText },
  { days: 91, starts: everyNMonths(3), label: monthText },
  { days: 183, starts: everyNMonths(6), label: monthText },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((n): Step => ({ days: 365 * n, starts: everyNYears(n), label: yearText })),
];

/** Ticks on calendar boundaries between `from` and `to`, at most `max` of them (at least one step is always chosen). */
export function ticks(from: number, to: number, max: number): Tick[] {
  const limit = Math.max(1, Math.floor(max));
  const step = STEPS.find((s) => (to - from) / s.days <= limit && s.starts(from, to).length <= limit) ?? STEPS[STEPS.length - 1]!;
  return step.starts(from, to).map((day, i) => {
    const c = civil(day);
    return { day, label: step.label(c, i === 0), major: c.month === 0 && c.day === 1 };
  });
}
