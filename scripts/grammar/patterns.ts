// The patterns of the news-article grammar, built from the analysis
// lexicons: the grammar colours the very words the analysis reads as cues,
// months and units, before the server has answered.
import { ATTRIBUTION_PHRASES, CUE_CONTINUATIONS, PARTICIPLE_CUES, VERB_CUES } from '../../server/src/analysis/lexicon/cues.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, type MonthName } from '../../server/src/analysis/lexicon/months.js';
import { MODIFIERS, WEEKDAYS, WEEKDAY_AFTER_BLOCKERS, YEAR_WORDS } from '../../server/src/analysis/lexicon/calendar.js';
import { CURRENCIES, MEASURES, PERCENT_WORDS, UNIT_QUALIFIERS } from '../../server/src/analysis/lexicon/units.js';
import { numberWordEntries } from '../../server/src/analysis/lexicon/numbers.js';
import { DIGIT, MARKS, anyOf, phrase, word } from './spelling.js';

/** Every reporting cue of the lexicon, as written there: verbs, participles, continuations. */
export function cueForms(): string[] {
  return [
    ...VERB_CUES.flatMap((c) => [...c.past, ...c.present]),
    ...Object.values(PARTICIPLE_CUES).flat(),
    ...CUE_CONTINUATIONS,
  ];
}

/** Cues take an attached و or ف (وقال، فأضاف); attribution phrases list their own prefixed forms but may take و too. */
export function cuePattern(): string {
  return `(?:${word(anyOf(cueForms()), 'وف')}|${phrase(ATTRIBUTION_PHRASES, 'و')})`;
}

const monthWords = (m: MonthName): string => m.words.join(' ');

/**
 * Names that are also ordinary words or names (مارس، آب، رمضان، رجب …) are
 * coloured only with a day, a year or a modifier; single-word Hijri months
 * are all of that kind (see lexicon/months.ts).
 */
function isAmbiguous(m: MonthName, hijri: boolean): boolean {
  return Boolean(m.ambiguous) || (hijri && m.words.length === 1);
}

function months(which: 'any' | 'clear'): string {
  const all = [...GREGORIAN_MONTHS.map((m) => ({ m, hijri: false })), ...HIJRI_MONTHS.map((m) => ({ m, hijri: true }))];
  const chosen = which === 'any' ? all : all.filter(({ m, hijri }) => !isAmbiguous(m, hijri));
  return anyOf(chosen.map(({ m }) => monthWords(m)));
}

/** A month name, or two names of one month in two series (أكتوبر/تشرين الأول). */
function monthPair(first: string): string {
  const any = word(months('any'), 'و');
  return `${first}(?:\\s*[/\\-]\\s*${any})?`;
}

const day = `(?<!${DIGIT})${DIGIT}{1,2}(?!${DIGIT})`;
const year = `(?<!${DIGIT})${DIGIT}{4}(?!${DIGIT})(?:\\s*(?:هـ|ه|م)${MARKS}(?![\\p{Arabic}]))?`;
const sep = '[،,]?\\s+';

function datePatterns(): string[] {
  const anyMonth = monthPair(word(months('any'), 'و'));
  const clearMonth = monthPair(word(months('clear'), 'و'));
  const weekday = word(anyOf(Object.keys(WEEKDAYS)), 'وب');
  const modifier = word(anyOf(Object.keys(MODIFIERS)));
  const yearWord = word(anyOf([...YEAR_WORDS]));
  const ofYear = `(?:${sep}(?:من\\s+)?(?:${yearWord}\\s+)?${year})`;
  const notNumberWord = `(?!\\s+${word(anyOf([...WEEKDAY_AFTER_BLOCKERS]))})`;
  return [
    // الخميس 23 من كانون الثاني 2020، 5 يونيو، 12 رمضان 1436 هـ
    `(?:${weekday}${sep})?${day}\\s+(?:من\\s+)?(?:شهر\\s+)?${anyMonth}${ofYear}?`,
    // يناير 2020، عام 2014، عامي 2014 و2015
    `${anyMonth}${ofYear}`,
    `${yearWord}\\s+${year}(?:\\s*[و\\-]\\s*${year})?`,
    // رمضان الماضي، الأربعاء المقبل
    `(?:${anyMonth}|${weekday})\\s+${modifier}`,
    // 18/8/1436
    `(?<!${DIGIT})${DIGIT}{1,2}[/\\-.]${DIGIT}{1,2}[/\\-.]${DIGIT}{4}(?!${DIGIT})`,
    // الخميس 23، يوم الأحد
    `${weekday}${sep}${day}`,
    `${word('يوم')}\\s+${weekday}${notNumberWord}`,
    // في يناير، أيار/مايو
    clearMonth,
  ];
}

/** One pattern for the dates, alternatives in order of preference. */
export function datePattern(): string {
  return `(?:${datePatterns().join('|')})`;
}

/** ألف، مليون، مليارات …: a scale word after digits belongs to the figure. */
function scales(): string[] {
  return numberWordEntries().filter(([, e]) => e.kind === 'scale').map(([w]) => w);
}

/** Digits in every script, with a scale word, percent, a currency or a unit of measure. */
export function figurePattern(): string {
  const number = `(?<!${DIGIT})${DIGIT}+(?:[.,٫٬]${DIGIT}+)*`;
  const scale = `(?:\\s*${word(anyOf(scales()))})`;
  const percent = `(?:\\s*[%٪]|\\s+${phrase(PERCENT_WORDS)})`;
  const unitWords = [...CURRENCIES, ...MEASURES].flatMap(([, forms]) => forms);
  const unit = `(?:\\s+${word(anyOf(unitWords))}(?:\\s+${word(anyOf(UNIT_QUALIFIERS))})?)`;
  return `(?:[$€£]\\s?)?${number}${scale}?(?:${percent}|${unit})?`;
}
