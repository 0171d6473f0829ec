// The outlet, when the article names it (README: `outlet`). In order of
// trust: the source line (`المصدر: RT Arabic`, the last one that names an
// outlet), a dateline at the head of the article (`SY24 -خاص`, `(رويترز) -`,
// `القاهرة - أ ش أ`, `واس -`, `بغداد/ المدى`), and the site naming itself in
// its furniture (`ادعم عنب بلدي`, `خاص بـ«الشرق الأوسط»`, `رابط الخبر
// بصحيفة الوئام:`). Furniture is
// searched too: that is where a site names itself. A byline (`كتب محمد
// خليفة`) names a person, not an outlet.
import type { Line, Span } from '../model.js';
import { inBoilerplate, type Doc } from './doc.js';
import { alternationOf, escapeRegex } from '../text/alternation.js';
import { normalize, toNormalizedOffset, toOriginalSpan } from '../text/normalize.js';
import * as lex from '../lexicon/outlets.js';
import { DONATION_PREFIX, PERMALINK_PHRASES } from '../lexicon/boilerplate.js';

export interface OutletFinding {
  outlet: string | null;
  evidence: Span | null;
}

/** How many non-blank lines at the head of the article may carry a dateline. */
const DATELINE_LINES = 5;
/** A dateline sits at the very start of its line; this much of the line is enough. */
const DATELINE_REACH = 120;

export function findOutlet(doc: Doc): OutletFinding {
  return fromSourceLine(doc) ?? fromDateline(doc) ?? fromSelfNaming(doc) ?? fromPermalink(doc) ?? { outlet: null, evidence: null };
}

// ---- patterns, built once from the lexicon (normalized like the text) ----

const AGENCY = alternationOf(lex.NEWS_AGENCIES);
const DASH = '[-–—]';
const WORD = '[^\\s\\-–—:/()،]+';
const END = '(?=$|[\\s:،.\\-–—])';
const generic = new Set(lex.GENERIC_SOURCES.map(normalize));
const weekdays = new Set(lex.WEEKDAYS.map(normalize));
const agencies = new Set(lex.NEWS_AGENCIES.map((a) => normalize(a).toLowerCase()));
const nonNames = new Set(lex.DONATION_NON_NAMES.map(normalize));

const SOURCE_LINE = /^المصدر ?: ?([^.!؟?\n]{2,60})$/d;
const DATELINES: RegExp[] = [
  // SY24 -خاص, عنب بلدي – خاص
  new RegExp(`^(${WORD}(?: ${WORD}){0,2}) ?${DASH} ?${escapeRegex(normalize(lex.EXCLUSIVE_WORD))}${END}`, 'd'),
  // واس - / أ ش أ:
  new RegExp(`^(${AGENCY}) ?[-–—:]`, 'd'),
  // القاهرة - أ ش أ / الرياض/ واس
  new RegExp(`^${WORD}(?: ${WORD})? ?[-–—/] ?(${AGENCY})${END}`, 'd'),
  // واشنطن (رويترز) - / (AFP) -
  new RegExp(`^(?:${WORD} ){0,2}\\(([^()]{1,30})\\) ?[-–—:]`, 'd'),
  // بغداد/ المدى
  new RegExp(`^${WORD}(?: ${WORD})? ?/ ?(ال${WORD}(?: ال${WORD}){0,2})(?=$| ?[-–—:])`, 'd'),
  new RegExp(`^${WORD}(?: ${WORD})? ?/ ?(ال${WORD}) `, 'd'),
];
const DONATION = new RegExp(`^${escapeRegex(normalize(DONATION_PREFIX))} ([^.!؟?:]{2,40}?)[.!]*$`, 'd');
// خاص بـ«الشرق الأوسط» (a syndicated piece, exclusive to the site that runs it)
const EXCLUSIVE_TO = new RegExp(`(?:^|[\\s*\\-–—])${escapeRegex(normalize(lex.EXCLUSIVE_WORD))} ب ?["{]([^"{}\\n]{2,40})["}]$`, 'd');
const PERMALINK = new RegExp(`(?:${alternationOf(PERMALINK_PHRASES)}) ?ب?(?:${alternationOf(lex.SITE_WORDS)}) ([^\\n:]{1,40}?) ?:`, 'd');

// ---- the sources, in order ----

function fromSourceLine(doc: Doc): OutletFinding | null {
  let best: OutletFinding | null = null, bestInBody = false;
  for (const line of doc.segments.lines) {
    const found = lineMatch(doc, line, SOURCE_LINE, Infinity);
    if (!found?.outlet || generic.has(normalize(found.outlet)) || found.outlet.split(/\s+/).length > 6) continue;
    const inBody = !inBoilerplate(doc, line.start);
    if (inBody || !bestInBody) { best = found; bestInBody = inBody; }
  }
  return best;
}

function fromDateline(doc: Doc): OutletFinding | null {
  let seen = 0;
  for (const line of doc.segments.lines) {
    if (line.blank || inBoilerplate(doc, line.start)) continue;
    if (seen++ >= DATELINE_LINES) break;
    for (const re of DATELINES) {
      const found = lineMatch(doc, line, re, DATELINE_REACH);
      if (found?.outlet && plausibleName(found.outlet)) return found;
    }
  }
  return null;
}

/** A credit in a dateline: an agency, a Latin name, or a name with the article ال; never a weekday. */
function plausibleName(name: string): boolean {
  const n = normalize(name);
  if (weekdays.has(n) || generic.has(n) || /\d/.test(n) && !/[a-z]/i.test(n)) return false;
  return agencies.has(n.toLowerCase()) || /[a-z]/i.test(n) || n.split(' ').every((w) => w.startsWith('ال'));
}

/** The site naming itself in a short line: `ادعم عنب بلدي`, `خاص بـ«الشرق الأوسط»`. */
function fromSelfNaming(doc: Doc): OutletFinding | null {
  for (const line of doc.segments.lines) {
    const credit = lineMatch(doc, line, EXCLUSIVE_TO, Infinity);
    if (credit) return credit;
    const found = lineMatch(doc, line, DONATION, Infinity);
    const first = found?.outlet ? normalize(found.outlet).split(' ')[0] ?? '' : '';
    if (found?.outlet && first && !nonNames.has(first) && found.outlet.split(/\s+/).length <= 4) return found;
  }
  return null;
}

/** `رابط الخبر بصحيفة الوئام:` names the site. */
function fromPermalink(doc: Doc): OutletFinding | null {
  const group = PERMALINK.exec(doc.norm.text)?.indices?.[1];
  return group ? groupFinding(doc, group[0], group[1]) : null;
}

// ---- matching one line on its normalized text ----

/** The longest line a source line or donation appeal can be. */
const SHORT_LINE = 200;

/**
 * Runs `re` (group 1 = the name; compiled with the `d` flag) on a line's
 * normalized text, cut to `reach` characters, and maps the name back.
 */
function lineMatch(doc: Doc, line: Line, re: RegExp, reach: number): OutletFinding | null {
  if (line.blank) return null;
  const a = toNormalizedOffset(doc.norm, line.start);
  const b = toNormalizedOffset(doc.norm, line.end);
  if (reach === Infinity && b - a > SHORT_LINE) return null;
  const raw = doc.norm.text.slice(a, Math.min(b, a + reach));
  const lead = raw.length - raw.trimStart().length;
  const group = re.exec(raw.trim())?.indices?.[1];
  return group ? groupFinding(doc, a + lead + group[0], a + lead + group[1]) : null;
}

/** The original text of a normalized span, without surrounding spaces or bidi marks. */
function groupFinding(doc: Doc, start: number, end: number): OutletFinding | null {
  const t = doc.norm.text;
  while (start < end && /\s/.test(t[start]!)) start++;
  while (end > start && /\s/.test(t[end - 1]!)) end--;
  const span = toOriginalSpan(doc.norm, start, end);
  const outlet = doc.text.slice(span.start, span.end).replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return outlet ? { outlet, evidence: span } : null;
}
