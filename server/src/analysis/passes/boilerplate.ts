// Boilerplate (GUIDELINES §1): lines that are site furniture, not reporting.
// Two kinds of evidence, never the article's identity:
//  - lexicon: a line that is a share bar, caption, heading, tag line, comment
//    form, donation appeal or "load more" button;
//  - structure: after a "related" heading, comment form or donation appeal
//    the rest is furniture (teaser lists, an appended article) until a body
//    paragraph clearly resumes; a one-word label above the headline; a
//    credited caption right under it.
// Spans are whole lines, except an inline permalink trailer glued to the last
// paragraph (`… رابط الخبر بصحيفة الوئام: عنوان`), which runs from the phrase
// to the line end so that the paragraph itself stays body.
import type { Line, Span } from '../model.js';
import type { Doc } from './doc.js';
import { alternationOf } from '../text/alternation.js';
import { matchNormalized, normalize, toNormalizedOffset } from '../text/normalize.js';
import * as lex from '../lexicon/boilerplate.js';
import { NEWS_AGENCIES, SITE_WORDS } from '../lexicon/outlets.js';

type State = 'body' | 'list' | 'appended';

export function findBoilerplate(doc: Doc): Span[] {
  const views = lineViews(doc);
  const marked = new Set<number>(markTop(views));
  markByStructure(views, marked);
  const spans = views.filter((v) => marked.has(v.line.index)).map((v) => ({ start: v.line.start, end: v.line.end }));
  return mergeSpans([...spans, ...permalinkTrailers(doc)], doc.text);
}

/** A one-word section label above the headline, and a credited caption right under it. */
function markTop(views: LineView[]): number[] {
  const out: number[] = [];
  let k = 0;
  const first = views[0], second = views[1];
  if (first && second && first.words === 1 && /\p{L}/u.test(first.core) && shapeOf(second) === 'headline' && !second.bullet) {
    out.push(first.line.index);
    k = 1;
  }
  const caption = views[k + 1];
  if (views[k] && caption && isCreditedCaption(caption)) out.push(caption.line.index);
  return out;
}

/** `المستشار الأمريكي جيم جيفري (Habertürk)`: short, no sentence, ends in a parenthesised credit. */
function isCreditedCaption(v: LineView): boolean {
  if (v.words > 15) return false;
  const m = /^([^():.!؟?]+)\(([^()\d]{2,40})\)$/u.exec(v.core);
  if (!m) return false;
  return !/^(فيديو|صور|بالصور|فيديو وصور|انفوجراف|شاهد)$/.test(m[2]!.trim());
}

function markByStructure(views: LineView[], marked: Set<number>): void {
  let state: State = 'body';
  let bodySeen = false, bodyBeforeTail = false, bullets = 0, items = 0;
  for (const [n, v] of views.entries()) {
    const i = v.line.index;
    if (state === 'appended') { marked.add(i); continue; }
    if (marked.has(i)) continue;
    const kind = classifyLine(v);
    if (kind === 'source') continue;
    if (kind) {
      marked.add(i);
      if (kind === 'donation') markLeadIn(views, n, marked);
      if (kind === 'heading' || kind === 'comment' || kind === 'donation' || kind === 'loadMore') {
        if (state === 'body') bodyBeforeTail = bodySeen;
        state = 'list'; bullets = 0; items = 0;
      }
      continue;
    }
    const shape = shapeOf(v);
    if (state === 'body') { if (shape === 'paragraph') bodySeen = true; continue; }
    if (v.bullet) { marked.add(i); bullets++; continue; }
    if (shape !== 'paragraph') { marked.add(i); items++; continue; }
    // A full paragraph after the heading. It begins an appended article when
    // it follows at most one headline (`إقرأ أيضاً:` / title / lead) and opens
    // a new story rather than going on with this one; after a list, or when
    // it goes on (وأكد …), the body has resumed.
    const appended = !v.continues && bullets === 0 && items <= 1 && bodyBeforeTail;
    if (!appended) { state = 'body'; bodySeen = true; continue; }
    state = 'appended';
    marked.add(i);
  }
}

/** An appeal opens with a line or two of pitch (`الصحافة الحرة تحتاج إليك..`): short lines right above it. */
function markLeadIn(views: LineView[], n: number, marked: Set<number>): void {
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
    const v = views[k]!;
    if (marked.has(v.line.index) || shapeOf(v) === 'paragraph' || classifyLine(v) === 'source') return;
    marked.add(v.line.index);
  }
}

const PERMALINK_TRAILER = new RegExp(`(?:${alternationOf(lex.PERMALINK_PHRASES)}) ?ب?(?:${alternationOf(SITE_WORDS)}) [^\\n:]{1,40}:[^\\n]*`, 'g');

/** `… رابط الخبر بصحيفة الوئام: عنوان` glued to the last paragraph: from the phrase to the line end. */
function permalinkTrailers(doc: Doc): Span[] {
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

// ---- one line: its normalized text, its shape and its lexicon kind ----

interface LineView {
  line: Line;
  /** Normalized, lower-cased, bidi marks and bullet removed, trimmed. */
  core: string;
  words: number;
  bullet: boolean;
  /** Opens with و or a connective: a paragraph that goes on with the story. */
  continues: boolean;
}

type Kind = 'heading' | 'teaser' | 'tags' | 'comment' | 'donation' | 'loadMore' | 'caption' | 'chrome' | 'source';
type Shape = 'paragraph' | 'headline';

const BIDI = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const BULLET = /^[-•*▪●◦·‣–—]+\s*/u;
/** Space other than single plain spaces: only such lines need their spaces collapsed (a test allocates nothing). */
const ODD_SPACE = /[^\S ]| \s/;

function lineViews(doc: Doc): LineView[] {
  const views: LineView[] = [];
  for (const line of doc.segments.lines) {
    if (line.blank) continue;
    const a = toNormalizedOffset(doc.norm, line.start), b = toNormalizedOffset(doc.norm, line.end);
    const text = lowerCased(doc.norm.text.slice(a, b).replace(BIDI, '').trim());
    if (text === '') continue;
    const bullet = BULLET.test(text) && !/^[-–—]\s*\d/.test(text);
    const unbulleted = BULLET.test(text) ? text.replace(BULLET, '') : text;
    const core = ODD_SPACE.test(unbulleted) ? unbulleted.replace(/\s+/g, ' ') : unbulleted;
    views.push({ line, core, words: countWords(core), bullet, continues: continues(core) });
  }
  return views;
}

/** Characters that have no lower case (ASCII outside A–Z, Latin-1 signs, Arabic, punctuation, spaces). */
const CASELESS = /^[\u0020-\u0040\u005B-\u00BF\u0600-\u06FF\u2000-\u206F\s]*$/;

/** The line in lower case; an Arabic line (nearly every line) is returned as it is, not copied. */
function lowerCased(s: string): string {
  return CASELESS.test(s) ? s : s.toLowerCase();
}

/** Words (space-separated) with a letter or a digit in them; one scan of the line. */
function countWords(s: string): number {
  let words = 0, counted = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x20) counted = false;
    else if (!counted && isLetterOrDigit(code, s, i)) { words++; counted = true; }
  }
  return words;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** ASCII and Arabic letters answered from their ranges; the rest (rare) by the Unicode classes. */
function isLetterOrDigit(code: number, s: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x0621 && code <= 0x064a) return true;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** The line ends with a sentence mark, closing quotes or brackets after it allowed (read from the end: no regex rescans). */
function endsSentence(core: string): boolean {
  let end = core.length;
  while (end > 0 && '"\'”»)'.includes(core[end - 1]!)) end--;
  return end > 0 && '.!؟?'.includes(core[end - 1]!);
}

/** A full paragraph (long, or a complete sentence); anything shorter reads as a headline or label. */
function shapeOf(v: LineView): Shape {
  if (/(…|\.\.\.?)["'”»]?$/u.test(v.core)) return 'headline';
  return v.words > 20 || (v.words >= 12 && endsSentence(v.core)) ? 'paragraph' : 'headline';
}

const compiled = {
  headings: new Set(lex.RELATED_HEADINGS.map(normalize)),
  teasers: lex.TEASER_PREFIXES.map(normalize),
  moreFrom: normalize(lex.MORE_FROM_PREFIX),
  moreFromNouns: new Set(lex.MORE_FROM_NOUNS.map(normalize)),
  tags: lex.TAG_PREFIXES.map(normalize),
  comment: phraseSet(lex.COMMENT_PHRASES),
  donation: phraseSet(lex.DONATION_PHRASES),
  donationPrefix: normalize(lex.DONATION_PREFIX) + ' ',
  loadMore: phraseSet(lex.LOAD_MORE_PHRASES),
  siteChrome: phraseSet(lex.SITE_CHROME_PHRASES),
  captionPrefixes: lex.CAPTION_PREFIXES.map(normalize),
  captionLines: new Set(lex.CAPTION_LINES.map(normalize)),
  chrome: new Set(lex.CHROME_WORDS.map((w) => normalize(w).toLowerCase())),
  agencies: new Set(NEWS_AGENCIES.map((w) => normalize(w).toLowerCase())),
  openers: lex.CONTINUATION_OPENERS.map(normalize),
  wawWords: new Set(lex.WAW_INITIAL_WORDS.map(normalize)),
  source: /^المصدر ?:/,
};

function phraseSet(set: lex.PhraseSet): { starts: string[]; anywhere: string[] } {
  return { starts: set.starts.map(normalize), anywhere: set.anywhere.map(normalize) };
}

function continues(core: string): boolean {
  const first = core.split(' ', 1)[0] ?? '';
  if (first.length >= 3 && first.startsWith('و') && !compiled.wawWords.has(first)) return true;
  return compiled.openers.some((o) => core.startsWith(o + ' ') || core.startsWith(o + '،'));
}

function classifyLine(v: LineView): Kind | null {
  const c = v.core;
  const bare = stripTrailing(c);
  if (compiled.source.test(c)) return 'source';
  if (compiled.headings.has(bare) || isMoreFrom(bare, v.words)) return 'heading';
  if (v.words <= 30 && compiled.teasers.some((t) => c.startsWith(t) && bare.length > t.length)) return 'teaser';
  if (compiled.tags.some((t) => c.startsWith(t + ':') || c.startsWith(t + ' :'))) return 'tags';
  if (matches(v, compiled.comment)) return 'comment';
  if (matches(v, compiled.donation) || (c.startsWith(compiled.donationPrefix) && v.words <= 5)) return 'donation';
  if (matches(v, compiled.loadMore)) return 'loadMore';
  if (isCaption(v, bare)) return 'caption';
  return isChrome(v) || matches(v, compiled.siteChrome) ? 'chrome' : null;
}

/** The line without trailing colons, dots and spaces (a loop: a regex anchored at $ would rescan runs). */
function stripTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && ' :：.…،!'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `المزيد من أخبار العراق`, not `المزيد من الضحايا`. */
function isMoreFrom(bare: string, words: number): boolean {
  if (words > 5 || !bare.startsWith(compiled.moreFrom + ' ')) return false;
  return compiled.moreFromNouns.has(bare.slice(compiled.moreFrom.length + 1).split(' ')[0] ?? '');
}

function matches(v: LineView, set: { starts: string[]; anywhere: string[] }): boolean {
  const bare = stripTrailing(v.core);
  const opens = (p: string): boolean => (p.includes(' ') ? v.core.startsWith(p) : bare === stripTrailing(p));
  if (v.words <= 12 && set.starts.some(opens)) return true;
  return v.words <= 30 && set.anywhere.some((p) => v.core.includes(p));
}

function isCaption(v: LineView, bare: string): boolean {
  if (compiled.captionLines.has(bare) || compiled.captionLines.has(bare.replace(/^\((.*)\)$/, '$1').trim())) return true;
  if (v.words <= 15 && compiled.captionPrefixes.some((p) => v.core.startsWith(p))) return true;
  // A credit alone on its line: (رويترز), (AFP).
  const credit = /^\(([^()]{1,30})\)$/.exec(bare);
  return !!credit && (compiled.agencies.has(credit[1]!.trim()) || /^[a-z][a-z .-]*$/.test(credit[1]!.trim()));
}

/** A line made only of share-bar and icon words: Facebook WhatsApp Telegram, tag icon ع ع ع, ×. */
function isChrome(v: LineView): boolean {
  // every word is at least one token: a line of more words has too many
  if (v.words > 12) return false;
  const tokens = v.core.split(/[\s|،,.:;/\\()\-–—•·]+/u).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 12 && tokens.every((t) => compiled.chrome.has(t));
}
