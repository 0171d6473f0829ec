// Boilerplate found by the shape of runs of lines rather than by their words:
//  - related-story headlines dropped between two paragraphs of the body (a
//    run of two or more lines shaped as headlines, not a list);
//  - teasers of other stories appended after the body: a run of paragraphs at
//    the end that each open a story of their own (none goes on with the one
//    before, and several read as a news lead: a reporting verb first, a
//    weekday between commas, a dateline). They carry quotations of their own,
//    which would otherwise become claims of this article.
import { VERB_CUES } from '../lexicon/cues.js';
import { DAY_PARTS, WEEKDAYS } from '../lexicon/calendar.js';
import { LEAD_DAY_QUALIFIERS } from '../lexicon/boilerplate.js';
import { normalize } from '../text/normalize.js';
import { continues, endsSentence, firstWord, OPENING, type LineView } from './boilerplate-lines.js';

/** Two or more headline-shaped lines between paragraphs of the body: links to related stories. */
export function markHeadlineRuns(views: LineView[], marked: Set<number>): void {
  let n = 1;
  while (n < views.length) {
    if (!isRelatedHeadline(views[n]!, marked)) { n++; continue; }
    let end = n;
    while (end < views.length && isRelatedHeadline(views[end]!, marked)) end++;
    if (end - n >= 2 && opensRun(views[n - 1]!, marked) && closesRun(views[end])) {
      for (let k = n; k < end; k++) marked.add(views[k]!.line.index);
    }
    n = end;
  }
}

/** `الشرطة البريطانية: كوريا الشمالية وراء الهجوم`: a headline of four words or more, not an item of a list. */
function isRelatedHeadline(v: LineView, marked: Set<number>): boolean {
  if (marked.has(v.line.index) || v.bullet || v.separator) return false;
  if (v.words < 4 || v.words > 16 || v.shape !== 'headline' || continues(v.core)) return false;
  // a question is the subheading of an explainer's section (`كيف يصل المرشح إلى الحكم؟`)
  const mark = v.last;
  if (mark === '.' || mark === ':' || mark === '!' || mark === '،' || mark === '؟' || mark === '?') return false;
  return !ENUMERATED.test(v.core);
}
const ENUMERATED = /^(?:\d{1,2}|[a-z])\s?[-.)–]/;

/**
 * The line above the run is a paragraph of the body that ends its sentence:
 * not one that announces a list (`وجاءت القائمة كالآتي:`), nor prose
 * broken into lines (a column wrapped by hand).
 */
function opensRun(v: LineView, marked: Set<number>): boolean {
  return v.line.index > 0 && !marked.has(v.line.index) && v.shape === 'paragraph' && endsSentence(v);
}

/** The body goes on below the run. */
function closesRun(v: LineView | undefined): boolean {
  return !!v && v.shape === 'paragraph';
}

/**
 * Teasers after the body. From the end (past furniture already found), the
 * run of story-sized paragraphs that do not go on with the one before; when
 * two of them or more open like a news lead, the run from its first lead
 * down is appended matter. The title and the first paragraph are never in it.
 */
export function markAppendedLeads(views: LineView[], marked: Set<number>): void {
  let end = views.length;
  while (end > 0 && marked.has(views[end - 1]!.line.index)) end--;
  let start = end;
  while (start > 2 && opensStory(views[start - 1]!, marked)) start--;
  let first = -1, leads = 0, dated = false;
  for (let k = start; k < end; k++) {
    const lead = leadKind(views[k]!);
    if (!lead) continue;
    leads++;
    if (first < 0) first = k;
    dated ||= lead === 'dated';
  }
  // Two leads at least, one paragraph in three from the first (an interview's
  // questions are not teasers), and one that dates or places its story (a
  // row of `قال فلان إن …` is one story quoting several people).
  if (leads < 2 || leads * 3 < end - first || !dated) return;
  for (let k = first; k < end; k++) marked.add(views[k]!.line.index);
}

/**
 * A paragraph that may open a story of its own: not bulleted (the items of a
 * list or an interview), not going on with the last (`وقال …`; a verb whose
 * root begins with و, `وصف`, is no conjunction).
 */
function opensStory(v: LineView, marked: Set<number>): boolean {
  return !marked.has(v.line.index) && !v.bullet && v.words >= 10 && (!continues(v.core) || pastCues.has(firstWord(v.core)));
}

const pastCues = new Set(VERB_CUES.flatMap((c) => c.past.map(normalize)));
const dayWords = new Set([...Object.keys(WEEKDAYS), ...DAY_PARTS, ...LEAD_DAY_QUALIFIERS.map(normalize)]);
/** A lead names its day between commas early: `قال الوزير، الأحد، إن …`. Only the opening words are read. */
const LEAD_HEAD = OPENING;

/**
 * `أعلنت الوزارة، الأحد، أن …`, `دبي، الإمارات (CNN)-- …`: the first paragraph
 * of a story, `dated` when it names its day or place, `cue` when it only opens
 * with a reporting verb.
 */
function leadKind(v: LineView): 'dated' | 'cue' | null {
  const head = v.core.length > LEAD_HEAD ? v.core.slice(0, LEAD_HEAD) : v.core;
  if (hasDateline(head) || hasDayBetweenCommas(head)) return 'dated';
  return pastCues.has(firstWord(head)) ? 'cue' : null;
}

/** A place, then the outlet in brackets and a dash: `دبي، الإمارات العربية المتحدة (CNN)--`. */
function hasDateline(head: string): boolean {
  const close = head.indexOf(')');
  if (close < 0 || close > 100 || head.lastIndexOf('(', close) < 0) return false;
  let k = close + 1;
  if (head[k] === ' ') k++;
  return k < head.length && '-–—'.includes(head[k]!);
}

/** `، الأحد،`, `، مساء الخميس،`, `، يوم الاثنين،`: a weekday phrase set off by commas. */
function hasDayBetweenCommas(head: string): boolean {
  let from = 0;
  for (;;) {
    const comma = head.indexOf('،', from);
    if (comma < 0) return false;
    const next = head.indexOf('،', comma + 1);
    if (next < 0) return false;
    const between = next - comma <= 24 ? head.slice(comma + 1, next).trim().split(' ') : [];
    if (between.some((w) => Object.hasOwn(WEEKDAYS, w)) && between.every((w) => dayWords.has(w))) return true;
    from = next;
  }
}
