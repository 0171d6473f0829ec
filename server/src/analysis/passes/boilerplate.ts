// Boilerplate (GUIDELINES §1): lines that are site furniture, not reporting.
// Two kinds of evidence, never the article's identity:
//  - lexicon: a line that is a share bar, caption, heading, tag line, comment
//    form, donation appeal or "load more" button;
//  - structure: after a "related" heading, comment form, donation appeal,
//    contact block or wire sign-off the rest is furniture (teaser lists, an
//    appended article) until a body paragraph clearly resumes; a one-word
//    label above the headline; a credited caption right under it; runs of
//    related headlines and appended teasers (boilerplate-runs.ts); a rule
//    (`-----`) above furniture or at the end.
// Spans are whole lines, except an inline permalink trailer glued to the last
// paragraph (`… رابط الخبر بصحيفة الوئام: عنوان`), which runs from the phrase
// to the line end so that the paragraph itself stays body.
import type { Span } from '../model.js';
import { readDoc, type Doc } from './doc.js';
import { alternationOf } from '../text/alternation.js';
import { codeAt } from '../text/letters.js';
import { matchNormalized, normalize } from '../text/normalize.js';
import * as lex from '../lexicon/boilerplate.js';
import { NEWS_AGENCIES, SITE_WORDS } from '../lexicon/outlets.js';
import { WordMasks } from '../text/word-set.js';
import { byFirstCharacter, continues, lineViews, phrasesOpening, stripEnds, type LineView } from './boilerplate-lines.js';
import { markAppendedLeads, markHeadlineRuns } from './boilerplate-runs.js';

type State = 'body' | 'list' | 'appended';

export function findBoilerplate(doc: Doc): Span[] {
  const views = lineViews(doc);
  const marked = new Set<number>(markTop(views));
  markByStructure(doc, views, marked);
  markHeadlineRuns(views, marked);
  markAppendedLeads(views, marked);
  markSeparators(views, marked);
  // (a literal filled by push, and concat, not filter, map and spreads: the arrays those builtins make keep the
  // small-integer kind when empty, and each check of an array's kind they inline deopts on meeting one)
  const spans: Span[] = [];
  for (const v of views) if (marked.has(v.line.index)) spans.push({ start: v.line.start, end: v.line.end });
  return mergeSpans(spans.concat(permalinkTrailers(doc)), doc.text);
}

/** A one-word section label above the headline, and a credited caption right under it. */
function markTop(views: LineView[]): number[] {
  const out: number[] = [];
  let k = 0;
  const first = views[0], second = views[1];
  if (first && second && first.words === 1 && /\p{L}/u.test(first.core) && second.shape === 'headline' && !second.bullet) {
    out.push(first.line.index);
    k = 1;
  }
  const caption = views[k + 1];
  if (views[k] && caption && isCreditedCaption(caption)) out.push(caption.line.index);
  return out;
}

const CAPTION_MEDIA = new Set(lex.CAPTION_MEDIA_WORDS);

/** `المستشار الأمريكي جيم جيفري (Habertürk)`: short, no sentence, ends in a parenthesised credit. */
function isCreditedCaption(v: LineView): boolean {
  if (v.words > 15) return false;
  const m = /^([^():.!؟?]+)\(([^()\d]{2,40})\)$/u.exec(v.core);
  if (!m) return false;
  return !CAPTION_MEDIA.has(m[2]!.trim());
}

function markByStructure(doc: Doc, views: LineView[], marked: Set<number>): void {
  let state: State = 'body';
  let bodySeen = false, bodyBeforeTail = false, bullets = 0, items = 0;
  for (const [n, v] of views.entries()) {
    const i = v.line.index;
    if (state === 'appended') { marked.add(i); continue; }
    if (marked.has(i)) continue;
    const kind = classifyLine(doc, v, n);
    if (kind === 'source') continue;
    if (kind) {
      marked.add(i);
      if (kind === 'donation') markLeadIn(doc, views, n, marked);
      if (CLOSING.has(kind)) {
        if (state === 'body') bodyBeforeTail = bodySeen;
        state = 'list'; bullets = 0; items = 0;
      }
      continue;
    }
    const shape = v.shape;
    if (state === 'body') { if (shape === 'paragraph') bodySeen = true; continue; }
    if (v.bullet) { marked.add(i); bullets++; continue; }
    if (shape !== 'paragraph') { marked.add(i); items++; continue; }
    // A full paragraph after the heading. It begins an appended article when
    // it follows at most one headline (`إقرأ أيضاً:` / title / lead) and opens
    // a new story rather than going on with this one; after a list, or when
    // it goes on (وأكد …), the body has resumed.
    const appended = bullets === 0 && items <= 1 && bodyBeforeTail && !continues(v.core);
    if (!appended) { state = 'body'; bodySeen = true; continue; }
    state = 'appended';
    marked.add(i);
  }
}

/** An appeal opens with a line or two of pitch (`الصحافة الحرة تحتاج إليك..`): short lines right above it. */
function markLeadIn(doc: Doc, views: LineView[], n: number, marked: Set<number>): void {
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
    const v = views[k]!;
    if (marked.has(v.line.index) || v.shape === 'paragraph' || classifyLine(doc, v, k) === 'source') return;
    marked.add(v.line.index);
  }
}

/** A rule drawn across the page (`-----`) is furniture when furniture follows it, or nothing does. */
function markSeparators(views: LineView[], marked: Set<number>): void {
  for (let n = views.length - 1; n >= 0; n--) {
    const v = views[n]!, next = views[n + 1];
    if (v.separator && (!next || marked.has(next.line.index))) marked.add(v.line.index);
  }
}

const PERMALINK_TRAILER = new RegExp(`(?:${alternationOf(lex.PERMALINK_PHRASES)}) ?ب?(?:${alternationOf(SITE_WORDS)}) [^\\n:]{1,40}:[^\\n]*`, 'g');

/** What every permalink phrase begins with (رابط ال), normalized: a text without it has no trailer, told by one search. */
const PERMALINK_STEM = commonPrefix(lex.PERMALINK_PHRASES.map(normalize));

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Where the stem is looked for from: the last letter of its first word (ط of
 * رابط). A search tries a match at each place the pattern's first letter
 * stands, and ر, like ا, is one of the commonest letters of Arabic text: from
 * the rarer letter and the space after it, the text is searched four times
 * faster.
 */
const STEM_FROM = Math.max(0, PERMALINK_STEM.indexOf(' ') - 1);
const STEM_TAIL = PERMALINK_STEM.slice(STEM_FROM);

/** Whether the text holds PERMALINK_STEM, found by its tail. */
function holdsStem(text: string): boolean {
  for (let i = text.indexOf(STEM_TAIL, STEM_FROM); i >= 0; i = text.indexOf(STEM_TAIL, i + 1)) {
    if (text.startsWith(PERMALINK_STEM, i - STEM_FROM)) return true;
  }
  return false;
}

/** `… رابط الخبر بصحيفة الوئام: عنوان` glued to the last paragraph: from the phrase to the line end. */
function permalinkTrailers(doc: Doc): Span[] {
  if (PERMALINK_STEM && !holdsStem(doc.norm.text)) return [];
  return [...matchNormalized(doc.norm, PERMALINK_TRAILER)].map(({ start, end }) => ({ start, end: trimEnd(doc.text, start, end) }));
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Sorted, overlapping spans joined; spans with only whitespace between them joined too. */
export function mergeSpans(spans: Span[], text: string): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || text.slice(last.end, s.start).trim() === '')) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

// ---- one line: its lexicon kind ----

type Kind = 'heading' | 'teaser' | 'tags' | 'comment' | 'contact' | 'donation' | 'loadMore' | 'signoff' | 'caption' | 'chrome' | 'source';
/** Kinds after which the rest of the page is furniture until the body clearly resumes. */
const CLOSING = new Set<Kind>(['heading', 'comment', 'contact', 'donation', 'loadMore', 'signoff']);

// (the sets a whole line is looked up in are in WHOLE_LINES, a WordMasks: it turns nearly every line away
// by a few of its letters and its length, where a Set hashed all the letters of each line asked)
const compiled = {
  teasers: byFirstCharacter(lex.TEASER_PREFIXES.map(normalize)),
  markedTeasers: byFirstCharacter(lex.MARKED_TEASER_WORDS.map(normalize)),
  moreBy: byFirstCharacter(lex.MORE_BY_PREFIXES.map(normalize)),
  moreFrom: normalize(lex.MORE_FROM_PREFIX),
  moreFromNouns: new Set(lex.MORE_FROM_NOUNS.map(normalize)),
  tags: byFirstCharacter(lex.TAG_PREFIXES.map(normalize)),
  comment: phraseSet(lex.COMMENT_PHRASES, 1),
  contact: phraseSet(lex.CONTACT_PHRASES, 2),
  donation: phraseSet(lex.DONATION_PHRASES, 4),
  donationPrefix: normalize(lex.DONATION_PREFIX) + ' ',
  loadMore: phraseSet(lex.LOAD_MORE_PHRASES, 8),
  siteChrome: phraseSet(lex.SITE_CHROME_PHRASES, 16),
  signOffs: new Set(lex.SIGN_OFFS.map(normalize)),
  continued: new Set(lex.CONTINUED_MARKERS.map(normalize)),
  timeWords: new Set(lex.TIME_STAMP_WORDS.map((w) => normalize(w).toLowerCase())),
  captionPrefixes: byFirstCharacter(lex.CAPTION_PREFIXES.map((w) => normalize(w).toLowerCase())),
  chrome: new Set(lex.CHROME_WORDS.map((w) => normalize(w).toLowerCase())),
  agencies: new Set(NEWS_AGENCIES.map((w) => normalize(w).toLowerCase())),
  source: /^المصدر ?:/,
};

interface Phrases {
  /** Phrases of several words: the line opens with one. By their first character, so a line is tried against those of its own. */
  opening: Map<number, string[]>;
  /** One-word phrases: the whole line (marks around it aside) is one (looked up in WHOLE_LINES, by `bit`). */
  whole: string[];
  /** Found anywhere in a short line. */
  anywhere: string[];
  /** This set's bit in what anywhereIn and WHOLE_LINES find. */
  bit: number;
}

function phraseSet(set: lex.PhraseSet, bit: number): Phrases {
  const starts = set.starts.map((w) => normalize(w).toLowerCase());
  return {
    opening: byFirstCharacter(starts.filter((p) => p.includes(' '))),
    whole: starts.filter((p) => !p.includes(' ')).map(stripEnds),
    anywhere: set.anywhere.map((w) => normalize(w).toLowerCase()),
    bit,
  };
}

/** WHOLE_LINES bits of the related headings and the caption lines (above those of the phrase sets). */
const HEADING = 32, CAPTION_LINE = 64;

/**
 * Every set a whole line (marks around it aside) is looked up in, each by its
 * bit: one lookup of a line answers them all, where asking each set in turn
 * mixed the same line's letters seven times.
 */
const WHOLE_LINES = new WordMasks([
  [HEADING, lex.RELATED_HEADINGS.map(normalize)],
  [CAPTION_LINE, lex.CAPTION_LINES.map(normalize)],
  ...[compiled.comment, compiled.contact, compiled.donation, compiled.loadMore, compiled.siteChrome].map((set) => [set.bit, set.whole] as const),
]);

/**
 * The phrases of every set that may stand anywhere in a short line, by their
 * first character (GROUP_OF: its group + 1, 0 for none): one scan of a line
 * finds those of all the sets, where asking the line for each phrase in turn
 * read it 28 times.
 */
const ANYWHERE_GROUPS: AnywherePhrase[][] = [];
const GROUP_OF = new Uint8Array(0x10000);

/** A phrase with its second letter (-1: none), compared before the rest: half the letters of a line are ا or ل, and so are the first letters of most phrases. */
interface AnywherePhrase { text: string; second: number; bit: number }

/**
 * The first two letters of some phrase, by the low bytes of both (a pair no
 * phrase begins with is passed over without reading its group: most ا and ل
 * of a line begin none), and the first letters of the phrases of one letter
 * (©), after which any letter may follow.
 */
const PAIR_OF = new Uint8Array(1 << 16);
const ANY_SECOND = new Uint8Array(0x10000);
const pairKey = (first: number, second: number): number => ((first & 0xff) << 8) | (second & 0xff);

for (const set of [compiled.comment, compiled.contact, compiled.donation, compiled.loadMore, compiled.siteChrome]) {
  for (const text of set.anywhere) {
    const first = text.charCodeAt(0);
    if (GROUP_OF[first] === 0) GROUP_OF[first] = ANYWHERE_GROUPS.push([]);
    ANYWHERE_GROUPS[GROUP_OF[first]! - 1]!.push({ text, second: text.length > 1 ? text.charCodeAt(1) : -1, bit: set.bit });
    if (text.length > 1) PAIR_OF[pairKey(first, text.charCodeAt(1))] = 1;
    else ANY_SECOND[first] = 1;
  }
}

/** The bits of the sets one of whose `anywhere` phrases the line holds. */
function anywhereIn(core: string): number {
  let bits = 0;
  for (let i = 0; i < core.length; i++) {
    const first = core.charCodeAt(i);
    const group = GROUP_OF[first]!;
    if (group === 0) continue;
    // at the line's end 0, which pairs with no phrase's second letter: at worst a group is read for nothing
    // (tested, not read: a charCodeAt past the end deopts this loop, and its NaN deopts pairKey)
    const second = i + 1 < core.length ? core.charCodeAt(i + 1) : 0;
    if (PAIR_OF[pairKey(first, second)] === 0 && ANY_SECOND[first] === 0) continue;
    for (const p of ANYWHERE_GROUPS[group - 1]!) {
      if ((p.second < 0 || p.second === second) && core.startsWith(p.text, i)) bits |= p.bit;
    }
  }
  return bits;
}

/**
 * The phrases of ANYWHERE_GROUPS read by anywhereInTokens: those whose first
 * word is a run of letters followed by a space, by the last two letters of
 * that word (ENDING_OF: the group + 1, 0 for none, by the low bytes of both);
 * in a line as written, that word ends a word token, where the phrase
 * starts. The others (©) are looked for in the line.
 */
const ENDING_GROUPS: EndingPhrase[][] = [];
const ENDING_OF = new Uint8Array(1 << 16);
const UNENDED: AnywherePhrase[] = [];

/** A phrase with the length of its first word. */
interface EndingPhrase { text: string; first: number; bit: number }

for (const group of ANYWHERE_GROUPS) {
  for (const p of group) {
    const first = p.text.indexOf(' ');
    const opening = first >= 2 ? readDoc(p.text).tokens[0] : undefined;
    if (!opening || opening.kind !== 'word' || opening.from !== 0 || opening.to !== first) { UNENDED.push(p); continue; }
    const key = pairKey(p.text.charCodeAt(first - 2), p.text.charCodeAt(first - 1));
    if (ENDING_OF[key] === 0) ENDING_OF[key] = ENDING_GROUPS.push([]);
    ENDING_GROUPS[ENDING_OF[key]! - 1]!.push({ text: p.text, first, bit: p.bit });
  }
}

/**
 * anywhereIn of a line that is a slice of the normalized text, read by its
 * tokens: a phrase is tried where a word token ends with its first word,
 * told by the token's last two letters, instead of at each letter of the
 * line (and most of those letters began some phrase).
 */
function anywhereInTokens(doc: Doc, v: LineView): number {
  let bits = 0;
  for (const p of UNENDED) if (v.core.includes(p.text)) bits |= p.bit;
  const norm = doc.norm.text, tokens = doc.tokens, to = v.at + v.core.length;
  for (let k = v.token; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.from >= to) break;
    if (t.to - t.from < 2 || t.kind !== 'word') continue;
    const group = ENDING_OF[pairKey(norm.charCodeAt(t.to - 2), norm.charCodeAt(t.to - 1))]!;
    if (group === 0) continue;
    for (const p of ENDING_GROUPS[group - 1]!) {
      const at = t.to - p.first;
      if (at >= t.from && at + p.text.length <= to && norm.startsWith(p.text, at)) bits |= p.bit;
    }
  }
  return bits;
}

/** No rule reads a line of more words than this by its words, but for its opening (tags, a glued list). */
const SHORT_LINE = 30;

/**
 * The kind of furniture line `v` is, by its words; `n` is its place among the
 * lines (0: the title). Plain loops, no closures: this runs on every line.
 */
function classifyLine(doc: Doc, v: LineView, n: number): Kind | null {
  const c = v.core;
  if (c.startsWith('المصدر') && compiled.source.test(c)) return 'source';
  if (v.words > SHORT_LINE) return n > 0 && isMoreBy(c) ? 'teaser' : isTags(c) ? 'tags' : null;
  const bare = stripEnds(c);
  const whole = WHOLE_LINES.get(bare);
  if ((whole & HEADING) !== 0 || isMoreFrom(bare, v.words)) return 'heading';
  if (n > 0 && (isMoreBy(c) || isTeaser(c, bare))) return 'teaser';
  if (isTags(c)) return 'tags';
  const anywhere = v.at < 0 ? anywhereIn(c) : anywhereInTokens(doc, v);
  if (matches(v, whole, compiled.comment, anywhere)) return 'comment';
  if (matches(v, whole, compiled.contact, anywhere)) return 'contact';
  if (matches(v, whole, compiled.donation, anywhere) || (v.words <= 5 && c.startsWith(compiled.donationPrefix))) return 'donation';
  if (matches(v, whole, compiled.loadMore, anywhere)) return 'loadMore';
  if (v.words <= 3) {
    const wire = wireMarker(c);
    if (wire) return wire;
  }
  if (isCaption(v, bare, whole)) return 'caption';
  return isChrome(v) || isTimeStamp(v) || isContactAddress(v) || matches(v, whole, compiled.siteChrome, anywhere) ? 'chrome' : null;
}

function isTags(c: string): boolean {
  for (const t of phrasesOpening(compiled.tags, c)) if (c.startsWith(t) && (c[t.length] === ':' || (c[t.length] === ' ' && c[t.length + 1] === ':'))) return true;
  return false;
}

/** `مقالات أخرى للكاتبعنوان…`: the writer's other titles, glued into one line. */
function isMoreBy(c: string): boolean {
  for (const t of phrasesOpening(compiled.moreBy, c)) if (c.length > t.length && c.startsWith(t)) return true;
  return false;
}

/** `اقرأ أيضا: عنوان`, `شاهد.. عنوان`, `للمزيد: عنوان`: one line that links to another story. */
function isTeaser(c: string, bare: string): boolean {
  for (const t of phrasesOpening(compiled.teasers, c)) if (bare.length > t.length && c.startsWith(t)) return true;
  for (const t of phrasesOpening(compiled.markedTeasers, c)) if (c.startsWith(t) && linkMarkAfter(c, t.length)) return true;
  return false;
}

/** A link mark right after the opening word (a space allowed before it), and a title after the mark. */
function linkMarkAfter(c: string, k: number): boolean {
  if (c[k] === ' ') k++;
  if (k >= c.length || !lex.TEASER_MARKS.includes(c[k]!)) return false;
  while (k < c.length && (lex.TEASER_MARKS.includes(c[k]!) || c[k] === ' ')) k++;
  return k < c.length;
}

/** `// انتهى //` closes a wire story; `// يتبع //` says it goes on in a later part. */
function wireMarker(c: string): Kind | null {
  let word = '';
  for (const ch of c) if (!WIRE_MARKS.includes(ch)) word += ch;
  if (compiled.signOffs.has(word)) return 'signoff';
  return compiled.continued.has(word) ? 'chrome' : null;
}
const WIRE_MARKS = '/\\()[]-–—*. ';

/** `17:08 ت م`, `09:15 GMT`: a time alone on its line, with its zone. */
function isTimeStamp(v: LineView): boolean {
  if (v.words > 5) return false;
  const m = TIME.exec(v.core);
  if (!m) return false;
  const rest = v.core.slice(m[0].length).trim();
  return rest === '' || rest.split(' ').every((w) => compiled.timeWords.has(w));
}
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;

/** A columnist's address alone on its line: `name@example.com`, `@handle`. */
function isContactAddress(v: LineView): boolean {
  return v.words <= 3 && (EMAIL.test(v.core) || HANDLE.test(v.core));
}
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const HANDLE = /^@\w{2,30}$/;

/** `المزيد من أخبار العراق`, not `المزيد من الضحايا`. */
function isMoreFrom(bare: string, words: number): boolean {
  if (words > 5 || !bare.startsWith(compiled.moreFrom + ' ')) return false;
  return compiled.moreFromNouns.has(bare.slice(compiled.moreFrom.length + 1).split(' ')[0] ?? '');
}

/** `whole`: what WHOLE_LINES holds the line in; `anywhere`: what anywhereIn found in it. */
function matches(v: LineView, whole: number, set: Phrases, anywhere: number): boolean {
  if (v.words <= 12) {
    if ((whole & set.bit) !== 0) return true;
    for (const p of phrasesOpening(set.opening, v.core)) if (v.core.startsWith(p)) return true;
  }
  return v.words <= SHORT_LINE && (anywhere & set.bit) !== 0;
}

function isCaption(v: LineView, bare: string, whole: number): boolean {
  // (the brackets taken off only where the line opens with one: a replace of every line found nothing to take)
  const unbracketed = codeAt(bare, 0) === 0x28 ? bare.replace(/^\((.*)\)$/, '$1') : bare;
  if ((whole & CAPTION_LINE) !== 0) return true;
  const inner = unbracketed.trim();
  if (inner !== bare && (WHOLE_LINES.get(inner) & CAPTION_LINE) !== 0) return true;
  if (v.words <= 15) for (const p of phrasesOpening(compiled.captionPrefixes, v.core)) if (v.core.startsWith(p)) return true;
  // A credit alone on its line: (رويترز), (AFP).
  const credit = /^\(([^()]{1,30})\)$/.exec(bare);
  return !!credit && (compiled.agencies.has(credit[1]!.trim()) || /^[a-z][a-z .-]*$/.test(credit[1]!.trim()));
}

const CHROME_SPLIT = /[\s|،,.:;/\\()\-–—•·]+/u;
/** The first word of a line that does not open with a separator. */
const CHROME_FIRST = /^[^\s|،,.:;/\\()\-–—•·]+/u;

/** A line made only of share-bar and icon words: Facebook WhatsApp Telegram, tag icon ع ع ع, ×. */
function isChrome(v: LineView): boolean {
  // every word is at least one token: a line of more words has too many
  if (v.words > 12) return false;
  // nearly every line fails at its first word: look it up before splitting the line
  const first = CHROME_FIRST.exec(v.core);
  if (first && !compiled.chrome.has(first[0])) return false;
  const tokens = v.core.split(CHROME_SPLIT).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 12 && tokens.every((t) => compiled.chrome.has(t));
}
