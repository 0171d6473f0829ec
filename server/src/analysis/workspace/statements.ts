// What the event grouping needs of each claim, read once when an article is
// added: the day it was said (day precision only), its venue, and, in an
// article whose publication date is unknown, the weekday the text gives
// (قال جيفري، الخميس، …): enough to place it in an event another article dates.
import type { Article, Claim, DateMention } from '../model.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import { normalize } from '../text/normalize.js';
import { isDay } from './dates.js';
import { venueOf } from './venues.js';

export interface Statement {
  claim: Claim;
  /** The day it was said, or null. */
  day: string | null;
  /** For an undated claim of an undated article: the weekday the text names (0 is Sunday). */
  weekday: number | null;
  venue: string | null;
}

/** How far past the cue the date of a statement may be written (قال جيفري المبعوث …، الخميس، إن). */
const DATE_AFTER_CUE = 80;

function weekdayIn(mention: DateMention): number | null {
  if (mention.value !== null || mention.precision !== 'day') return null;
  for (const word of normalize(mention.text).split(' ')) {
    const day = WEEKDAYS[word];
    if (day !== undefined) return day;
  }
  return null;
}

/** The last date mention written before the claim's words (or just after its cue). */
function lastMentionBefore(article: Article, claim: Claim): DateMention | null {
  const limit = Math.min(claim.end, claim.cue.end + DATE_AFTER_CUE);
  let last: DateMention | null = null;
  for (const d of article.dates) {
    if (d.start >= limit) break;
    last = d;
  }
  return last;
}

export function statementsOf(article: Article): Statement[] {
  return article.claims.map((claim) => {
    const day = isDay(claim.date) ? claim.date : null;
    const mention = day === null && article.published === null ? lastMentionBefore(article, claim) : null;
    return { claim, day, weekday: mention ? weekdayIn(mention) : null, venue: venueOf(article, claim) };
  });
}
