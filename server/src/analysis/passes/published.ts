// Inferring the publication date from the text (GUIDELINES §5): a weekday
// with a day and month (الخميس 23 من كانون الثاني) fixes the year among the
// latest year the article names and the year after it, and the day word
// before it (أمس) fixes publication relative to that day.
import { ENGLISH_WEEKDAYS } from '../lexicon/calendar.js';
import { ENGLISH_MONTHS } from '../lexicon/months.js';
import type { DateSpec } from './dates-parse.js';
import { gregorianDayNumber, weekdayOf } from './hijri.js';
import { isoOfDayNumber } from './dates-resolve.js';

export interface PublicationInference {
  /** Day number (days since 1970-01-01). */
  published: number;
  evidence: string;
}

/** A parsed mention with the original text of the day word that anchors it, if any. */
export interface AnchoredSpec {
  spec: DateSpec;
  anchorText: string | null;
}

/** The latest Gregorian year the article writes out, or null. */
function latestYearNamed(specs: DateSpec[]): number | null {
  let latest: number | null = null;
  for (const s of specs) {
    if ((s.type === 'calendar' || s.type === 'year') && s.calendar === 'gregorian' && s.year?.kind === 'fixed') {
      latest = Math.max(latest ?? s.year.year, s.year.year);
    }
  }
  return latest;
}

function afterPhrase(days: number): string {
  if (days === 0) return 'that same day';
  if (days > 0) return days === 1 ? 'the next day' : `${days} days later`;
  return days === -1 ? 'the day before' : `${-days} days before`;
}

export function inferPublished(items: AnchoredSpec[]): PublicationInference | null {
  const latest = latestYearNamed(items.map((i) => i.spec));
  if (latest === null) return null;
  for (const { spec, anchorText } of items) {
    if (spec.type !== 'calendar' || spec.calendar !== 'gregorian' || spec.year || !spec.day) continue;
    if (spec.weekday === null || !spec.anchor) continue;
    for (const year of [latest, latest + 1]) {
      const day = gregorianDayNumber(year, spec.month, spec.day);
      if (weekdayOf(day) !== spec.weekday) continue;
      const published = day - spec.anchor.days;
      const evidence = `${ENGLISH_WEEKDAYS[spec.weekday]} ${spec.day} ${ENGLISH_MONTHS[spec.month - 1]} falls in ${year} ` +
        `(latest year named ${latest}); '${anchorText ?? spec.anchor.word}' makes publication ${afterPhrase(-spec.anchor.days)}` +
        ` (${isoOfDayNumber(published)})`;
      return { published, evidence };
    }
  }
  return null;
}
