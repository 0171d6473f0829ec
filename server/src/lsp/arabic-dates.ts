// ISO dates in Arabic words for hovers: 2020-01-23 → الخميس 23 كانون الثاني 2020.
// Months are named in the series the article itself uses (Levantine كانون
// الثاني, Egyptian/Gulf يناير, or both paired), Levantine when it uses none;
// Hijri values get Hijri month names and هـ. A year written XXXX (unknown)
// is left out, and so is the weekday, which needs the year.
import type { Article } from '../analysis/model.js';
import { normalize } from '../analysis/text/normalize.js';
import { alternationOf } from '../analysis/text/alternation.js';
import {
  EGYPTIAN_MONTH_NAMES, EGYPTIAN_SERIES_WORDS, HIJRI_MONTH_NAMES, LEVANTINE_MONTH_NAMES, LEVANTINE_SERIES_WORDS, WEEKDAY_NAMES,
} from '../analysis/lexicon/date-names.js';

export type MonthSeries = 'levantine' | 'egyptian' | 'paired';

const WEEKDAYS = WEEKDAY_NAMES;
const LEVANTINE = LEVANTINE_MONTH_NAMES;
const EGYPTIAN = EGYPTIAN_MONTH_NAMES;
const HIJRI = HIJRI_MONTH_NAMES;

/** Words that only a Levantine month name (normalized) contains. */
const LEVANTINE_MARKS = new RegExp(alternationOf(LEVANTINE_SERIES_WORDS));
const EGYPTIAN_MARKS = new RegExp(alternationOf(EGYPTIAN_SERIES_WORDS));

export function monthSeries(article: Article): MonthSeries {
  const written = normalize(article.dates.map((d) => d.text).join(' '));
  const levantine = LEVANTINE_MARKS.test(written);
  const egyptian = EGYPTIAN_MARKS.test(written);
  if (levantine && egyptian) return 'paired';
  return egyptian ? 'egyptian' : 'levantine';
}

function gregorianMonth(month: number, series: MonthSeries): string {
  const [lev, egy] = [LEVANTINE[month - 1] ?? '', EGYPTIAN[month - 1] ?? ''];
  return series === 'levantine' ? lev : series === 'egyptian' ? egy : `${lev}/${egy}`;
}

function weekday(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** The Arabic words of an ISO value at its precision, or null when the value is not a date. */
export function arabicDate(iso: string, calendar: 'gregorian' | 'hijri', series: MonthSeries): string | null {
  const m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const known = m[1] !== 'XXXX';
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month !== null && (month < 1 || month > 12)) return null;
  const hijri = calendar === 'hijri';
  const parts: string[] = [];
  if (day !== null && month !== null && known && !hijri) parts.push(weekday(year, month, day));
  if (day !== null) parts.push(String(day));
  if (month !== null) parts.push(hijri ? (HIJRI[month - 1] ?? '') : gregorianMonth(month, series));
  if (known) parts.push(hijri ? `${year} هـ` : String(year));
  return parts.length ? parts.join(' ') : null;
}
