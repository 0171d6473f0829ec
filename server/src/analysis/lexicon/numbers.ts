// Arabic number words (GUIDELINES §4), written as Arabic is written; the
// number-word parser normalizes them once at load. Attached و/ب/ل/ف/ك are
// handled by the parser, not listed here. Ordinals (الثاني، السابع) are
// deliberately absent: they are not quantities.

/**
 * How a word combines with its neighbours:
 * - `one`: واحد/أحد/إحدى/اثنا…, a number only inside a compound (أحد عشر، واحد وعشرون);
 * - `unit`: 2–10, which may take عشر (teens), مئة or a scale after them;
 * - `ten`: عشر/عشرة, the second half of a teen when it follows a unit;
 * - `tens`, `hundred`: added as they come;
 * - `scale`: ألف، مليون، مليار, multiplying what precedes them;
 * - `fraction`: نصف، ربع، ثلث, a number only before a scale (نصف مليون) or after one (مليون ونصف).
 */
export type NumberWordKind = 'one' | 'unit' | 'ten' | 'tens' | 'hundred' | 'scale' | 'fraction';

/** Grammatical number of a scale word: a plural (آلاف) needs a number before it. */
export type ScaleForm = 'singular' | 'dual' | 'plural';

export interface NumberWordEntry {
  value: number;
  kind: NumberWordKind;
  scaleForm?: ScaleForm;
}

const UNITS: Array<[number, string[]]> = [
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنان', 'إثنين']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثماني', 'ثمانية', 'ثمان']],
  [9, ['تسع', 'تسعة']],
];

/** One and the first half of 11/12: numbers only inside a compound. */
const ONES: Array<[number, string[]]> = [
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى']],
  [2, ['اثنا', 'اثني', 'اثنتا', 'اثنتي']],
];

const TEN = ['عشر', 'عشرة'];

const TENS: Array<[number, string[]]> = [
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين']],
  [90, ['تسعون', 'تسعين']],
];

const HUNDRED_STEMS = ['مئة', 'مائة'];
const HUNDRED_DUALS = ['مئتان', 'مئتين', 'مئتا', 'مئتي', 'مائتان', 'مائتين', 'مائتا', 'مائتي'];
/** Prefixes of the one-word hundreds: ثلاثمئة، أربعمائة … */
const HUNDRED_PREFIXES: Array<[number, string[]]> = [
  [3, ['ثلاث']], [4, ['أربع']], [5, ['خمس']], [6, ['ست']],
  [7, ['سبع']], [8, ['ثمان', 'ثماني']], [9, ['تسع']],
];

const SCALES: Array<[number, Record<ScaleForm, string[]>]> = [
  [1e3, { singular: ['ألف', 'ألفا'], dual: ['ألفان', 'ألفين', 'ألفي'], plural: ['آلاف'] }],
  [1e6, { singular: ['مليون', 'مليونا'], dual: ['مليونان', 'مليونين', 'مليوني'], plural: ['ملايين', 'ملاين'] }],
  [1e9, {
    singular: ['مليار', 'مليارا', 'بليون', 'بليونا'],
    dual: ['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين'],
    plural: ['مليارات', 'بلايين'],
  }],
  [1e12, { singular: ['تريليون', 'تريليونا', 'ترليون'], dual: ['تريليونان', 'تريليونين'], plural: ['تريليونات'] }],
];

const FRACTIONS: Array<[number, string[]]> = [
  [0.5, ['نصف']],
  [0.25, ['ربع']],
];

/** Every number word, as written, with its value and how it combines. */
export function numberWordEntries(): Array<[string, NumberWordEntry]> {
  const out: Array<[string, NumberWordEntry]> = [];
  const add = (forms: string[], entry: NumberWordEntry) => forms.forEach((f) => out.push([f, entry]));
  for (const [value, forms] of ONES) add(forms, { value, kind: 'one' });
  for (const [value, forms] of UNITS) add(forms, { value, kind: 'unit' });
  add(TEN, { value: 10, kind: 'ten' });
  for (const [value, forms] of TENS) add(forms, { value, kind: 'tens' });
  add(HUNDRED_STEMS, { value: 100, kind: 'hundred' });
  add(HUNDRED_DUALS, { value: 200, kind: 'hundred' });
  for (const [n, prefixes] of HUNDRED_PREFIXES) {
    for (const p of prefixes) add(HUNDRED_STEMS.map((h) => p + h), { value: n * 100, kind: 'hundred' });
  }
  for (const [value, forms] of SCALES) {
    for (const scaleForm of ['singular', 'dual', 'plural'] as const) {
      add(forms[scaleForm], { value, kind: 'scale', scaleForm });
    }
  }
  for (const [value, forms] of FRACTIONS) add(forms, { value, kind: 'fraction' });
  return out;
}

/**
 * Surface forms that read as a number word after stripping a prefix but are
 * usually something else: لست (I am not), وست/بست are rarer but harmless.
 */
export const NOT_NUMBER_WORDS = ['لست', 'لستم', 'لستن'];

/**
 * Scale words in the dual construct before their noun: ألفا رجل is two
 * thousand men (a singular ألفًا never stands in construct), مليونا شخص two
 * million people.
 */
export const DUAL_CONSTRUCT_SCALES = ['ألفا', 'مليونا', 'مليارا'];

/** "One" after a noun (مرة واحدة، شخص واحد). */
export const ONE_WORDS = ['واحد', 'واحدة'];
