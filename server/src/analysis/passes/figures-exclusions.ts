// Numbers that are not figures (GUIDELINES §4): parts of codes, URLs, dates
// written with slashes, scores and times; list markers; phone numbers; years;
// and numbers that name rather than count (القرار 2254، الساعة 5، المادة 5).
import { IDENTIFIER_NOUNS, LATIN_LETTER_NAMES, MONTH_NAMES, TIME_OF_DAY_BEFORE, YEAR_NOUNS_BEFORE, YEAR_WORDS_BEFORE } from '../lexicon/units.js';
import { onlyClitics, withoutArticle } from './clitics.js';
import { isDigit, isWhiteSpace } from '../text/segment.js';
import type { Doc } from './doc.js';
import { onlyDigits } from './figures-digits.js';
import { wordSet } from './figures-phrases.js';
import { nextToken, prevToken, type Token } from './figures-tokens.js';
import { ALEF, BAA, HAA, KAF, LAM, MEEM, codeAt, isArabicLetter, isConjunction } from '../text/letters.js';

const IDENTIFIERS = wordSet(IDENTIFIER_NOUNS);
const CLOCK_BEFORE = wordSet(TIME_OF_DAY_BEFORE);
const YEAR_BEFORE = wordSet(YEAR_WORDS_BEFORE);
const YEAR_NOUNS = wordSet(YEAR_NOUNS_BEFORE);
const MONTHS = wordSet(MONTH_NAMES);
const LATIN_LETTERS = wordSet(LATIN_LETTER_NAMES);

/** Marks that glue a number to a code, a date, a time, a score or a URL (Latin letters do too), by char code. */
const GLUE_MARKS = new Set([...'/\\:_#@=&+-–×*'].map((c) => c.charCodeAt(0)));
const isGlue = (code: number): boolean => isLatinLetter(code) || GLUE_MARKS.has(code);
const isLatinLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const LINKERS = new Set(['/', '-', '–', ':', '\\']);
const LIST_MARKS = new Set(['.', ')', '-', '–']);
/** How far a glued run (no spaces) is searched for Latin letters or slashes. */
const RUN_LIMIT = 40;

/** True when the digits are part of a code, URL, date, time, score, range or phone number. */
export function gluedToCode(doc: Doc, num: Token): boolean {
  const text = doc.norm.text;
  // (all by char code: a regular expression per number, and a one-letter string per look, cost more than the rest)
  const w = num.text;
  if ((w.charCodeAt(0) === 0x30 && isDigit(codeAt(w, 1))) || (w.length >= 9 && onlyDigits(w))) return true; // 0400، 020، account numbers
  if (isGlue(codeAt(text, num.start - 1)) || isGlue(codeAt(text, num.end))) return true;
  if (gluedToArabic(doc, num) || runHasCode(doc, num)) return true;
  const next = nextToken(doc, num.end);
  const prev = prevToken(doc, num.start);
  if (next && LINKERS.has(next.text) && (next.text === '/' || nextToken(doc, next.end)?.kind === 'num')) return true;
  if (prev && LINKERS.has(prev.text) && (prev.text === '/' || prevToken(doc, prev.start)?.kind === 'num')) return true;
  if (next?.kind === 'num' || prev?.kind === 'num') return true; // 020 7042 7171
  return prev?.kind === 'latin' || next?.kind === 'latin';
}

/** The direction marks some outlets put inside a decimal (92.\u200F5). */
const isInvisible = (code: number): boolean => code === 0x200e || code === 0x200f || code === 0x061c;
const isDotOrComma = (code: number): boolean => code === 0x2e || code === 0x2c;

/**
 * Digits glued to Arabic letters are a page (ص36) or a reversed decimal as
 * some outlets print them (88ر0، 92.‏5); only clitics (ب50، ل61، الـ11) may touch them.
 */
function gluedToArabic(doc: Doc, num: Token): boolean {
  const text = doc.norm.text;
  let i = num.start;
  while (i > 0 && isArabicLetter(text.charCodeAt(i - 1))) i--;
  if (i < num.start && (!onlyClitics(text.slice(i, num.start)) || isDigit(codeAt(text, i - 1)))) return true;
  const after = codeAt(text, num.end), then = codeAt(text, num.end + 1);
  if (isArabicLetter(after) && isDigit(then)) return true;
  if (isDotOrComma(after) && (isInvisible(then) || isArabicLetter(then) || isLatinLetter(then))) return true;
  return isInvisible(codeAt(text, num.start - 1)) && isDotOrComma(codeAt(text, num.start - 2));
}

function runHasCode(doc: Doc, num: Token): boolean {
  const text = doc.norm.text;
  let i = num.start - 1;
  for (let n = 0; i >= 0 && n < RUN_LIMIT && !isWhiteSpace(text.charCodeAt(i)); n++) {
    if (isCodeChar(text.charCodeAt(i))) return true;
    i--;
  }
  i = num.end;
  for (let n = 0; i < text.length && n < RUN_LIMIT && !isWhiteSpace(text.charCodeAt(i)); n++) {
    if (isCodeChar(text.charCodeAt(i))) return true;
    i++;
  }
  return false;
}

/** A Latin letter, / or = (by char code: a one-letter string and a regular expression per character cost more than the run). */
function isCodeChar(code: number): boolean {
  return isLatinLetter(code) || code === 0x2f || code === 0x3d;
}

/** `1.` or `2)` at the start of a line numbers a list. */
export function isListMarker(doc: Doc, num: Token): boolean {
  const prev = prevToken(doc, num.start);
  if (prev && prev.kind !== 'break' && !(prev.kind === 'sym' && /[-•*]/.test(prev.text))) return false;
  const next = nextToken(doc, num.end);
  return !!next && next.kind === 'sym' && LIST_MARKS.has(next.text);
}

/** The word before a number without attached particles and ال: والقرار → قرار. */
function bareWord(word: string): string {
  return withoutArticle(word) ?? word;
}

/** An identifier noun, bare or with a possessive suffix: نسخته → نسخه، رقمها → رقم. */
function isIdentifierNoun(word: string): boolean {
  const bare = bareWord(word);
  if (IDENTIFIERS.has(word) || IDENTIFIERS.has(bare)) return true;
  // the suffix is looked for by the last letters before a regular expression takes it off (most words have none)
  const stem = endsInPossessive(bare) ? /^(.{2,}?)(?:ه|ها|هم)$/.exec(bare)?.[1] : undefined;
  return !!stem && (IDENTIFIERS.has(stem) || IDENTIFIERS.has(stem.replace(/ت$/, 'ه')));
}

/** Ends in ه, ها or هم. */
function endsInPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === HAA || ((last === ALEF || last === MEEM) && codeAt(word, word.length - 2) === HAA);
}

export type NamedAs = 'identifier' | 'clock' | 'year' | null;

/** How the number before a word may read as a year: a 4-digit one (1000–2100), any whole one, or not at all. */
export type YearShape = 'four-digit' | 'whole' | 'none';

/** What the word(s) before a number make it: an identifier, a time of day, a year. */
export function namedBefore(doc: Doc, start: number, shape: YearShape): NamedAs {
  const prev = prevToken(doc, start);
  if (!prev || prev.kind !== 'word') return null;
  if (CLOCK_BEFORE.has(prev.text)) return 'clock';
  if (YEAR_BEFORE.has(prev.text) && shape === 'four-digit') return 'year';
  if (shape !== 'none' && YEAR_NOUNS.has(withoutYearParticle(prev.text))) return 'year';
  if (MONTHS.has(prev.text)) return 'year';
  if (isIdentifierNoun(prev.text)) return 'identifier';
  // الرحلة إم إتش 370، طائرة إف 16: a code spelled in Latin letters
  if (LATIN_LETTERS.has(prev.text)) return 'identifier';
  // القرار الأممي 2254: a definite adjective between the noun and its number.
  const before = prevToken(doc, prev.start);
  if (before?.kind === 'word' && isDefinite(doc, prev) && isIdentifierNoun(before.text)) return 'identifier';
  return null;
}

/** وعام، بسنة: the particle before عام or سن taken off (/^[وبلف](?=عام|سن)/, by char code: a replace per number cost more). */
function withoutYearParticle(word: string): string {
  const c = word.charCodeAt(0);
  return (isConjunction(c) || c === BAA || c === LAM) && (word.startsWith('عام', 1) || word.startsWith('سن', 1)) ? word.slice(1) : word;
}

const isParticle = (code: number): boolean => isConjunction(code) || code === BAA || code === KAF;

/**
 * True when the word is written with the article ال (in the original, so
 * آلية is not): /^(?:[وفبك]{0,2}ال|[وف]?لل)/ on the word as written, read
 * by char code in place (a slice and a regular expression per word cost more).
 */
export function isDefinite(doc: Doc, tok: Token): boolean {
  const text = doc.text, start = doc.norm.toOriginal[tok.start]!, end = doc.norm.toOriginal[tok.end]!;
  // up to two of و ف ب ك, then ال
  for (let p = 0; p <= 2; p++) {
    if (p > 0 && !isParticle(text.charCodeAt(start + p - 1))) break;
    if (pairAt(text, start + p, end, ALEF, LAM)) return true;
  }
  // و or ف, then لل
  return pairAt(text, start, end, LAM, LAM) || (isConjunction(text.charCodeAt(start)) && pairAt(text, start + 1, end, LAM, LAM));
}

/** The letters `a` then `b` at `i`, both before `end`. */
function pairAt(text: string, i: number, end: number, a: number, b: number): boolean {
  return i + 2 <= end && text.charCodeAt(i) === a && text.charCodeAt(i + 1) === b;
}
