// Reads Arabic number words into a value: ثلاثة آلاف = 3000, خمسة وعشرين = 25,
// أحد عشر = 11, ثلاثمئة = 300, نصف مليون = 500000, مليون ونصف = 1500000, and
// the scale after digits (2.5 مليون, 3 مليارات). Works on normalized text.
import { NOT_NUMBER_WORDS, numberWordEntries, type NumberWordEntry, type NumberWordKind } from '../lexicon/numbers.js';
import { cliticSpellings, frontClitics } from './clitics.js';
import type { Doc } from './doc.js';
import { normalize } from '../text/normalize.js';
import { WordSet } from '../text/word-set.js';
import { nextToken, prevToken, type Token } from './figures-tokens.js';

const ENTRIES = new Map<string, NumberWordEntry>(numberWordEntries().map(([w, e]) => [normalize(w), e]));
const REFUSED = new Set(NOT_NUMBER_WORDS.map(normalize));
/** Every number word with the clitics that attach to the first word of a number (بثلاثة، لستة، وخمسة). */
export const NUMBER_WORD_FORMS: readonly string[] = [...ENTRIES.keys()].flatMap((w) => cliticSpellings(w));
/** Most words of a text are none, and one set lookup says so. */
const PREFIXED_FORMS = new WordSet(NUMBER_WORD_FORMS);

export interface WordLookup {
  readonly entry: NumberWordEntry;
  /** Length of the attached particle (و، ب …) before the number word. */
  readonly prefix: number;
}

/** The number word `word` is, with an attached particle when `anyPrefix` (else only و). */
export function lookupNumberWord(word: string, anyPrefix: boolean): WordLookup | null {
  if (!PREFIXED_FORMS.has(word)) return null;
  return (anyPrefix ? READ_ANY_PREFIX : READ_WAW_ONLY).get(word) ?? null;
}

/** How lookupNumberWord reads a form: as written first, then with one clitic letter off, then two (وبثلاثة). */
function readForm(word: string, anyPrefix: boolean): WordLookup | null {
  if (REFUSED.has(word) || REFUSED.has(word.replace(/^[وف]/, ''))) return null;
  const most = anyPrefix ? frontClitics(word) : frontClitics(word, '', 'و');
  for (let k = 0; k <= most; k++) {
    const entry = ENTRIES.get(word.slice(k));
    if (entry) return { entry, prefix: k };
  }
  return null;
}

/**
 * Every form's reading, made once, each way: a lookup is one probe and one
 * hash, where reading it then (a regular expression, a slice and a hash per
 * clitic letter) cost five times that.
 */
function readings(anyPrefix: boolean): ReadonlyMap<string, WordLookup> {
  const read = new Map<string, WordLookup>();
  for (const form of NUMBER_WORD_FORMS) {
    const found = readForm(form, anyPrefix);
    if (found) read.set(form, found);
  }
  return read;
}
const READ_ANY_PREFIX = readings(true), READ_WAW_ONLY = readings(false);

/** A number read from the text; normalized offsets. */
export interface NumberCore {
  start: number;
  end: number;
  value: number;
  /** The value of the scale word the number ends with (ألف → 1000), or 0. */
  scale: number;
  /** Where that scale word starts: مليار دولار is the unit of 3 مليارات دولار. */
  scaleStart: number | null;
}
// (cores are made as literals with these fields in this order, not spread from another: a spread's copy
// has another hidden class, and the figure readers that meet it deoptimize)

interface WordState {
  total: number;
  current: number;
  lastScale: number;
  prev: NumberWordKind | null;
}

/** Order of magnitude of a word, for what may follow و: خمسة وعشرون، مئة وخمسة، ألف ومئتان. */
function rank(e: NumberWordEntry): number {
  if (e.kind === 'scale') return e.value;
  return e.kind === 'hundred' ? 100 : e.kind === 'tens' ? 20 : 1;
}

/** After و a smaller part follows, except units before tens (خمسة وعشرون); ثلاثة وخمسة is two numbers. */
function joinsAfterWaw(s: WordState, e: NumberWordEntry): boolean {
  if (s.prev === 'scale') return e.kind === 'fraction' || rank(e) < s.lastScale;
  if (s.prev === 'hundred') return rank(e) < 100;
  if (s.prev === 'unit' || s.prev === 'one') return e.kind === 'tens';
  return false;
}

/** Applies one word to the running value; false when the word cannot continue this number. */
function apply(s: WordState, e: NumberWordEntry, first: boolean, waw: boolean): boolean {
  if (waw && !joinsAfterWaw(s, e)) return false;
  const adds = first || waw;
  switch (e.kind) {
    case 'one': case 'unit': case 'tens':
      if (!adds) return false;
      s.current += e.value;
      return true;
    case 'ten':
      if (!adds && s.prev !== 'unit' && s.prev !== 'one') return false;
      s.current += 10;
      return true;
    case 'hundred':
      if (adds) s.current += e.value;
      else if (s.prev === 'unit' && e.value === 100) s.current *= 100;
      else return false;
      return true;
    case 'scale':
      return applyScale(s, e, adds);
    case 'fraction':
      if (first) s.current = e.value;
      else if (waw && s.prev === 'scale') s.total += e.value * s.lastScale;
      else return false;
      return true;
  }
}

function applyScale(s: WordState, e: NumberWordEntry, adds: boolean): boolean {
  // بين مليونين وثلاثة ملايين: a scale after و-parts must be smaller than the one before.
  if (!adds && s.current > 0 && (s.lastScale === 0 || e.value < s.lastScale)) {
    s.total += s.current * e.value;
    s.current = 0;
  } else if (adds && e.scaleForm !== 'plural') {
    s.total += (e.scaleForm === 'dual' ? 2 : 1) * e.value;
  } else return false; // آلاف، ملايين with no number before them are vague
  s.lastScale = e.value;
  return true;
}

/** Reads number words starting at `first` (a word token); null when it is not a number. */
export function readNumberWords(doc: Doc, first: Token): NumberCore | null {
  const head = lookupNumberWord(first.text, true);
  if (!head || afterOrdinal(doc, first, head)) return null;
  const s: WordState = { total: 0, current: 0, lastScale: 0, prev: null };
  let end = first.start;
  let scaleStart: number | null = null;
  let words = 0;
  // State before the last و-part: بين مليونين وثلاثة ملايين is two numbers, so a
  // part that the next number word cannot continue is given back.
  let saved: { state: WordState; end: number; scaleStart: number | null; words: number } | null = null;
  for (let tok: Token | null = first; tok && tok.kind === 'word'; tok = nextToken(doc, tok.end)) {
    const found = words === 0 ? head : lookupNumberWord(tok.text, false);
    if (!found) break;
    const waw = words > 0 && found.prefix > 0;
    if (waw) saved = { state: { ...s }, end, scaleStart, words };
    if (!apply(s, found.entry, words === 0, waw)) {
      if (!waw && saved) {
        ({ end, scaleStart, words } = saved);
        Object.assign(s, saved.state);
      }
      break;
    }
    s.prev = found.entry.kind;
    if (s.prev === 'scale') scaleStart = tok.start + found.prefix;
    end = tok.end;
    words++;
  }
  // A lone واحد/أحد, or a fraction with no scale, is not a number.
  if (s.prev === 'one' && words === 1) return null;
  if (head.entry.kind === 'fraction' && s.lastScale === 0) return null;
  const scale = s.prev === 'scale' ? s.lastScale : 0;
  return { start: first.start + head.prefix, end, value: s.total + s.current, scale, scaleStart: scale ? scaleStart : null };
}

/** عشر after an ordinal is part of it: القرن الخامس عشر، المرتبة الرابعة عشرة. */
function afterOrdinal(doc: Doc, first: Token, head: WordLookup): boolean {
  if (head.entry.kind !== 'ten' || head.prefix > 0) return false;
  const prev = prevToken(doc, first.start);
  return !!prev && prev.kind === 'word' && prev.text.startsWith('ال');
}

/** A scale word after digits (2.5 مليون، 3 مليارات، 12 ألفا), with an optional ونصف. */
export function readScaleAfterDigits(doc: Doc, digits: NumberCore): NumberCore {
  const tok = nextToken(doc, digits.end);
  if (!tok || tok.kind !== 'word') return digits;
  const scale = ENTRIES.get(tok.text);
  if (!scale || scale.kind !== 'scale' || scale.scaleForm === 'dual') return digits;
  // (5,712,778) مليون معتمر: a number already in the hundreds of thousands is no count of millions; the word is a slip
  if (digits.value >= 1e5 && scale.value >= 1e6) return { start: digits.start, end: tok.end, value: digits.value, scale: digits.scale, scaleStart: digits.scaleStart };
  let value = digits.value * scale.value;
  let end = tok.end;
  const half = nextToken(doc, end);
  const frac = half && half.kind === 'word' ? lookupNumberWord(half.text, false) : null;
  if (half && frac && frac.prefix > 0 && frac.entry.kind === 'fraction') {
    value += frac.entry.value * scale.value;
    end = half.end;
  }
  return { start: digits.start, end, value, scale: scale.value, scaleStart: tok.start };
}

/**
 * A smaller part joined by و after a scale: مليار و460 مليون، مليون و336 ألفا
 * و989. Only after a scale, so بين 10 و20 stays two numbers.
 */
export function continueAfterScale(doc: Doc, core: NumberCore): NumberCore {
  let out = core;
  for (let n = 0; n < 4 && out.scale > 0; n++) {
    const waw = nextToken(doc, out.end);
    const num = waw && waw.text === 'و' ? nextToken(doc, waw.end) : null;
    if (!num || num.kind !== 'num' || !/^\d+$/.test(num.text)) break;
    const part = readScaleAfterDigits(doc, { start: num.start, end: num.end, value: Number(num.text), scale: 0, scaleStart: null });
    if (part.value >= out.scale) break;
    out = { start: out.start, end: part.end, value: out.value + part.value, scale: part.scale, scaleStart: part.scaleStart ?? out.scaleStart };
  }
  return out;
}
