// The small pieces of the dates grammar, each reading tokens from index i
// and returning what it read and the index after it (or null): a month name
// (with its paired form), a day, a year.
import { GREGORIAN_MONTHS, HIJRI_MONTHS, type MonthName } from '../lexicon/months.js';
import {
  AMOUNT_AFTER, DAY_WORDS, FEMININE_ORDINAL_UNITS, GENERAL_NOUNS, GREGORIAN_YEAR_MARK, HIJRI_YEAR_MARK, LAST_DAY_WORDS, MODIFIERS, ORDINAL_ROUND, ORDINAL_TENS, ORDINAL_UNITS,
  PERIOD_DIVISIONS, PERIOD_NOUNS, THIS_WORDS, YEAR_WORDS, type Direction,
} from '../lexicon/calendar.js';
import { isConjunction } from './clitics.js';
import { STARTS } from './dates-starts.js';
import { lookup, lookupWord, type Token } from './dates-tokens.js';
import { tokenAt } from './tokens.js';

export type Calendar = 'gregorian' | 'hijri';

/** Day of the month that stands for "the last day" (اليوم الأخير من رمضان). */
export const LAST_DAY = -1;

/** A year as written: a number, or counted from publication (العام الماضي → −1). */
export type YearSpec = { kind: 'fixed'; year: number } | { kind: 'relative'; delta: number };

export interface Read<T> {
  value: T;
  /** Token index after what was read. */
  next: number;
  /** Letters of an attached prefix (و، ب …) on the first token, left out of the mention. */
  prefix: number;
}

export class TokenReader {
  constructor(readonly tokens: readonly Token[]) {}

  /**
   * The token at i, or undefined past either end. The readers look one token
   * around freely: the bounds test saves the deopt (and recompile of every
   * date reader they are inlined in) that a read past the array's end makes.
   */
  token(i: number): Token | undefined {
    return tokenAt(this.tokens, i);
  }

  word(i: number): string | null {
    const t = this.token(i);
    return t && t.kind === 'word' ? t.norm : null;
  }

  number(i: number): number | null {
    const t = this.token(i);
    return t && t.kind === 'number' && t.norm.length <= 4 ? Number(t.norm) : null;
  }

  isMark(i: number, marks: string): boolean {
    const t = this.token(i);
    return !!t && t.kind === 'mark' && marks.includes(t.norm);
  }

  isWord(i: number, word: string): boolean {
    return this.word(i) === word;
  }

  /**
   * The word at i when a date phrase of one of `families` may begin with it
   * (dates-starts.ts STARTS), else null. The families list every clitic
   * spelling the lookups accept, so a word without them is in none of their
   * tables: one bit test instead of lookups under each clitic.
   */
  familyWord(i: number, families: number): string | null {
    const t = this.token(i);
    return t && t.kind === 'word' && (t.dateFamilies & families) !== 0 ? t.norm : null;
  }
}

function byFirstWord(names: MonthName[]): Map<string, MonthName[]> {
  const map = new Map<string, MonthName[]>();
  for (const n of names) map.set(n.words[0]!, [...(map.get(n.words[0]!) ?? []), n]);
  return map;
}
const GREGORIAN_BY_FIRST = byFirstWord(GREGORIAN_MONTHS);
const HIJRI_BY_FIRST = byFirstWord(HIJRI_MONTHS);
const UNITS = new Map([...Object.entries(ORDINAL_UNITS), ...Object.entries(FEMININE_ORDINAL_UNITS)]);
const FEMININE = new Set(Object.keys(FEMININE_ORDINAL_UNITS));

/** A feminine ordinal (الثانية), which after a weekday counts weekdays, not days of the month. */
export function isFeminineOrdinal(r: TokenReader, i: number): boolean {
  const w = r.familyWord(i, STARTS.dayMonth);
  return !!w && !!lookupWord(w, FEMININE, 'conjunction');
}
const ROUNDS = new Map(Object.entries(ORDINAL_ROUND));
/** A Map, as MODIFIER_TABLE: the word after each ordinal is looked up without interning it first. */
const TENS = new Map(Object.entries(ORDINAL_TENS));
const PERIODS = new Map(Object.entries(PERIOD_NOUNS));

export interface MonthRead {
  month: number;
  calendar: Calendar;
  /** The name is also an ordinary word and needs a day, year, modifier or pair to be a month. */
  ambiguous: boolean;
}

/** One month name, the longest that fits (كانون الثاني before a lone كانون). */
function monthName(r: TokenReader, i: number, table: Map<string, MonthName[]>, calendar: Calendar): Read<MonthRead> | null {
  const first = r.word(i);
  if (!first) return null;
  const hit = lookup(first, table, 'all');
  if (!hit) return null;
  let best: Read<MonthRead> | null = null;
  for (const name of hit.entry) {
    if (name.ambiguous && hit.prefix > 0 && !isConjunction(first.slice(0, hit.prefix))) continue;
    const fits = name.words.every((w, k) => k === 0 || r.isWord(i + k, w));
    if (fits && (!best || i + name.words.length > best.next)) {
      best = { value: { month: name.month, calendar, ambiguous: !!name.ambiguous }, next: i + name.words.length, prefix: hit.prefix };
    }
  }
  return best;
}

/**
 * A Gregorian month with its paired form, if any: أكتوبر/تشرين الأول،
 * أيلول (سبتمبر)، مايو أيار. A pair is never ambiguous.
 */
export function gregorianMonth(r: TokenReader, i: number): Read<MonthRead> | null {
  const m = monthName(r, i, GREGORIAN_BY_FIRST, 'gregorian');
  if (!m) return null;
  const j = m.next;
  const open = r.isMark(j, '/(-');
  const pair = monthName(r, open ? j + 1 : j, GREGORIAN_BY_FIRST, 'gregorian');
  if (!pair || pair.prefix > 0) return m;
  const next = r.isMark(j, '(') && r.isMark(pair.next, ')') ? pair.next + 1 : pair.next;
  return { value: { ...m.value, ambiguous: false }, next, prefix: m.prefix };
}

export function hijriMonth(r: TokenReader, i: number): Read<MonthRead> | null {
  return monthName(r, i, HIJRI_BY_FIRST, 'hijri');
}

export function anyMonth(r: TokenReader, i: number): Read<MonthRead> | null {
  // a word no month name begins with under any clitics says so by its token's date families (dates-starts.ts
  // lists every clitic spelling the lookups accept): after each number, no lookups in both month tables
  if (r.familyWord(i, STARTS.month) === null) return null;
  return gregorianMonth(r, i) ?? hijriMonth(r, i);
}

/** A day of the month: 1–31 in digits, or an ordinal (الثالث، الحادي والعشرين) that `من` must follow. */
export function dayOfMonth(r: TokenReader, i: number): Read<number> | null {
  // اليوم الأول من يوليو، اليوم الأخير من رمضان.
  const w0 = r.familyWord(i, STARTS.dayMonth);
  const day = w0 ? lookupWord(w0, DAY_WORDS, 'conjunction') : null;
  if (day) {
    const last = LAST_DAY_WORDS.has(r.word(i + 1) ?? '') && r.isWord(i + 2, 'من');
    const inner = last ? { value: LAST_DAY, next: i + 2, prefix: 0 } : r.word(i + 1) ? ordinalDay(r, i + 1) : null;
    return inner && inner.prefix === 0 ? { ...inner, prefix: day.prefix } : null;
  }
  return ordinalDay(r, i);
}


/** 1–31 in digits, or an ordinal that `من` must follow. */
function ordinalDay(r: TokenReader, i: number): Read<number> | null {
  const n = r.number(i);
  if (n !== null) return n >= 1 && n <= 31 && r.tokens[i]!.norm.length <= 2 ? { value: n, next: i + 1, prefix: 0 } : null;
  const w = r.familyWord(i, STARTS.dayMonth);
  const unit = w ? lookup(w, UNITS, 'conjunction') : null;
  const round = w ? lookup(w, ROUNDS, 'conjunction') : null;
  let value: number, next: number;
  if (round) { value = round.entry; next = i + 1; }
  else if (unit) {
    const tens = TENS.get(r.word(i + 1) ?? '');
    value = unit.entry + (tens ?? 0); next = tens ? i + 2 : i + 1;
  } else return null;
  if (!r.isWord(next, 'من') || value > 31) return null;
  const prefix = (unit ?? round)!.prefix;
  return prefix === 0 && qualifiesNoun(r, i) ? null : { value, next, prefix };
}

/**
 * An ordinal after a part of a period is its adjective (النصف الثاني من
 * رمضان، الأسبوع الأول من يوليو), not a day of the month.
 */
function qualifiesNoun(r: TokenReader, i: number): boolean {
  const word = r.word(i - 1);
  return !!word && PERIOD_DIVISIONS.has(word.replace(/^(?:[وف]?[بل]?|[وف])(?=ال)/, ''));
}

/**
 * Where the digits of a year begin: at i, or after a full stop that some
 * outlets glue to the year after a space (عام .2011، آذار/مارس .2011).
 */
export function yearDigitsAt(r: TokenReader, i: number): number {
  const dot = r.token(i), digits = r.token(i + 1), before = r.token(i - 1);
  const stray = dot?.kind === 'mark' && dot.norm === '.' && digits?.kind === 'number' && digits.from === dot.to
    && digits.norm.length === 4 && (!before || before.to < dot.from);
  return stray ? i + 1 : i;
}

/** A number with the year mark written after it: 2019م، 1436هـ، 1436 هـ. */
export function markedYear(r: TokenReader, at: number): Read<{ year: number; calendar: Calendar | null }> | null {
  const i = yearDigitsAt(r, at);
  const n = r.number(i);
  if (n === null) return null;
  const mark = r.word(i + 1);
  if (mark === GREGORIAN_YEAR_MARK) return { value: { year: n, calendar: 'gregorian' }, next: i + 2, prefix: 0 };
  if (mark === HIJRI_YEAR_MARK) return { value: { year: n, calendar: 'hijri' }, next: i + 2, prefix: 0 };
  return { value: { year: n, calendar: null }, next: i + 1, prefix: 0 };
}

/** A year number that fits the calendar: Hijri years are 1300–1500 unless marked هـ. */
export function yearNumber(r: TokenReader, i: number, calendar: Calendar, minDigits = 4): Read<number> | null {
  const y = markedYear(r, i);
  if (!y) return null;
  const { year, calendar: mark } = y.value;
  if (isAmount(r, y.next)) return null;
  // Old Hijri years are short (11 صفر 309هـ) but always carry the mark.
  if (r.tokens[yearDigitsAt(r, i)]!.norm.length < (mark === 'hijri' ? 3 : minDigits)) return null;
  if (mark && mark !== calendar) return null;
  const fits = calendar === 'hijri' ? mark === 'hijri' || (year >= 1300 && year <= 1500) : year >= 1000 && year <= 2199;
  return fits ? { value: year, next: y.next, prefix: 0 } : null;
}

/**
 * True when the number before token i goes on as an amount: a decimal part
 * (213.3) or a scale word or currency (213 مليون ريال). Such a number is
 * never a year.
 */
export function isAmount(r: TokenReader, i: number): boolean {
  const t = r.token(i), after = r.token(i + 1), before = r.token(i - 1);
  if (t?.kind === 'mark' && '.,٫،'.includes(t.norm) && after?.kind === 'number' && before?.to === t.from && t.to === after.from) return true;
  const w = r.word(i);
  return !!w && !!lookupWord(w, AMOUNT_AFTER, 'conjunction');
}

/** A modifier word (الماضي، الجاري، المقبل …). */
export function modifier(r: TokenReader, i: number): Direction | null {
  const w = r.word(i);
  return w === null ? null : MODIFIER_TABLE.get(w) ?? null;
}
/** A Map, not the record: a keyed load with a word cut from the text interns the string first, a Map.get only hashes it. */
const MODIFIER_TABLE = new Map(Object.entries(MODIFIERS));

const DELTA: Record<Direction, number> = { past: -1, current: 0, future: 1 };

/** The period a relative period noun names (الأسبوع، الشهر، العام). */
export type PeriodUnit = 'week' | 'month' | 'year';

/**
 * A period counted from publication: الشهر الجاري، العام الماضي، هذا العام.
 * `العام` after الأمين، المدير … is an adjective (الأمين العام الحالي).
 */
export function relativePeriod(r: TokenReader, i: number): Read<{ unit: PeriodUnit; delta: number }> | null {
  // (the demonstrative and the period noun both carry the year family)
  const w = r.familyWord(i, STARTS.year);
  if (!w) return null;
  // لهذا العام، بهذا العام: ل and ب attach to the demonstrative.
  const demonstrative = lookupWord(w, THIS_WORDS);
  const nounAt = demonstrative ? i + 1 : i;
  const nounWord = demonstrative ? r.familyWord(nounAt, STARTS.year) : w;
  const noun = nounWord ? lookup(nounWord, PERIODS) : null;
  if (!noun || (demonstrative && noun.prefix > 0)) return null;
  if (!demonstrative && noun.prefix === 0 && GENERAL_NOUNS.has(r.word(i - 1) ?? '')) return null;
  if (demonstrative) return { value: { unit: noun.entry, delta: 0 }, next: nounAt + 1, prefix: demonstrative.prefix };
  const dir = modifier(r, nounAt + 1);
  return dir ? { value: { unit: noun.entry, delta: DELTA[dir] }, next: nounAt + 2, prefix: noun.prefix } : null;
}

/**
 * The year written after a month: `2019`، `2019م`، `من عام 2019`،
 * `من العام الماضي`، `العام الجاري`.
 */
export function yearAfterMonth(r: TokenReader, i: number, calendar: Calendar): Read<YearSpec> | null {
  let j = i;
  const from = r.isWord(j, 'من');
  if (from) j++;
  const rel = relativePeriod(r, j);
  if (rel && rel.value.unit === 'year' && rel.prefix === 0) return { value: { kind: 'relative', delta: rel.value.delta }, next: rel.next, prefix: 0 };
  const yearWord = YEAR_WORDS.has(r.word(j) ?? '');
  if (yearWord) j++;
  else if (from) return null;
  const y = yearNumber(r, j, calendar, yearWord ? 3 : 4);
  return y ? { value: { kind: 'fixed', year: y.value }, next: y.next, prefix: 0 } : null;
}
