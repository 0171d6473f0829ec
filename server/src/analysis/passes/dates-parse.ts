// The dates grammar: the phrases that make a date mention, read from token
// i. Each returns what the phrase says (a DateSpec, still unresolved) and
// where it ends; `phraseAt` keeps the longest. Resolution against the
// publication date happens later (dates-resolve.ts).
import {
  AGE_WORDS, AGO_DUALS, AGO_WORDS, AGO_UNITS, CORRESPONDING, DAY_PARTS, DECADE_INTRODUCERS, DECADES, FIRST_OF_MONTH, FUTURE_CUES,
  HABIT_WORDS, VERB_INTRODUCERS, MONTH_INTRODUCERS, MONTH_WEAK_INTRODUCERS, NIGHT_WORDS, PERIOD_NOUNS, PERIOD_PARTS, RANGE_TO,
  RELATIVE_DAYS, RELATIVE_DAY_AFTER_BLOCKERS, TODAY_BEFORE_BLOCKERS, TODAY_CLAUSE_AFTER, TOMORROW_BEFORE_BLOCKERS, WEEKDAYS, WEEKDAY_AFTER_BLOCKERS, WEEKDAY_BLOCKERS, YEAR_AFTER_BLOCKERS,
  YEAR_ADJECTIVES, YEAR_PREPOSITIONS, YEAR_WORDS, type Direction,
} from '../lexicon/calendar.js';
import { STARTS } from './dates-starts.js';
import { normalize } from '../text/normalize.js';
import { frontClitics } from './clitics.js';
import { lookup, lookupWord } from './dates-tokens.js';
import { FUTURE_LOOKALIKE_STEMS } from '../lexicon/grammar.js';
import {
  anyMonth, dayOfMonth, isAmount, isFeminineOrdinal, markedYear, modifier, relativePeriod, yearAfterMonth, yearDigitsAt,
  type Calendar, type PeriodUnit, type Read, type TokenReader, type YearSpec,
} from './dates-words.js';
import { lookupNumberWord } from './number-words.js';

/** Which weekday a bare weekday name means, counted from publication (`after-next`: الأربعاء بعد القادم). */
export type WeekdayDirection = 'past' | 'future' | 'on-or-before' | 'on-or-after' | 'after-next';

/** A day word written before an explicit date (أمس، الخميس 23 …): it ties the date to publication. */
export interface Anchor { word: string; days: number }

export type DateSpec =
  /** `lastDay`: the end of a range of days (7-9 محرم), else null. */
  | { type: 'calendar'; calendar: Calendar; year: YearSpec | null; month: number; day: number | null; lastDay?: number;
      direction: Direction | null; weekday: number | null; anchor: Anchor | null }
  | { type: 'year'; calendar: Calendar; year: YearSpec }
  /** Consecutive years as one period: السنة المالية 2015 - 2016، العام الدراسي 1436/1437هـ. */
  | { type: 'year-range'; calendar: Calendar; from: number; to: number }
  | { type: 'month-relative'; delta: number }
  /** A day of a month counted from publication: الخامس من الشهر الجاري. */
  | { type: 'month-day'; day: number; lastDay?: number; delta: number }
  | { type: 'week'; delta: number }
  | { type: 'decade'; decade: number }
  /** Counted back from publication: قبل 3 سنوات، قبل شهرين. */
  | { type: 'ago'; unit: 'year' | 'month' | 'day'; count: number }
  | { type: 'offset'; days: number; word: string; weekday: number | null }
  | { type: 'weekday'; weekday: number; direction: WeekdayDirection };

type Phrase = Read<DateSpec> | null;
export type CalendarSpec = Extract<DateSpec, { type: 'calendar' }>;

const WEEKDAY_TABLE = new Map(Object.entries(WEEKDAYS));
const DECADE_TABLE = new Map(Object.entries(DECADES));
const AGO_TABLE = new Map(Object.entries(AGO_UNITS));
const AGO_DUAL_TABLE = new Map(Object.entries(AGO_DUALS));
const YEAR_NOUNS = new Set(Object.keys(PERIOD_NOUNS).filter((w) => PERIOD_NOUNS[w] === 'year'));
const CORRESPONDING_WORDS = new Set([CORRESPONDING]);
/** Every first word of a relative day, to turn most words away at once. */
const RELATIVE_FIRSTS = new Set(RELATIVE_DAYS.map((rel) => rel.words[0]!));

function longest(reads: Phrase[]): Phrase {
  let best: Phrase = null;
  for (const r of reads) best = longer(best, r);
  return best;
}

/** `read` when it reaches further than `best` (the first of equals kept). */
function longer(best: Phrase, read: Phrase): Phrase {
  return read && (!best || read.next > best.next) ? read : best;
}

function skipComma(r: TokenReader, i: number): number {
  return r.isMark(i, '،,') ? i + 1 : i;
}

/** The previous word without و/ف, for the blockers and introducers lists. */
function previousWord(r: TokenReader, i: number, words: ReadonlySet<string>): boolean {
  const w = r.word(i - 1);
  return !!w && !!lookupWord(w, words, 'conjunction');
}

/** Day and month: 23 من كانون الثاني 2020، 15 أبريل، الثالث من يوليو الحالي، 28 ذي الحجة. */
export function dayMonthPhrase(r: TokenReader, i: number): Phrase {
  const d = dayOfMonth(r, i);
  if (!d || (isFeminineOrdinal(r, i) && weekdayAt(r, i - 1))) return null;
  let j = d.next;
  // 7-9 محرم: a range of days in one month (ليل 5-6 يناير is a night: the day it begins)
  const lastDay = r.isMark(j, '-') ? r.number(j + 1) : null;
  const range = lastDay !== null && lastDay > d.value && lastDay <= 31 && r.tokens[j + 1]!.norm.length <= 2;
  if (range) j += 2;
  const night = range && lastDay === d.value + 1 && previousWord(r, i, NIGHT_WORDS);
  // (the end as a field, undefined when there is none: literals below, where a spread of { lastDay } built each spec in the runtime)
  const rangeEnd = range && !night ? lastDay! : undefined;
  const from = r.isWord(j, 'من');
  if (from) j++;
  // الخامس من الشهر الجاري، 26 من الشهر الماضي، 25-27 من الشهر الجاري
  const rel = from ? relativePeriod(r, j) : null;
  if (rel && rel.value.unit === 'month' && rel.prefix === 0) {
    return { value: { type: 'month-day', day: d.value, delta: rel.value.delta, lastDay: rangeEnd }, next: rel.next, prefix: d.prefix };
  }
  if (r.isWord(j, 'شهر')) j++;
  const m = anyMonth(r, j);
  if (!m || m.prefix > 0) return null;
  const base = { month: m.value.month, calendar: m.value.calendar, day: d.value, lastDay: rangeEnd };
  return monthTail(r, m.next, base, d.prefix);
}

/** What may follow a month: a year, a modifier, or nothing. */
function monthTail(r: TokenReader, k: number, base: { month: number; calendar: Calendar; day: number | null; lastDay?: number }, prefix: number, bareOk = true): Phrase {
  const y = yearAfterMonth(r, k, base.calendar);
  const direction = y ? null : modifier(r, k);
  if (!y && !direction && !bareOk) return null;
  // في يوليو من كل عام is a habit, not a date.
  if (!y && !direction && r.isWord(k, 'من') && r.isWord(k + 1, 'كل')) return null;
  const next = y ? y.next : direction ? k + 1 : k;
  return { value: calendarSpec(base.month, base.calendar, base.day, base.lastDay, y?.value ?? null, direction, null, null), next, prefix };
}

/**
 * A calendar spec, made only here, every field set in one order: the date
 * readers meet them all, and a spec of another shape (a spread copy, made
 * field by field in the runtime) deoptimizes them.
 */
function calendarSpec(month: number, calendar: Calendar, day: number | null, lastDay: number | undefined, year: YearSpec | null,
  direction: Direction | null, weekday: number | null, anchor: Anchor | null): CalendarSpec {
  return { type: 'calendar', month, calendar, day, lastDay, year, direction, weekday, anchor };
}

/** A month without a day: تشرين الأول 2019، أبريل الماضي، في يناير (introduced), رمضان 1445. */
export function monthPhrase(r: TokenReader, i: number, introduced: boolean): Phrase {
  const m = anyMonth(r, i);
  if (!m) return null;
  const intro = introduced || previousWord(r, i, MONTH_INTRODUCERS)
    || (!m.value.ambiguous && previousWord(r, i, MONTH_WEAK_INTRODUCERS));
  const bareOk = intro && m.value.calendar === 'gregorian';
  return monthTail(r, m.next, { month: m.value.month, calendar: m.value.calendar, day: null }, m.prefix, bareOk);
}

/** غرة رمضان، غرة شهر شوال، أول تموز (يوليو) الماضي: the first day of the month. */
export function firstOfMonthPhrase(r: TokenReader, i: number): Phrase {
  const w = r.word(i);
  const first = w ? lookupWord(w, FIRST_OF_MONTH) : null;
  if (!first) return null;
  const j = r.isWord(i + 1, 'شهر') ? i + 2 : i + 1;
  const m = anyMonth(r, j);
  if (!m || m.prefix > 0) return null;
  return monthTail(r, m.next, { month: m.value.month, calendar: m.value.calendar, day: 1 }, first.prefix);
}

/** Calendar of a year written with عام: marked, or a current Hijri year (عام 1436) in Gulf news. */
function yearCalendar(year: number, mark: Calendar | null): Calendar {
  return mark ?? (year >= 1380 && year <= 1460 ? 'hijri' : 'gregorian');
}

/** عام 2014، العام 2014، سنة 1436هـ؛ العام الماضي، الشهر الجاري، هذا العام. */
const RELATIVE_SPEC: Record<PeriodUnit, (delta: number) => DateSpec> = {
  week: (delta) => ({ type: 'week', delta }),
  month: (delta) => ({ type: 'month-relative', delta }),
  year: (delta) => ({ type: 'year', calendar: 'gregorian', year: { kind: 'relative', delta } }),
};

/**
 * عام 2014، العام 2014، سنة 1436هـ، السنة المالية 2015 - 2016؛ العام الماضي،
 * الشهر الجاري، هذا العام، الأسبوع الفائت.
 */
export function yearPhrase(r: TokenReader, i: number): Phrase {
  const rel = relativePeriod(r, i);
  if (rel) return { value: RELATIVE_SPEC[rel.value.unit](rel.value.delta), next: rel.next, prefix: rel.prefix };
  const w = r.word(i);
  const yw = w ? lookupWord(w, YEAR_WORDS) : null;
  if (!yw) return null;
  // العام الدراسي 1436/1437هـ، السنة المالية 2015 - 2016
  const at = YEAR_ADJECTIVES.has(r.word(i + 1) ?? '') ? i + 2 : i + 1;
  const y = markedYear(r, at);
  if (!y || r.tokens[yearDigitsAt(r, at)]!.norm.length < 3 || isAmount(r, y.next)) return null;
  const paired = yearPair(r, y);
  if (paired) return { value: paired.value, next: paired.next, prefix: yw.prefix };
  if (at > i + 1) return null;
  const calendar = yearCalendar(y.value.year, y.value.calendar);
  return { value: { type: 'year', calendar, year: { kind: 'fixed', year: y.value.year } }, next: y.next, prefix: yw.prefix };
}

/** Hijri years run about 3 % faster: 1436 AH ≈ 2015, 1400 AH ≈ 1980. */
const sameYearInGregorian = (hijri: number, gregorian: number): boolean => Math.abs(hijri * 0.970229 + 621.5643 - gregorian) <= 1;

/** Whether two years are one year in both calendars, and in which order (1436هـ - 2015م، عام 1400 (1980)). */
function bothCalendars(a: { year: number; calendar: Calendar | null }, b: { year: number; calendar: Calendar | null }): 'hijri-gregorian' | 'gregorian-hijri' | null {
  const marked = (x: typeof a, c: Calendar): boolean => x.calendar === c || (x.calendar === null && (c === 'hijri' ? x.year >= 1300 && x.year <= 1500 : x.year >= 1800 && x.year <= 2100));
  if (a.calendar !== 'gregorian' && b.calendar !== 'hijri' && marked(a, 'hijri') && marked(b, 'gregorian') && sameYearInGregorian(a.year, b.year)) return 'hijri-gregorian';
  if (a.calendar !== 'hijri' && b.calendar !== 'gregorian' && marked(a, 'gregorian') && marked(b, 'hijri') && sameYearInGregorian(b.year, a.year)) return 'gregorian-hijri';
  return null;
}

/**
 * A year written with its second year: 1436هـ - 2015م or عام 1400 (1980)
 * (one year in two calendars: the Gregorian one is the value), 2015 - 2016
 * or 1436/1437هـ (consecutive years as one period: a fiscal or school
 * year). Two years side by side with no mark between stay two dates.
 */
function yearPair(r: TokenReader, first: Read<{ year: number; calendar: Calendar | null }>): Phrase {
  const bracket = r.isMark(first.next, '(');
  if (!bracket && !r.isMark(first.next, '-/')) return null;
  const sep = first.next + 1;
  const second = r.token(sep)?.kind === 'number' && r.tokens[sep]!.norm.length >= 3 ? markedYear(r, sep) : null;
  if (!second || isAmount(r, second.next) || (bracket && !r.isMark(second.next, ')'))) return null;
  const [a, b] = [first.value, second.value];
  const next = bracket ? second.next + 1 : second.next;
  const calendars = bothCalendars(a, b);
  if (calendars) {
    const gregorian = calendars === 'gregorian-hijri' ? a.year : b.year;
    return { value: { type: 'year', calendar: 'gregorian', year: { kind: 'fixed', year: gregorian } }, next, prefix: 0 };
  }
  if (bracket || !(b.year > a.year && b.year - a.year <= 10)) return null;
  const calendar = a.calendar ?? b.calendar ?? yearCalendar(a.year, null);
  if (calendar === 'gregorian' && (a.year < 1000 || b.year > 2100)) return null;
  return { value: { type: 'year-range', calendar, from: a.year, to: b.year }, next: second.next, prefix: 0 };
}

/**
 * A year-sized number after a preposition or a period part (في 2019، منذ
 * 2014، منتصف 2024), or after the first year of a pair (عامي 2014 و2015),
 * unless a counted noun follows (قبل 2000 عام).
 */
export function bareYear(r: TokenReader, i: number, introduced: boolean): Phrase {
  // four digits or nothing, asked of the token before markedYear reads it: most numbers are shorter, and no read is made for them
  const digits = r.tokens[yearDigitsAt(r, i)];
  if (digits?.kind !== 'number' || digits.norm.length !== 4) return null;
  const y = markedYear(r, i)!;
  const { year, calendar: mark } = y.value;
  if (!introduced && !previousWord(r, i, YEAR_PREPOSITIONS)) return null;
  if (!mark && (year < 1900 || year > 2100)) return null;
  const after = r.word(y.next);
  if (after && lookupWord(after, YEAR_AFTER_BLOCKERS, 'conjunction')) return null;
  if (r.isMark(y.next, '%٪') || isAmount(r, y.next)) return null;
  return { value: { type: 'year', calendar: mark ?? 'gregorian', year: { kind: 'fixed', year } }, next: y.next, prefix: 0 };
}

/** A number with its year mark: 2007م، 1436هـ. */
export function markedYearPhrase(r: TokenReader, i: number): Phrase {
  // (the length first: most numbers have one or two digits, and no read is made for them)
  if (r.tokens[i]!.norm.length < 3) return null;
  const y = markedYear(r, i);
  if (!y || !y.value.calendar) return null;
  const paired = yearPair(r, y);
  if (paired) return paired;
  const { year, calendar } = y.value;
  if (calendar === 'gregorian' && (year < 1000 || year > 2100 || r.number(y.next) !== null)) return null;
  if (isAmount(r, i + 1)) return null;
  return { value: { type: 'year', calendar, year: { kind: 'fixed', year } }, next: y.next, prefix: 0 };
}

/** A calendar date on a weekday (and after a day word). */
function onWeekday(spec: CalendarSpec, weekday: number, anchor: Anchor | null): CalendarSpec {
  return calendarSpec(spec.month, spec.calendar, spec.day, spec.lastDay, spec.year, spec.direction, weekday, anchor);
}

/** A calendar date given a year (the dates pass's from its neighbours). */
export function withYear(spec: CalendarSpec, year: YearSpec): CalendarSpec {
  return calendarSpec(spec.month, spec.calendar, spec.day, spec.lastDay, year, spec.direction, spec.weekday, spec.anchor);
}

/** 27/8/1436هـ، 1436/10/30، 21-07-2015. */
export function numericDate(r: TokenReader, i: number): Phrase {
  // the separators before the numbers after them: most numbers have none, and the other two are not parsed
  const sep = r.token(i + 1)?.norm;
  if (!sep || !r.isMark(i + 1, '/-.') || !r.isMark(i + 3, sep)) return null;
  const a = r.number(i), b = r.number(i + 2), c = r.number(i + 4);
  if (a === null || b === null || c === null) return null;
  const yearFirst = r.tokens[i]!.norm.length === 4;
  if (!yearFirst && r.tokens[i + 4]!.norm.length !== 4) return null;
  const [year, day] = yearFirst ? [a, c] : [c, a];
  const mark = markedYear(r, i + 4)!;
  const calendar = mark.value.calendar ?? (year >= 1300 && year <= 1500 ? 'hijri' : 'gregorian');
  if (b < 1 || b > 12 || day < 1 || day > 30 + (calendar === 'gregorian' ? 1 : 0) || (calendar === 'gregorian' && (year < 1900 || year > 2100))) return null;
  return { value: calendarSpec(b, calendar, day, undefined, { kind: 'fixed', year }, null, null, null), next: mark.next, prefix: 0 };
}

/** A period part and the period: مطلع الشهر الجاري، نهاية العام 2014، منتصف 2024، أواخر رمضان 1436. */
export function periodPartPhrase(r: TokenReader, i: number): Phrase {
  const w = r.word(i);
  const part = w ? lookupWord(w, PERIOD_PARTS) : null;
  if (!part) return null;
  const month = r.isWord(i + 1, 'شهر') ? i + 2 : i + 1; // نهاية شهر ذي القعدة
  const inner = longest([monthPhrase(r, month, true), yearPhrase(r, i + 1), bareYear(r, i + 1, true), decadePhrase(r, i + 1, true)])
    ?? currentYear(r, i + 1);
  if (!inner || inner.prefix > 0 || (inner.value.type === 'calendar' && inner.value.day !== null)) return null;
  return { value: inner.value, next: inner.next, prefix: part.prefix };
}

/**
 * بداية العام، منذ مطلع السنة: after a period part, العام with nothing
 * after it (no number, modifier or adjective such as الدراسي) is this year.
 */
function currentYear(r: TokenReader, i: number): Phrase {
  if (!YEAR_NOUNS.has(r.word(i) ?? '')) return null;
  const next = r.token(i + 1);
  const ends = !next || next.breakBefore || next.kind === 'mark' || (next.kind === 'word' && !next.norm.startsWith('ال'));
  if (!ends) return null;
  return { value: { type: 'year', calendar: 'gregorian', year: { kind: 'relative', delta: 0 } }, next: i + 1, prefix: 0 };
}

/** منذ التسعينيات، منتصف الثمانينات من القرن الماضي: a decade, introduced (not an age: في الخمسينات من عمره). */
export function decadePhrase(r: TokenReader, i: number, introduced: boolean): Phrase {
  const w = r.word(i);
  const hit = w && w.endsWith('ات') ? lookup(w, DECADE_TABLE) : null;
  if (!hit || (!introduced && !previousWord(r, i, DECADE_INTRODUCERS) && hit.prefix === 0)) return null;
  if (r.isWord(i + 1, 'من') && AGE_WORDS.has(r.word(i + 2) ?? '')) return null;
  // من القرن الماضي / العشرين
  const century = r.isWord(i + 1, 'من') && r.isWord(i + 2, 'القرن') && r.word(i + 3) ? i + 4 : i + 1;
  return { value: { type: 'decade', decade: hit.entry }, next: century, prefix: hit.prefix };
}

/** قبل 3 سنوات، قبل ثلاثة أشهر، قبل يومين: counted back from publication (not قبل 3 سنوات من الحرب). */
export function agoPhrase(r: TokenReader, i: number): Phrase {
  const w = r.word(i);
  const before = w && w.endsWith('قبل') ? lookupWord(w, AGO_WORDS, 'conjunction') : null;
  if (!before) return null;
  let count: number | null = r.number(i + 1);
  let unitAt = i + 2;
  const dual = lookup(r.word(i + 1) ?? '', AGO_DUAL_TABLE, 'none');
  if (dual) { count = 2; unitAt = i + 1; }
  else if (count === null) {
    const word = lookupNumberWord(r.word(i + 1) ?? '', false);
    if (word && word.prefix === 0 && (word.entry.kind === 'unit' || word.entry.kind === 'tens')) count = word.entry.value;
  }
  const unit = dual?.entry ?? lookup(r.word(unitAt) ?? '', AGO_TABLE, 'none')?.entry;
  if (!unit || count === null || count < 1 || count > 100 || r.isWord(unitAt + 1, 'من')) return null;
  return { value: { type: 'ago', unit, count }, next: unitAt + 1, prefix: before.prefix };
}

function weekdayAt(r: TokenReader, i: number): Read<number> | null {
  // a word that is no weekday under any clitics says so by its token's date families, with no lookups
  const t = r.token(i);
  if (!t || t.kind !== 'word' || !(t.dateFamilies & STARTS.weekday)) return null;
  const w = t.norm;
  const hit = lookup(w, WEEKDAY_TABLE);
  if (!hit) return null;
  const before = r.isWord(i - 1, 'يوم') ? i - 1 : i;
  if (previousWord(r, before, WEEKDAY_BLOCKERS) || WEEKDAY_AFTER_BLOCKERS.has(r.word(i + 1) ?? '')) return null;
  // الاثنين is also "the two": إن الاثنين يعرفان بعضهما.
  if (hit.entry === 1 && /^[يت]\S+ان$/.test(r.word(i + 1) ?? '')) return null;
  return { value: hit.entry, next: i + 1, prefix: hit.prefix };
}

/**
 * True when the sentence before token i says the event lies ahead: a cue
 * (من المقرر أن … الخميس، سوف), or a verb in the future (سـ) a few words
 * before the day (وسيبدأ الأربعاء، ستعقد اللجنة اجتماعها الخميس).
 */
function futureBefore(r: TokenReader, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12 && !r.tokens[k + 1]!.breakBefore; k--) {
    const w = r.word(k);
    if (w && lookupWord(w, FUTURE_CUES, 'conjunction')) return true;
    if (k >= i - 6 && futureVerbAt(r, k)) return true;
    // ستسمح الاثنين … لم تتمكن من الإقلاع الأحد: the verb governs the nearer day
    if (w && weekdayAt(r, k)) return false;
  }
  return false;
}

/**
 * A verb with the future prefix سـ (سيبدأ، وستعقد، سنعلن) heading its
 * clause: with و/ف, after a particle (التي ستعقد، أنها ستفرض، أن بلاده
 * ستسمح) or a clause boundary. A foreign name after a title (وزير المالية أنتون سيلانوف، وول
 * ستريت) has the shape but not the place.
 */
function futureVerbAt(r: TokenReader, k: number): boolean {
  const w = r.word(k);
  if (!w || !/^[وف]?س[يتن][\u0621-\u064A]{3,}$/.test(w) || looksFuture(w)) return false;
  if (/^[وف]/.test(w) || r.tokens[k]!.breakBefore || r.isMark(k - 1, '،,:؛')) return true;
  // after the particle, or after it and the clause's subject (أن بلاده ستسمح)
  return [k - 1, k - 2].some((j) => { const w = r.word(j); return !!w && lookupWord(w, VERB_INTRODUCERS, 'conjunction') !== null; });
}
const FUTURE_LOOKALIKES = FUTURE_LOOKALIKE_STEMS.map(normalize);
/** Nouns that look like future verbs, after a conjunction or not: سيارة، سياسة، سيطرة، سيدة. */
const looksFuture = (w: string): boolean => FUTURE_LOOKALIKES.some((stem) => w.startsWith(stem, frontClitics(w, '')));

/** True when weekdays name a weekly schedule (من الأحد إلى الخميس after opening hours), not days. */
function weeklySchedule(r: TokenReader, i: number, wd: Read<number>): boolean {
  const opensRange = (k: number): boolean => r.isWord(k - 1, 'من') || (r.isWord(k - 1, 'يوم') && r.isWord(k - 2, 'من'));
  const to = RANGE_TO.has(r.word(wd.next) ?? '') ? weekdayAt(r, r.isWord(wd.next + 1, 'يوم') ? wd.next + 2 : wd.next + 1) : null;
  // the second day of the range: من الأحد إلى الخميس
  const link = r.isWord(i - 1, 'يوم') ? i - 2 : i - 1;
  const first = RANGE_TO.has(r.word(link) ?? '') && weekdayAt(r, link - 1) ? link - 1 : -1;
  if (!(opensRange(i) && to) && !(first >= 0 && opensRange(first))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
    if (HABIT_WORDS.has(r.word(k) ?? '')) return true;
    if (r.tokens[k]!.breakBefore) break;
  }
  return false;
}

/** الخميس، الخميس 23 من كانون الثاني، الأربعاء المقبل، الجمعة الماضية. */
/** The date written after a weekday: 23 من كانون الثاني، الموافق 18/8/1436، 10-10-1436هـ. */
function dateAfterWeekday(r: TokenReader, i: number): Read<CalendarSpec> | null {
  let j = skipComma(r, i);
  const corresponding = r.word(j);
  if (corresponding && lookupWord(corresponding, CORRESPONDING_WORDS, 'conjunction')) j++;
  if (isFeminineOrdinal(r, j)) return null;
  const dated = longest([dayMonthPhrase(r, j), numericDate(r, j)]);
  return dated && dated.value.type === 'calendar' ? { value: dated.value, next: dated.next, prefix: dated.prefix } : null;
}

export function weekdayPhrase(r: TokenReader, i: number): Phrase {
  const wd = weekdayAt(r, i);
  if (!wd) return null;
  const dated = dateAfterWeekday(r, wd.next);
  if (dated) return { value: onWeekday(dated.value, wd.value, dated.value.anchor), next: dated.next, prefix: wd.prefix };
  // ليل الاثنين الثلاثاء: the night from one day into the next is given the day it begins
  const nightOf = previousWord(r, i, NIGHT_WORDS) && weekdayAt(r, wd.next)?.value === (wd.value + 1) % 7;
  const after = nightOf ? wd.next + 1 : wd.next;
  if (r.isWord(after, 'بعد') && modifier(r, after + 1) === 'future') {
    return { value: { type: 'weekday', weekday: wd.value, direction: 'after-next' }, next: after + 2, prefix: wd.prefix };
  }
  if (weeklySchedule(r, i, wd)) return null;
  const dir = modifier(r, after);
  const direction: WeekdayDirection = dir === 'past' ? 'past' : dir === 'future' ? 'future'
    : futureBefore(r, i) ? 'on-or-after' : 'on-or-before';
  return { value: { type: 'weekday', weekday: wd.value, direction }, next: dir ? after + 1 : after, prefix: wd.prefix };
}

/**
 * اليوم that ends its clause or opens reported speech is today (أفادت
 * الصحيفة اليوم. / قال الوزير اليوم إن …), unless a word before it makes it
 * "the day" (ذلك اليوم).
 */
function todayEndsClause(r: TokenReader, start: number, next: number): boolean {
  if (previousWord(r, start, TODAY_BEFORE_BLOCKERS)) return false;
  const t = r.token(next);
  if (!t || t.breakBefore || (t.kind === 'mark' && '.،,؛:!?'.includes(t.norm))) return true;
  // قال الوزير اليوم "…": a quotation opens after it
  if (t.kind === 'mark' && t.norm === '"') return r.token(next + 1)?.from === t.to && r.tokens[next - 1]!.to < t.from;
  return t.kind === 'word' && TODAY_CLAUSE_AFTER.has(t.norm);
}

/** Whether a relative day word may stand here (اليوم only when it clearly is today). */
function relativeDayAllowed(r: TokenReader, word: string, start: number, next: number, weekdayFollows: boolean): boolean {
  if (RELATIVE_DAY_AFTER_BLOCKERS.has(r.word(next) ?? '')) return false;
  const dayPartBefore = previousWord(r, start, DAY_PARTS);
  if (word === 'اليوم') return weekdayFollows || dayPartBefore || todayEndsClause(r, start, next);
  if (word === 'غد') return dayPartBefore;
  if (word === 'غدا') return weekdayFollows || !previousWord(r, start, TOMORROW_BEFORE_BLOCKERS);
  return true;
}

/** أمس، أول من أمس الأربعاء، اليوم الخميس، غدًا، أمس، الخميس 23 من كانون الثاني. */
export function relativeDayPhrase(r: TokenReader, i: number): Phrase {
  const first = r.word(i);
  // the first word under its conjunction, looked up once (قبل، بعد and اول start here, and are common):
  // no first word is another with و or ف before it, so this is the word each entry would find
  const hit = first ? lookupWord(first, RELATIVE_FIRSTS, 'conjunction') : null;
  if (!hit) return null;
  for (const rel of RELATIVE_DAYS) {
    if (rel.words[0] !== hit.word || !rel.words.every((w, k) => k === 0 || r.isWord(i + k, w))) continue;
    const after = i + rel.words.length;
    // اليوم (الاثنين)، أمس، الخميس: a comma or brackets may set the weekday off.
    const paren = r.isMark(after, '(');
    const wdRead = weekdayAt(r, paren ? after + 1 : skipComma(r, after));
    const wd = wdRead && (!paren || r.isMark(wdRead.next, ')')) ? { value: wdRead.value, next: wdRead.next + (paren ? 1 : 0), prefix: wdRead.prefix } : null;
    const word = rel.words.join(' ');
    if (!relativeDayAllowed(r, word, i, after, !!wd)) continue;
    if (!wd) return { value: { type: 'offset', days: rel.offset, word, weekday: null }, next: after, prefix: hit.prefix };
    const dated = paren ? null : dateAfterWeekday(r, wd.next);
    if (dated) {
      const anchor = { word, days: rel.offset };
      return { value: onWeekday(dated.value, wd.value, anchor), next: dated.next, prefix: hit.prefix };
    }
    return { value: { type: 'offset', days: rel.offset, word, weekday: wd.value }, next: wd.next, prefix: hit.prefix };
  }
  return null;
}

/** The longest date phrase starting at token i, or null. */
/** `afterDate`: a date and a joiner come just before (عامي 2014 و2015، بين يناير وفبراير). */
export function phraseAt(r: TokenReader, i: number, afterDate: boolean): Phrase {
  const t = r.tokens[i]!;
  if (t.kind === 'number') {
    // (in this order, the longest kept, as longest() does: no array made at each number)
    return longer(longer(longer(numericDate(r, i), dayMonthPhrase(r, i)), bareYear(r, i, afterDate)), markedYearPhrase(r, i));
  }
  const families = t.kind === 'word' ? t.dateFamilies : 0;
  if (!families) return null;
  // only the readers of the families this word may start (most start words start one), in this order, the longest kept
  // (no closure to keep the best: this runs at every word that may start a date)
  let best: Phrase = null;
  if (families & STARTS.periodPart) best = longer(best, periodPartPhrase(r, i));
  if (families & STARTS.relativeDay) best = longer(best, relativeDayPhrase(r, i));
  if (families & STARTS.weekday) best = longer(best, weekdayPhrase(r, i));
  if (families & STARTS.dayMonth) best = longer(best, dayMonthPhrase(r, i));
  if (families & STARTS.firstOfMonth) best = longer(best, firstOfMonthPhrase(r, i));
  if (families & STARTS.month) best = longer(best, monthPhrase(r, i, afterDate));
  if (families & STARTS.year) best = longer(best, yearPhrase(r, i));
  if (families & STARTS.decade) best = longer(best, decadePhrase(r, i, afterDate));
  if (families & STARTS.ago) best = longer(best, agoPhrase(r, i));
  return best;
}
