// The figures pass (GUIDELINES §4): quantities the article states, in digits
// or number words, with their approximator and counted noun or unit. Dates,
// years, times, durations, ordinals, identifiers and vague quantities are not
// figures. Sourcing is left to a later pass.
import { APPROXIMATORS_AFTER, APPROXIMATORS_BEFORE, CURRENCY_SIGNS, ONE_COUNTED_NOUNS, PERCENT_SIGNS } from '../lexicon/units.js';
import type { DateMention, Figure, Span } from '../model.js';
import { normalize, toOriginalSpan } from '../text/normalize.js';
import { inBoilerplate, lastStartingAtOrBefore, type Doc } from './doc.js';
import { parseDigits } from './figures-digits.js';
import { gluedToCode, isDefinite, isListMarker, namedBefore } from './figures-exclusions.js';
import { phraseAfter, phraseBefore, phrases, wordSet } from './figures-phrases.js';
import { textTokens, type Token as TextToken } from './dates-tokens.js';
import { NUMBER, nextToken, prevToken, skipSpaces, type Token } from './figures-tokens.js';
import { coordinatedEnd, NOT_FIGURE_UNITS, rangeUnit, readUnit, type UnitRead } from './figures-units.js';
import { continueAfterScale, mayStartNumber, readNumberWords, readScaleAfterDigits, type NumberCore } from './number-words.js';

const BEFORE = phrases(APPROXIMATORS_BEFORE);
const ONE_COUNTED = wordSet(ONE_COUNTED_NOUNS);
const ONE = new Set(['واحد', 'واحده']);
const AFTER = phrases(APPROXIMATORS_AFTER);
/** Brackets some outlets put around a number: (354863) شخصا، «68» عاما. */
const BRACKETS: Record<string, string> = { '(': ')', '"': '"', "'": "'" };
/** A line of style sheet or script that leaked into the text. */
const CODE_LINE = /[{};]\s*[a-z-]+\s*:|(?<!\d)\d+px\b/i;

/** A figure found, in normalized offsets, before it is mapped to the original text. */
interface Found {
  start: number;
  end: number;
  value: number;
  unit: UnitRead;
  /** Start of the unit as shown: the scale word when money follows it (مليار دولار). */
  unitStart: number;
  approximator: Span | null;
}

export function findFigures(doc: Doc, dates: DateMention[]): Figure[] {
  const text = doc.norm.text;
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  const codeLines = new Map<number, boolean>();
  const figures: Figure[] = [];
  // anchors before `next` lie inside a number read or a figure found
  let next = 0;
  for (const t of textTokens(doc)) {
    if (t.start < next || t.kind === 'mark') continue;
    // most words neither start a number nor come before واحد: they cost one lookup and a glance
    if (t.kind === 'word' && !mayStartNumber(t.text) && !oneFollows(text, t.end)) continue;
    const tok = anchorAt(text, t);
    next = tok.end;
    const kind = tok.kind;
    // digits inside a date (15 يناير 2015) make no figure: spare reading them
    if (kind === 'num' && overlapsDate(sortedDates, toOriginalSpan(doc.norm, tok.start, tok.end))) continue;
    const found = kind === 'num' ? digitFigure(doc, tok) : wordFigure(doc, tok) ?? nounThenOne(doc, tok);
    if (!found) continue;
    next = Math.max(next, found.end);
    const figure = toFigure(doc, found);
    const last = figures[figures.length - 1];
    if (last && figure.start < last.end) continue;
    if (inBoilerplate(doc, figure.start) || overlapsDate(sortedDates, figure)) continue;
    if (inCodeLine(doc, figure.start, codeLines)) continue;
    figures.push(figure);
  }
  return figures;
}

/** A figure's anchor: a word as it is, a number with its decimal and group separators (12,500، 3.5). */
function anchorAt(text: string, t: TextToken): Token {
  if (t.kind === 'word') return { start: t.start, end: t.end, text: t.text, kind: 'word' };
  NUMBER.lastIndex = t.start;
  const digits = NUMBER.exec(text)![0];
  return { start: t.start, end: t.start + digits.length, text: digits, kind: 'num' };
}

function digitFigure(doc: Doc, tok: Token): Found | null {
  const text = doc.norm.text;
  if (gluedToCode(text, tok) || isListMarker(text, tok)) return null;
  const plain = parseDigits(tok.text, text, tok.end);
  if (plain === null) return null;
  const outer = bracketed(text, tok);
  let core = continueAfterScale(text, readScaleAfterDigits(text, { ...outer, value: plain, scale: 0, scaleStart: null }));
  let unit = readUnit(doc, core.end);
  if (unit.kind === 'none' && !core.scale) unit = rangeUnit(doc, core.end, plain) ?? signBefore(text, outer.start) ?? unit;
  // 4 إلى 5 مليارات دولار: the first number is billions too
  if (unit.sharedScale) core = { ...core, value: core.value * unit.sharedScale, scale: unit.sharedScale };
  if (NOT_FIGURE_UNITS.has(unit.kind)) return null;
  const yearLike = /^\d{4}$/.test(tok.text) && plain >= 1000 && plain <= 2100;
  const shape = yearLike ? 'four-digit' : /^\d{1,4}$/.test(tok.text) ? 'whole' : 'none';
  if (!core.scale && namedBefore(doc, outer.start, shape)) return null;
  const found = finish(doc, core, unit);
  if (found.approximator || core.scale) return found;
  // 2000 جندي needs an approximator to read as a count; ولدت في 1862 عندما … is a year.
  if (yearLike && plain >= 1800 && (unit.kind === 'none' || unit.kind === 'noun')) return null;
  return unit.kind === 'none' && bareIsName(doc, outer) ? null : found;
}

/**
 * A number with no unit and no approximator names something when a definite
 * word precedes it (القرار 2254), it stands alone on its line, it closes a
 * quoted name («بوينغ 777»), it is bracketed alone ((3): …), or it continues
 * such a list (القرارات 1696 و1737).
 */
function bareIsName(doc: Doc, span: Span): boolean {
  const text = doc.norm.text;
  const prev = prevToken(text, span.start);
  const next = nextToken(text, span.end);
  if (prev?.kind === 'word' && isDefinite(doc, prev)) return true;
  if ((!prev || prev.kind === 'break') && (!next || next.kind === 'break')) return true;
  if (next?.text === '"' || text[span.start] === '(') return true;
  return prev?.text === 'و' && prevToken(text, prev.start)?.kind === 'num';
}

/** Number words count only before a counted noun or unit: conservative, since أحد، ست، خمس mean other things too. */
function wordFigure(doc: Doc, tok: Token): Found | null {
  const core = continueAfterScale(doc.norm.text, readNumberWords(doc.norm.text, tok) ?? NO_NUMBER);
  if (core === NO_NUMBER) return null;
  const unit = readUnit(doc, core.end);
  if (unit.kind === 'none' || NOT_FIGURE_UNITS.has(unit.kind)) return null;
  return finish(doc, core, unit);
}

/**
 * شخص واحد، دولار واحد: a counted noun, currency or measure and واحد count
 * one. Not idioms (في آن واحد، بصوت واحد), durations (يوم واحد, which
 * readUnit refuses) or "one of" (واحدة من أكبر الشركات).
 */
function nounThenOne(doc: Doc, tok: Token): Found | null {
  if (!oneFollows(doc.norm.text, tok.end)) return null;
  const one = nextToken(doc.norm.text, tok.end);
  if (!one || one.kind !== 'word' || !ONE.has(one.text)) return null;
  if (nextToken(doc.norm.text, one.end)?.text === 'من') return null;
  const unit = readUnit(doc, tok.start);
  const counted = unit.kind === 'noun' && ONE_COUNTED.has(tok.text.replace(/^[وف]/, ''));
  if (!counted && unit.kind !== 'currency' && unit.kind !== 'measure') return null;
  return finish(doc, { start: one.start, end: one.end, value: 1, scale: 0, scaleStart: null }, unit);
}

/** واحد (or واحدة) may be the next word: a look at the text, no token read. */
function oneFollows(text: string, end: number): boolean {
  return text.startsWith('واحد', skipSpaces(text, end));
}

const NO_NUMBER: NumberCore = { start: 0, end: 0, value: 0, scale: 0, scaleStart: null };

function finish(doc: Doc, core: NumberCore, unit: UnitRead): Found {
  const text = doc.norm.text;
  const approxStart = phraseBefore(text, core.start, BEFORE);
  let end = unit.shared ? core.end : Math.max(core.end, coordinatedEnd(doc, unit));
  const afterEnd = phraseAfter(text, end, AFTER);
  let approximator: Span | null = approxStart >= 0 ? { start: approxStart, end: core.start } : null;
  if (afterEnd >= 0) {
    approximator ??= { start: end, end: afterEnd };
    end = afterEnd;
  }
  const start = approxStart >= 0 ? approxStart : unit.shared ? core.start : Math.min(core.start, unit.start);
  const money = unit.kind === 'currency' && core.scaleStart !== null && unit.start >= core.end;
  return { start, end, value: core.value, unit, unitStart: money ? core.scaleStart! : unit.start, approximator };
}

/** The number with the brackets around it, when it has them. */
function bracketed(text: string, tok: Token): Span {
  const open = text[tok.start - 1] ?? '';
  const close = BRACKETS[open];
  return close && text[tok.end] === close ? { start: tok.start - 1, end: tok.end + 1 } : { start: tok.start, end: tok.end };
}

/** A sign before the digits: $5، %7.5 as some right-to-left texts write it. */
function signBefore(text: string, start: number): UnitRead | null {
  const prev = prevToken(text, start);
  if (!prev || prev.kind !== 'sym') return null;
  if (PERCENT_SIGNS.includes(prev.text)) return { kind: 'percent', start: prev.start, end: prev.end, key: '%' };
  const currency = CURRENCY_SIGNS[prev.text];
  return currency ? { kind: 'currency', start: prev.start, end: prev.end, key: normalize(currency) } : null;
}

function inCodeLine(doc: Doc, offset: number, cache: Map<number, boolean>): boolean {
  const line = lastStartingAtOrBefore(doc.segments.lines, offset);
  if (!line) return false;
  let code = cache.get(line.index);
  if (code === undefined) {
    code = CODE_LINE.test(doc.text.slice(line.start, line.end));
    cache.set(line.index, code);
  }
  return code;
}

function toFigure(doc: Doc, found: Found): Figure {
  const orig = (s: number) => doc.norm.toOriginal[s]!;
  const start = orig(found.start), end = orig(found.end);
  const u = found.unit;
  const approximator = found.approximator
    ? doc.text.slice(orig(found.approximator.start), orig(found.approximator.end)).trim()
    : null;
  return {
    start, end,
    text: doc.text.slice(start, end),
    value: Number(found.value.toPrecision(12)), // 1.07 × 1e9 is 1070000000, not …0000001
    unit: u.kind === 'none' ? null : doc.text.slice(orig(found.unitStart), orig(u.end)),
    unitKey: u.key,
    approximator,
    percent: u.kind === 'percent',
    sourced: false,
    claim: null,
    attribution: null,
  };
}

/** Dates are sorted and do not overlap: the last one starting before the span's end decides. */
function overlapsDate(dates: DateMention[], span: Span): boolean {
  const last = lastStartingAtOrBefore(dates, span.end - 1); // offsets are whole numbers: start < end
  return !!last && last.end > span.start;
}
