// The words a date phrase can begin with, in every prefixed form (وأمس،
// بالعام، للعام …). Most words of an article begin none: the dates grammar
// tries its phrases only at numbers and at these words, which keeps the
// pass cheap on long texts. A superset is harmless (the phrases still
// decide); a word missing here would lose dates, so every table the
// phrases of dates-parse.ts start from is listed.
import {
  AGO_WORDS, DAY_WORDS, DECADES, FEMININE_ORDINAL_UNITS, FIRST_OF_MONTH, ORDINAL_ROUND, ORDINAL_UNITS, PERIOD_NOUNS, PERIOD_PARTS, RELATIVE_DAYS, THIS_WORDS, WEEKDAYS, YEAR_WORDS,
} from '../lexicon/calendar.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../lexicon/months.js';
import { WordSet } from '../text/word-set.js';
import { cliticSpellings } from './clitics.js';

/** The families of date phrases, as bits: which phrase readers a start word calls. */
export const STARTS = {
  periodPart: 1, relativeDay: 2, weekday: 4, dayMonth: 8, firstOfMonth: 16, month: 32, year: 64, decade: 128, ago: 256,
} as const;

/** Every prefixed form of the words, each with the families it may start. */
function withPrefixes(families: Array<[number, Iterable<string>]>): Map<string, number> {
  const forms = new Map<string, number>();
  const add = (form: string, bit: number): void => { forms.set(form, (forms.get(form) ?? 0) | bit); };
  for (const [bit, words] of families) {
    // ل + العام is written للعام
    for (const w of words) for (const form of cliticSpellings(w, true)) add(form, bit);
  }
  return forms;
}

/** Every start word with the families it may start (token-lexicons.ts puts them on each token). */
export const FAMILIES = withPrefixes([
  [STARTS.periodPart, PERIOD_PARTS],
  [STARTS.relativeDay, RELATIVE_DAYS.map((r) => r.words[0]!)],
  [STARTS.weekday, Object.keys(WEEKDAYS)],
  [STARTS.dayMonth, [...DAY_WORDS, ...Object.keys(ORDINAL_UNITS), ...Object.keys(FEMININE_ORDINAL_UNITS), ...Object.keys(ORDINAL_ROUND)]],
  [STARTS.firstOfMonth, FIRST_OF_MONTH],
  [STARTS.month, [...GREGORIAN_MONTHS, ...HIJRI_MONTHS].map((m) => m.words[0]!)],
  [STARTS.year, [...THIS_WORDS, ...Object.keys(PERIOD_NOUNS), ...YEAR_WORDS]],
  [STARTS.decade, Object.keys(DECADES)],
  [STARTS.ago, AGO_WORDS],
]);
const START_WORDS = new WordSet(FAMILIES.keys());

/** The families of date phrases that may begin with this normalized word (0: none). */
export function startFamilies(word: string): number {
  return START_WORDS.has(word) ? FAMILIES.get(word)! : 0;
}
