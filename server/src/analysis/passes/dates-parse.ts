// The dates grammar: the phrases that make a date mention, read from token
// i. Each returns what the phrase says (a DateSpec, still unresolved) and
// where it ends; `phraseAt` keeps the longest. Resolution against the
// publication date happens later (dates-resolve.ts).
import {
  CORRESPONDING, DAY_PARTS, FIRST_OF_MONTH, FUTURE_CUES, MONTH_INTRODUCERS, MONTH_WEAK_INTRODUCERS, PERIOD_PARTS,
  RELATIVE_DAYS, RELATIVE_DAY_AFTER_BLOCKERS, TODAY_BEFORE_BLOCKERS, TODAY_CLAUSE_AFTER, TOMORROW_BEFORE_BLOCKERS, WEEKDAYS, WEEKDAY_AFTER_BLOCKERS, WEEKDAY_BLOCKERS, YEAR_AFTER_BLOCKERS,
  YEAR_PREPOSITIONS, YEAR_WORDS, type Direction,
} from '../lexicon/calendar.js';
import { mayStartDate } from './dates-starts.js';
import { CONJUNCTIONS, lookup, lookupWord } from './dates-tokens.js';
import {
  anyMonth, dayOfMonth, isAmount, markedYear, modifier, relativePeriod, yearAfterMonth,
  type Calendar, type Read, type TokenReader, type YearSpec,
} from './dates-words.js';

/** Which weekday a bare weekday name means, counted from publication. */
export type WeekdayDirection = 'past' | 'future' | 'on-or-before' | 'on-or-after';

/** A day word written before an explicit date (أمس، الخميس 23 …): it ties the date to publication. */
export interface Anchor { word: string; days: number }

export type DateSpec =
  | { type: 'calendar'; calendar: Calendar; year: YearSpec | null; month: number; day: number | null;
      direction: Direction | null; weekday: number | null; anchor: Anchor | null }
  | { type: 'year'; calendar: Calendar; year: YearSpec }
  | { type: 'month-relative'; delta: number }
  | { type: 'offset'; days: number; word: string; weekday: number | null }
  | { type: 'weekday'; weekday: number; direction: WeekdayDirection };

type Phrase = Read<DateSpec> | null;

const WEEKDAY_TABLE = new Map(Object.entries(WEEKDAYS));
const FIRST_WORDS = new Set([FIRST_OF_MONTH]);
const CORRESPONDING_WORDS = new Set([CORRESPONDING]);
const RELATIVE_FIRST_WORDS = RELATIVE_DAYS.map((rel) => new Set([rel.words[0]!]));

function longest(reads: Phrase[]): Phrase {
  let best: Phrase = null;
  for (const r of reads) if (r && (!best || r.next > best.next)) best = r;
  return best;
}

function skipComma(r: TokenReader, i: number): number {
  return r.isMark(i, '،,') ? i + 1 : i;
}

/** The previous word without و/ف, for the blockers and introducers lists. */
function previousWord(r: TokenReader, i: number, words: ReadonlySet<string>): boolean {
  const w = r.word(i - 1);
  return !!w && !!lookupWord(w, words, CONJUNCTIONS);
}

/** Day and month: 23 من كانون الثاني 2020، 15 أبريل، الثالث من يوليو الحالي، 28 ذي الحجة. */
export function dayMonthPhrase(r: TokenReader, i: number): Phrase {
  const d = dayOfMonth(r, i);
  if (!d) return null;
  let j = d.next;
  if (r.isWord(j, 'من')) j++;
  if (r.isWord(j, 'شهر')) j++;
  const m = anyMonth(r, j);
  if (!m || m.prefix > 0) return null;
  return monthTail(r, m.next, { month: m.value.month, calendar: m.value.calendar, day: d.value }, d.prefix);
}

/** What may follow a month: a year, a modifier, or nothing. */
function monthTail(r: TokenReader, k: number, base: { month: number; calendar: Calendar; day: number | null }, prefix: number, bareOk = true): Phrase {
  const y = yearAfterMonth(r, k, base.calendar);
  const direction = y ? null : modifier(r, k);
  if (!y && !direction && !bareOk) return null;
  // في يوليو من كل عام is a habit, not a date.
  if (!y && !direction && r.isWord(k, 'من') && r.isWord(k + 1, 'كل')) return null;
  const next = y ? y.next : direction ? k + 1 : k;
  return { value: { type: 'calendar', ...base, year: y?.value ?? null, direction, weekday: null, anchor: null }, next, prefix };
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

/** غرة رمضان، غرة شهر شوال: the first day of the month. */
export function firstOfMonthPhrase(r: TokenReader, i: number): Phrase {
  const w = r.word(i);
  const first = w ? lookupWord(w, FIRST_WORDS) : null;
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
export function yearPhrase(r: TokenReader, i: number): Phrase {
  const rel = relativePeriod(r, i);
  if (rel) {
    const { unit, delta } = rel.value;
    const value: DateSpec = unit === 'month' ? { type: 'month-relative', delta } : { type: 'year', calendar: 'gregorian', year: { kind: 'relative', delta } };
    return { value, next: rel.next, prefix: rel.prefix };
  }
  const w = r.word(i);
  const yw = w ? lookupWord(w, YEAR_WORDS) : null;
  const y = yw ? markedYear(r, i + 1) : null;
  if (!yw || !y || r.tokens[i + 1]!.text.length < 3 || isAmount(r, y.next)) return null;
  const calendar = yearCalendar(y.value.year, y.value.calendar);
  return { value: { type: 'year', calendar, year: { kind: 'fixed', year: y.value.year } }, next: y.next, prefix: yw.prefix };
}

/**
 * A year-sized number after a preposition or a period part (في 2019، منذ
 * 2014، منتصف 2024), or after the first year of a pair (عامي 2014 و2015),
 * unless a counted noun follows (قبل 2000 عام).
 */
export function bareYear(r: TokenReader, i: number, introduced: boolean): Phrase {
  const y = markedYear(r, i);
  if (!y || r.tokens[i]!.text.length !== 4) return null;
  const { year, calendar: mark } = y.value;
  if (!introduced && !previousWord(r, i, YEAR_PREPOSITIONS)) return null;
  if (!mark && (year < 1900 || year > 2100)) return null;
  const after = r.word(y.next);
  if (after && lookupWord(after, YEAR_AFTER_BLOCKERS, CONJUNCTIONS)) return null;
  if (r.isMark(y.next, '%٪') || isAmount(r, y.next)) return null;
  return { value: { type: 'year', calendar: mark ?? 'gregorian', year: { kind: 'fixed', year } }, next: y.next, prefix: 0 };
}

/** A number with its year mark: 2007م، 1436هـ. */
export function markedYearPhrase(r: TokenReader, i: number): Phrase {
  const y = markedYear(r, i);
  if (!y || !y.value.calendar || r.tokens[i]!.text.length < 3) return null;
  const { year, calendar } = y.value;
  if (calendar === 'gregorian' && (year < 1000 || year > 2100 || r.number(y.next) !== null)) return null;
  if (isAmount(r, i + 1)) return null;
  return { value: { type: 'year', calendar, year: { kind: 'fixed', year } }, next: y.next, prefix: 0 };
}

/** 27/8/1436هـ، 1436/10/30، 21-07-2015. */
export function numericDate(r: TokenReader, i: number): Phrase {
  const a = r.number(i), b = r.number(i + 2), c = r.number(i + 4);
  const sep = r.tokens[i + 1]?.text;
  if (a === null || b === null || c === null || !sep || !r.isMark(i + 1, '/-.') || !r.isMark(i + 3, sep)) return null;
  const yearFirst = r.tokens[i]!.text.length === 4;
  if (!yearFirst && r.tokens[i + 4]!.text.length !== 4) return null;
  const [year, day] = yearFirst ? [a, c] : [c, a];
  const mark = markedYear(r, i + 4)!;
  const calendar = mark.value.calendar ?? (year >= 1300 && year <= 1500 ? 'hijri' : 'gregorian');
  if (b < 1 || b > 12 || day < 1 || day > 30 + (calendar === 'gregorian' ? 1 : 0) || (calendar === 'gregorian' && (year < 1900 || year > 2100))) return null;
  const value: DateSpec = { type: 'calendar', calendar, year: { kind: 'fixed', year }, month: b, day, direction: null, weekday: null, anchor: null };
  return { value, next: mark.next, prefix: 0 };
}

/** A period part and the period: مطلع الشهر الجاري، نهاية العام 2014، منتصف 2024، أواخر رمضان 1436. */
export function periodPartPhrase(r: TokenReader, i: number): Phrase {
  const w = r.word(i);
  const part = w ? lookupWord(w, PERIOD_PARTS) : null;
  if (!part) return null;
  const inner = longest([monthPhrase(r, i + 1, true), yearPhrase(r, i + 1), bareYear(r, i + 1, true)]);
  if (!inner || inner.prefix > 0 || (inner.value.type === 'calendar' && inner.value.day !== null)) return null;
  return { ...inner, prefix: part.prefix };
}

function weekdayAt(r: TokenReader, i: number): Read<number> | null {
  const w = r.word(i);
  const hit = w ? lookup(w, WEEKDAY_TABLE) : null;
  if (!hit) return null;
  const before = r.isWord(i - 1, 'يوم') ? i - 1 : i;
  if (previousWord(r, before, WEEKDAY_BLOCKERS) || WEEKDAY_AFTER_BLOCKERS.has(r.word(i + 1) ?? '')) return null;
  // الاثنين is also "the two": إن الاثنين يعرفان بعضهما.
  if (hit.entry === 1 && /^[يت]\S+ان$/.test(r.word(i + 1) ?? '')) return null;
  return { value: hit.entry, next: i + 1, prefix: hit.prefix };
}

/** True when the sentence before token i says the event lies ahead (من المقرر أن … الخميس). */
function futureBefore(r: TokenReader, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const w = r.word(k);
    if (w && lookupWord(w, FUTURE_CUES, CONJUNCTIONS)) return true;
    if (r.tokens[k]!.breakBefore) break;
  }
  return false;
}

/** الخميس، الخميس 23 من كانون الثاني، الأربعاء المقبل، الجمعة الماضية. */
/** The date written after a weekday: 23 من كانون الثاني، الموافق 18/8/1436، 10-10-1436هـ. */
function dateAfterWeekday(r: TokenReader, i: number): Read<Extract<DateSpec, { type: 'calendar' }>> | null {
  let j = skipComma(r, i);
  const corresponding = r.word(j);
  if (corresponding && lookupWord(corresponding, CORRESPONDING_WORDS, CONJUNCTIONS)) j++;
  const dated = longest([dayMonthPhrase(r, j), numericDate(r, j)]);
  return dated && dated.value.type === 'calendar' ? { ...dated, value: dated.value } : null;
}

export function weekdayPhrase(r: TokenReader, i: number): Phrase {
  const wd = weekdayAt(r, i);
  if (!wd) return null;
  const dated = dateAfterWeekday(r, wd.next);
  if (dated) return { value: { ...dated.value, weekday: wd.value }, next: dated.next, prefix: wd.prefix };
  const dir = modifier(r, wd.next);
  const direction: WeekdayDirection = dir === 'past' ? 'past' : dir === 'future' ? 'future'
    : futureBefore(r, i) ? 'on-or-after' : 'on-or-before';
  return { value: { type: 'weekday', weekday: wd.value, direction }, next: dir ? wd.next + 1 : wd.next, prefix: wd.prefix };
}

/**
 * اليوم that ends its clause or opens reported speech is today (أفادت
 * الصحيفة اليوم. / قال الوزير اليوم إن …), unless a word before it makes it
 * "the day" (ذلك اليوم).
 */
function todayEndsClause(r: TokenReader, start: number, next: number): boolean {
  if (previousWord(r, start, TODAY_BEFORE_BLOCKERS)) return false;
  const t = r.tokens[next];
  if (!t || t.breakBefore || (t.kind === 'mark' && '.،,؛:!?'.includes(t.text))) return true;
  return !!t && t.kind === 'word' && TODAY_CLAUSE_AFTER.has(t.text);
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
  if (!first) return null;
  for (const [n, rel] of RELATIVE_DAYS.entries()) {
    const hit = lookupWord(first, RELATIVE_FIRST_WORDS[n]!, CONJUNCTIONS);
    if (!hit || !rel.words.every((w, k) => k === 0 || r.isWord(i + k, w))) continue;
    const after = i + rel.words.length;
    // اليوم (الاثنين)، أمس، الخميس: a comma or brackets may set the weekday off.
    const paren = r.isMark(after, '(');
    const wdRead = weekdayAt(r, paren ? after + 1 : skipComma(r, after));
    const wd = wdRead && (!paren || r.isMark(wdRead.next, ')')) ? { ...wdRead, next: wdRead.next + (paren ? 1 : 0) } : null;
    const word = rel.words.join(' ');
    if (!relativeDayAllowed(r, word, i, after, !!wd)) continue;
    if (!wd) return { value: { type: 'offset', days: rel.offset, word, weekday: null }, next: after, prefix: hit.prefix };
    const dated = paren ? null : dateAfterWeekday(r, wd.next);
    if (dated) {
      const anchor = { word, days: rel.offset };
      return { value: { ...dated.value, weekday: wd.value, anchor }, next: dated.next, prefix: hit.prefix };
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
    return longest([numericDate(r, i), dayMonthPhrase(r, i), bareYear(r, i, afterDate), markedYearPhrase(r, i)]);
  }
  if (t.kind !== 'word' || !mayStartDate(t.text)) return null;
  return longest([
    periodPartPhrase(r, i), relativeDayPhrase(r, i), weekdayPhrase(r, i), dayMonthPhrase(r, i),
    firstOfMonthPhrase(r, i), monthPhrase(r, i, afterDate), yearPhrase(r, i),
  ]);
}
