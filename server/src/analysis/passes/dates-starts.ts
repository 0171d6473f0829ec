// The words a date phrase can begin with, in every prefixed form (وأمس،
// بالعام، للعام …). Most words of an article begin none: the dates grammar
// tries its phrases only at numbers and at these words, which keeps the
// pass cheap on long texts. A superset is harmless (the phrases still
// decide); a word missing here would lose dates, so every table the
// phrases of dates-parse.ts start from is listed.
import {
  AGO_WORDS, DECADES, FEMININE_ORDINAL_UNITS, FIRST_OF_MONTH, ORDINAL_ROUND, ORDINAL_UNITS, PERIOD_NOUNS, PERIOD_PARTS, RELATIVE_DAYS, THIS_WORDS, WEEKDAYS, YEAR_WORDS,
} from '../lexicon/calendar.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../lexicon/months.js';
import { WordSet } from '../text/word-set.js';
import { ALL_PREFIXES } from './dates-tokens.js';

function withPrefixes(words: Iterable<string>): WordSet {
  const forms = new Set<string>();
  for (const w of words) {
    forms.add(w);
    for (const p of ALL_PREFIXES) {
      forms.add(p + w);
      // ل + العام is written للعام
      if (p.endsWith('ل') && w.startsWith('ال')) forms.add(p + w.slice(1));
    }
  }
  return new WordSet(forms);
}

const START_WORDS = withPrefixes([
  ...PERIOD_PARTS, ...RELATIVE_DAYS.map((r) => r.words[0]!), ...Object.keys(WEEKDAYS), 'اليوم',
  ...Object.keys(ORDINAL_UNITS), ...Object.keys(FEMININE_ORDINAL_UNITS), ...Object.keys(ORDINAL_ROUND), ...FIRST_OF_MONTH, ...Object.keys(DECADES), ...AGO_WORDS,
  ...[...GREGORIAN_MONTHS, ...HIJRI_MONTHS].map((m) => m.words[0]!),
  ...THIS_WORDS, ...Object.keys(PERIOD_NOUNS), ...YEAR_WORDS,
]);

/** True when a date phrase may begin with this normalized word. */
export function mayStartDate(word: string): boolean {
  return START_WORDS.has(word);
}
