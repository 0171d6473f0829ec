// One line as the boilerplate pass reads it: its normalized text without
// bidi marks or bullet, its word count and its shape (a paragraph, or a short
// headline-like line), worked out once per line from its tokens and characters.
import type { Line } from '../model.js';
import { firstStartingAtOrAfter, type Doc } from './doc.js';
import type { Token } from './tokens.js';
import { normalize, toNormalizedOffset, type NormalizedText } from '../text/normalize.js';
import { isWhiteSpace } from '../text/segment.js';
import { WordSet } from '../text/word-set.js';
import * as lex from '../lexicon/boilerplate.js';
import { WAW, codeAt } from '../text/letters.js';

export interface LineView {
  line: Line;
  /**
   * Normalized, lower-cased, bidi marks and bullet removed, trimmed; of a
   * long line only the opening HEAD characters (no rule reads further in).
   * A line of WORD_CAP words is lower-cased only as far as its OPENING
   * (all that is read of it).
   */
  core: string;
  /** Where core stands in the normalized text when it is a slice of it (not lower-cased, no spaces collapsed); -1 otherwise. */
  at: number;
  /** The index of the first token at or after `at`. */
  token: number;
  /** Words, counted up to WORD_CAP: no rule tells that many from more. */
  words: number;
  /** The line's last character before closing quotes and brackets, read from the whole line. */
  last: string;
  bullet: boolean;
  /** Only dashes, underscores, stars or dots: a rule drawn across the page. */
  separator: boolean;
  shape: Shape;
}

export type Shape = 'paragraph' | 'headline';

const BULLET = /^[-•*▪●◦·‣–—]+\s*/u;
/** What BULLET opens with. */
const BULLET_MARKS = '-•*▪●◦·‣–—';
/** Characters of a long line that are read (starts, leads); its end is read apart. */
const HEAD = 400;
/** Words are counted up to here; a line cut at HEAD has that many. */
const WORD_CAP = 31;
/**
 * How much of the core of a line of WORD_CAP words or more any rule reads
 * (its opening: boilerplate-runs.ts reads a lead's first OPENING characters).
 */
export const OPENING = 160;

export function lineViews(doc: Doc): LineView[] {
  const views: LineView[] = [];
  const norm = doc.norm.text;
  const offsets = new NormalizedOffsets(doc.norm);
  const tokens = doc.tokens, toOriginal = doc.norm.toOriginal;
  /** No token before this one starts in a line still to come: where tokenWords stopped reading the last line. */
  let next = 0;
  for (const line of doc.segments.lines) {
    if (line.blank) continue;
    const a = offsets.of(line.start), b = offsets.of(line.end);
    const long = b - a > HEAD;
    // (normalization has dropped the bidi marks and made a zero-width space a space: there are none to take out)
    let from = a, to = long ? a + HEAD : b;
    while (from < to && isWhiteSpace(norm.charCodeAt(from))) from++;
    while (to > from && isWhiteSpace(norm.charCodeAt(to - 1))) to--;
    if (from === to) continue;
    // most lines have no bullet and nothing with a lower case: one walk over their tokens says so,
    // whether the spaces need collapsing and, when they do not, the words; the others are lower-cased first
    // (a bulleted line is read after its bullet in place, where it was lower-cased and cut first)
    const bulleted = BULLET_MARKS.includes(norm[from]!);
    const wordsFrom = bulleted ? afterBullet(norm, from, to) : from;
    const token = firstTokenFrom(tokens, next, toOriginal[wordsFrom]!);
    let plain = tokenWords(norm, tokens, token, wordsFrom, to);
    next = tokensRead;
    const sliced = plain >= 0;
    const trimmed = norm.slice(from, to);
    // (a line tokenWords found cased holds a character CASELESS does not: it is not asked again)
    const text = plain !== CASED ? trimmed : trimmed.toLowerCase();
    const unbulleted = !bulleted ? text : plain !== CASED ? norm.slice(wordsFrom, to) : text.replace(BULLET, '');
    if (plain === CASED) plain = plainlySpacedWords(unbulleted);
    const core = plain < 0 ? unbulleted.replace(/\s+/g, ' ') : unbulleted;
    const separator = !long && isSeparator(text);
    const bullet = bulleted && !separator && !/^[-–—]\s*\d/.test(text);
    const words = long ? WORD_CAP : plain < 0 ? countWords(core) : plain;
    const end = lineEnd(norm, a, b);
    views.push({ line, core, at: sliced ? wordsFrom : -1, token, words, last: end.last, bullet, separator, shape: shapeOf(words, end) });
  }
  return views;
}

/**
 * Normalized offsets of original ones asked in order (the lines' starts and
 * ends): an offset lies as far before its original as the last one did when
 * no mark was dropped between them, which one read confirms; otherwise a
 * binary search finds it.
 */
class NormalizedOffsets {
  private shift = 0;

  constructor(private readonly norm: NormalizedText) {}

  of(original: number): number {
    const guess = original - this.shift;
    const map = this.norm.toOriginal;
    // toOriginal rises strictly: where it holds `original` is the first place at or after it
    const at = guess >= 0 && guess < map.length && map[guess] === original ? guess : toNormalizedOffset(this.norm, original);
    this.shift = original - at;
    return at;
  }
}

interface LineEnd {
  /** The last character before closing quotes and brackets. */
  last: string;
  /** Cut short: `…` or `..` at the end, a closing quote allowed after it. */
  cut: boolean;
}

/** How the normalized line [a, b) ends, read back from its end past spaces (normalization dropped the bidi marks). */
function lineEnd(text: string, a: number, b: number): LineEnd {
  let k = b;
  while (k > a && isSpace(text.charCodeAt(k - 1))) k--;
  let q = k;
  while (q > a && CLOSERS.includes(text[q - 1]!)) q--;
  let e = k;
  if (e > a && QUOTES.includes(text[e - 1]!)) e--;
  const cut = (e > a && text[e - 1] === '…') || (e - 1 > a && text[e - 1] === '.' && text[e - 2] === '.');
  return { last: q > a ? text[q - 1]! : '', cut };
}
const CLOSERS = '"\'”»)';
const QUOTES = '"\'”»';

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/** `-----`, `_____`, `* * *`, `=====`: three marks or more and nothing else. */
function isSeparator(text: string): boolean {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SEPARATOR_MARKS.includes(ch)) marks++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return marks >= 3;
}
const SEPARATOR_MARKS = '-_=*~•·.—–ـ';

/** Characters that have no lower case (ASCII outside A–Z, Latin-1 signs, Arabic, punctuation, spaces). */
const CASELESS = /^[\u0020-\u0040\u005B-\u00BF\u0600-\u06FF\u2000-\u206F\s]*$/;

/** Where the line [from, to) goes on after its bullet: what BULLET takes off (its marks, then any space). */
function afterBullet(s: string, from: number, to: number): number {
  let k = from;
  while (k < to && BULLET_MARKS.includes(s[k]!)) k++;
  while (k < to && isWhiteSpace(s.charCodeAt(k))) k++;
  return k;
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

/**
 * The first token starting at or after `offset`, all those before `next`
 * starting before it: a line's first token is nearly always the one the last
 * line's reading stopped at or a step or two on, found without the binary
 * search (whose reads of tokens far apart were a tenth of the pass).
 */
function firstTokenFrom(tokens: readonly Token[], next: number, offset: number): number {
  for (let k = next; k < tokens.length && k < next + 4; k++) if (tokens[k]!.start >= offset) return k;
  return next + 4 >= tokens.length ? tokens.length : firstStartingAtOrAfter(tokens, offset);
}

/**
 * Where tokenWords stopped: the token after the line when it read the whole
 * line, else the line's first token (no token before either starts in a later line).
 */
let tokensRead = 0;

/** What tokenWords answers for a line with a character that has a lower case. */
const CASED = -2;

/**
 * countWords of a line (lower-cased) whose only space is single plain
 * spaces, or -1 when it has other space (what `\s` matches: a tab, a
 * no-break space …) or two spaces together: only such lines need their
 * spaces collapsed. Each character is read by its kind in one table
 * (CHAR_KIND). A line of WORD_CAP words is read only as far as its OPENING,
 * which is all the rules read of it: its words are WORD_CAP, and the spaces
 * further on change nothing they read.
 */
function plainlySpacedWords(s: string): number {
  let words = 0, counted = false, afterSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const kind = CHAR_KIND[code]! & ~HAS_LOWER_CASE;
    if (kind === PLAIN_SPACE) {
      if (words >= WORD_CAP && i >= OPENING) return WORD_CAP;
      if (afterSpace) return -1;
      afterSpace = true;
      counted = false;
      continue;
    }
    if (kind === OTHER_SPACE) return -1;
    afterSpace = false;
    if (!counted && (kind === LETTER_OR_DIGIT_CODE || (kind === ASK_UNICODE && isLetterOrDigit(code, s, i)))) { words++; counted = true; }
  }
  return words;
}

/**
 * The words of the normalized line [from, to) as plainlySpacedWords counts
 * them, or CASED when it has a character with a lower case (CASELESS does
 * not hold it: its words are counted once it is lower-cased), read from the
 * line's tokens (tokens[k] is the first at or after `from`): a run of
 * letters or digits is one step, not one per character, and only the spaces
 * between the tokens and the marks are read as characters (most characters
 * of a line are inside runs of Arabic letters). Every character that is no
 * space is in a token, and a run's letters and digits have no lower case
 * but for the Latin ones, which are read for a capital. A line of WORD_CAP
 * words is read only as far as its OPENING, its case too.
 */
function tokenWords(norm: string, tokens: readonly Token[], k: number, from: number, to: number): number {
  let words = 0, counted = false, afterSpace = false, collapse = false;
  let at = from;
  tokensRead = k;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.from >= to) break;
    for (let i = at; i < t.from; i++) {
      if (norm.charCodeAt(i) !== 0x20) { collapse = true; continue; }
      if (words >= WORD_CAP && i - from >= OPENING) return collapse ? -1 : WORD_CAP;
      if (afterSpace) collapse = true;
      afterSpace = true;
      counted = false;
    }
    at = t.to;
    afterSpace = false;
    if (t.kind === 'mark') {
      const code = norm.charCodeAt(t.from);
      const kind = CHAR_KIND[code]!;
      if (kind & HAS_LOWER_CASE) return CASED;
      if (!counted && kind === ASK_UNICODE && isLetterOrDigit(code, norm, t.from)) { words++; counted = true; }
      continue;
    }
    if (t.kind === 'latin' && hasCapital(norm, t.from, Math.min(t.to, to))) return CASED;
    if (!counted) { words++; counted = true; }
  }
  tokensRead = k;
  return collapse ? -1 : words;
}

/** A character with a lower case in s[from, to). */
function hasCapital(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CHAR_KIND[s.charCodeAt(i)]! & HAS_LOWER_CASE) return true;
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** ASCII and Arabic letters answered from their ranges; the rest (rare) by the Unicode classes. */
function isLetterOrDigit(code: number, s: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x0621 && code <= 0x064a) return true;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/**
 * Kinds of code unit for plainlySpacedWords and tokenWords: none of the
 * others, the space, other white space, a letter or digit, one the Unicode
 * classes decide; and a bit for one outside CASELESS.
 */
const NEITHER = 0, PLAIN_SPACE = 1, OTHER_SPACE = 2, LETTER_OR_DIGIT_CODE = 3, ASK_UNICODE = 4, HAS_LOWER_CASE = 8;
const CHAR_KIND = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code === 0x20) table[code] = PLAIN_SPACE;
    else if (isWhiteSpace(code)) table[code] = OTHER_SPACE;
    else if (code < 0x80 || (code >= 0x0621 && code <= 0x064a)) table[code] = isLetterOrDigit(code, '', 0) ? LETTER_OR_DIGIT_CODE : NEITHER;
    else table[code] = ASK_UNICODE;
    if (!CASELESS.test(String.fromCharCode(code))) table[code] = table[code]! | HAS_LOWER_CASE;
  }
  return table;
})();

/** The line ends with a sentence mark, closing quotes or brackets after it allowed. */
export function endsSentence(v: LineView): boolean {
  return isSentenceMark(v.last);
}

function isSentenceMark(c: string): boolean {
  return c === '.' || c === '!' || c === '؟' || c === '?';
}

/** A full paragraph (long, or a complete sentence); anything shorter, or cut short (`…`), reads as a headline or label. */
function shapeOf(words: number, end: LineEnd): Shape {
  if (end.cut) return 'headline';
  return words > 20 || (words >= 12 && isSentenceMark(end.last)) ? 'paragraph' : 'headline';
}

/** The line without the marks and spaces around it (loops: a regex anchored at $ would rescan runs). */
export function stripEnds(s: string): string {
  let start = 0, end = s.length;
  while (end > 0 && TRIMMED.includes(s[end - 1]!)) end--;
  while (start < end && TRIMMED.includes(s[start]!)) start++;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
const TRIMMED = ' :：.…،!|/';

/**
 * The connectives a continuing paragraph opens with, each followed by a
 * space or a comma, made once; by their first letter, so that a line is
 * tried against the few of its own (every line is asked).
 */
const OPENINGS = byFirstCharacter(lex.CONTINUATION_OPENERS.map(normalize).flatMap((w) => [w + ' ', w + '،']));
/** (a WordSet: a line's first word is looked up without a hash of it) */
const wawWords = new WordSet(lex.WAW_INITIAL_WORDS.map(normalize));

/** Phrases by their first character, in the order given: a line is tried against the few that can begin it. */
export function byFirstCharacter(phrases: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const p of phrases) out.set(p.charCodeAt(0), [...(out.get(p.charCodeAt(0)) ?? []), p]);
  return out;
}

/** The phrases (byFirstCharacter) that `line` may open with: those of its first character. */
export function phrasesOpening(phrases: ReadonlyMap<number, readonly string[]>, line: string): readonly string[] {
  return phrases.get(codeAt(line, 0)) ?? NONE;
}
const NONE: readonly string[] = [];

/**
 * The line opens with و or a connective: a paragraph that goes on with the
 * story. Asked by the rules of the few lines they read it of (after a
 * related heading, in a run of headlines, at the end), not worked out for
 * every line: its lookups were a fifteenth of the pass.
 */
export function continues(core: string): boolean {
  // the first word is copied out only when it opens with و (most lines open otherwise)
  if (codeAt(core, 0) === WAW) {
    const first = firstWord(core);
    if (first.length >= 3 && !wawWords.has(first)) return true;
  }
  for (const o of phrasesOpening(OPENINGS, core)) if (core.startsWith(o)) return true;
  return false;
}

/** The first word, up to a space or a comma. */
export function firstWord(core: string): string {
  let end = 0;
  while (end < core.length && core[end] !== ' ' && core[end] !== '،' && core[end] !== ',') end++;
  return core.slice(0, end);
}
