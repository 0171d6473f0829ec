// The figures pass (GUIDELINES §4): quantities the article states, in digits
// or number words, with their approximator and counted noun or unit. Dates,
// years, times, durations, ordinals, identifiers and vague quantities are not
// figures. Sourcing is left to a later pass.
import { DUAL_CONSTRUCT_SCALES, ONE_WORDS } from '../lexicon/numbers.js';
import {
  AMOUNT_VERBS, APPROXIMATORS_AFTER, APPROXIMATORS_BEFORE, COUNT_AFTER, COUNT_SIGNALS, CURRENCY_SIGNS, ONE_COUNTED_NOUNS, ONLY_WORDS,
  COUNT_INTRODUCERS, PERCENT_SIGNS, PLURAL_KEYS, TIME_NOUNS_COUNTING_ABOVE_TEN, YEAR_TIME_PREPOSITIONS,
} from '../lexicon/units.js';
import type { DateMention, Figure, Span } from '../model.js';
import { normalize, toOriginalSpan } from '../text/normalize.js';
import { inBoilerplate, lastStartingAtOrBefore, perDoc, type Doc } from './doc.js';
import { onlyDigits, parseDigits } from './figures-digits.js';
import { gluedToCode, isDefinite, isListMarker, namedBefore } from './figures-exclusions.js';
import { phraseAfter, phraseBefore, phrases, wordSet } from './figures-phrases.js';
import { textStarts, textTokens, type Token as TextToken } from './dates-tokens.js';
import { lastTokenAtOrBefore, nextToken, prevToken, spacesBefore, tokensBefore, type Token } from './figures-tokens.js';
import { cardinalAfterNoun, DEFINITE_CARDINAL_WORDS, digitsAfterNoun, hasArticle, pluralBeforeNumber, type AfterNoun } from './figures-after-noun.js';
import { coordinatedEnd, NOT_FIGURE_UNITS, rangeUnit, readUnit, unitRead, type UnitRead } from './figures-units.js';
import { continueAfterScale, NUMBER_WORD_FORMS, readNumberWords, readScaleAfterDigits, type NumberCore } from './number-words.js';
import { ALEF, WAW, codeAt } from '../text/letters.js';

const BEFORE = phrases(APPROXIMATORS_BEFORE);
/** Words a figure may start at: number words with their particles, and definite cardinals after a noun (each token says whether it is one: Token.figureStart). */
export const FIGURE_START_WORDS: readonly string[] = [...NUMBER_WORD_FORMS, ...DEFINITE_CARDINAL_WORDS];
const ONE_COUNTED = wordSet(ONE_COUNTED_NOUNS);
const ONLY = phrases(ONLY_WORDS);
const DUAL_CONSTRUCT = wordSet(DUAL_CONSTRUCT_SCALES);
const COUNTING_ABOVE_TEN = wordSet(TIME_NOUNS_COUNTING_ABOVE_TEN);
const SIGNALS = wordSet(COUNT_SIGNALS);
const AMOUNTING = wordSet(AMOUNT_VERBS);
const SAYS_COUNT_AFTER = wordSet(COUNT_AFTER);
const YEAR_TIME_WORDS = wordSet(YEAR_TIME_PREPOSITIONS);
const KNOWN_COUNTED = wordSet([...ONE_COUNTED_NOUNS, ...Object.keys(PLURAL_KEYS), ...Object.values(PLURAL_KEYS)]);
const COUNT_CONTEXT = wordSet(COUNT_INTRODUCERS);
const ONE = wordSet(ONE_WORDS);
const AFTER = phrases(APPROXIMATORS_AFTER);
/** Brackets some outlets put around a number, by char code: (354863) شخصا، «68» عاما. */
const CLOSING_BRACKET = new Map([[0x28, 0x29], [0x22, 0x22], [0x27, 0x27]]);
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

/** Where the dates are, asked in normalized offsets. */
interface DateIndex {
  /** True when the normalized span overlaps a date mention. */
  overlaps(start: number, end: number): boolean;
  /** True when a date mention ends at this normalized offset (هذا العام | 11 حرفيا). */
  endsAt(end: number): boolean;
}

function dateIndex(doc: Doc, sorted: DateMention[]): DateIndex {
  const orig = (n: number): number => doc.norm.toOriginal[n]!;
  return {
    overlaps: (start, end) => {
      if (end <= start || !sorted.length) return false;
      const last = lastStartingAtOrBefore(sorted, orig(end) - 1);
      return !!last && last.end > orig(start);
    },
    endsAt: (end) => {
      const d = lastStartingAtOrBefore(sorted, orig(end) - 1);
      return !!d && d.end === orig(end);
    },
  };
}

export function findFigures(doc: Doc, dates: DateMention[]): Figure[] {
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  const index = dateIndex(doc, sortedDates);
  const codeLines = new Map<number, boolean>();
  const figures: Figure[] = [];
  // anchors before `next` lie inside a number read or a figure found
  let next = 0;
  for (const t of anchorTokens(doc)) {
    if (t.from < next) continue;
    const tok = anchorAt(doc, t);
    next = tok.end;
    const kind = tok.kind;
    // digits inside a date (15 يناير 2015) make no figure: spare reading them
    if (kind === 'num' && overlapsDate(sortedDates, toOriginalSpan(doc.norm, tok.start, tok.end))) continue;
    const found = kind === 'num' ? digitFigure(doc, tok, index)
      : wordFigure(doc, tok, index) ?? nounThenOne(doc, tok) ?? afterNoun(doc, cardinalAfterNoun(doc, tok));
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

/**
 * The tokens a figure may be anchored at, in order: every number, the words
 * a number starts at, and the words just before واحد (nounThenOne). The
 * first two are among the tokens the tokenizer listed (textStarts), the
 * last are found from each واحد of the text: no other token is visited.
 */
function anchorTokens(doc: Doc): TextToken[] {
  const text = doc.norm.text, tokens = textTokens(doc), starts = textStarts(doc);
  const out: TextToken[] = [];
  let s = 0;
  for (let one = oneWordAt(text, 0); one >= 0; one = oneWordAt(text, one + 1)) {
    const spaces = spacesBefore(text, one);
    // the words ending in [spaces, one]: only spaces lie between them and واحد
    let k = lastTokenAtOrBefore(tokens, one - 1);
    while (k >= 0 && tokens[k]!.to >= spaces) k--;
    for (k++; k < tokens.length && tokens[k]!.from < one; k++) {
      const t = tokens[k]!;
      if (t.to > one || t.kind !== 'word') continue;
      for (; s < starts.length && starts[s]! <= k; s++) if (starts[s]! < k) startAnchor(tokens[starts[s]!]!, out);
      out.push(t);
    }
  }
  for (; s < starts.length; s++) startAnchor(tokens[starts[s]!]!, out);
  return out;
}

/** A listed token is an anchor when it is a number or a word a figure may start at (a date's start word need not be one). */
function startAnchor(t: TextToken, out: TextToken[]): void {
  if (t.kind === 'number' || (t.kind === 'word' && t.figureStart)) out.push(t);
}

/** A figure's anchor: a word as it is, a number with its decimal and group separators (12,500، 3.5). */
function anchorAt(doc: Doc, t: TextToken): Token {
  if (t.kind === 'word') return { start: t.from, end: t.to, text: t.norm, kind: 'word' };
  return nextToken(doc, t.from)!;
}

function digitFigure(doc: Doc, tok: Token, dates: DateIndex): Found | null {
  const text = doc.norm.text;
  if (gluedToCode(doc, tok) || isListMarker(doc, tok)) return null;
  const plain = parseDigits(tok.text, doc, tok.end);
  if (plain === null) return null;
  const outer = bracketed(doc, tok);
  let core = continueAfterScale(doc, readScaleAfterDigits(doc, { start: outer.start, end: outer.end, value: plain, scale: 0, scaleStart: null }));
  let unit = unitAfter(doc, core.end, plain, dates);
  if (unit.kind === 'none' && !core.scale) unit = rangeUnit(doc, core.end, plain) ?? signBefore(doc, outer.start) ?? quotedUnit(doc, outer) ?? unit;
  // 4 إلى 5 مليارات دولار: the first number is billions too
  if (unit.sharedScale) core = { start: core.start, end: core.end, value: core.value * unit.sharedScale, scale: unit.sharedScale, scaleStart: core.scaleStart };
  if (NOT_FIGURE_UNITS.has(unit.kind)) return null;
  // الحرائق الـ21 counts; الذكرى الـ70 ranks; الـ500 جندي counts its noun
  if (!core.scale && text.startsWith('ال', tok.start - 2) && hasArticle(doc, tok.start)) {
    const read = digitsAfterNoun(doc, tok.start, outer.end, core.value);
    if (read === 'rank') return null;
    if (read || unit.kind === 'none') return afterNoun(doc, read);
  }
  // (the digits' shape by their codes: two regular expressions per number cost more than reading it)
  const whole = tok.text.length <= 4 && onlyDigits(tok.text);
  const yearLike = whole && tok.text.length === 4 && plain >= 1000 && plain <= 2100;
  const shape = yearLike ? 'four-digit' : whole ? 'whole' : 'none';
  // after a whole date (هذا العام 11 حرفيا) the number starts anew; a year there restates it (العام الحالي 2015)
  if (!core.scale && namedBefore(doc, outer.start, shape) && (yearLike || !dates.endsAt(prevToken(doc, outer.start)?.end ?? -1))) return null;
  const found = finish(doc, core, unit);
  if (found.approximator || core.scale) return found;
  // ولدت في 1862 عندما … and من 1974 بدأ … are years; a counted noun after it (بواقع 2000 شقة) makes it a count.
  if (yearLike && plain >= 1800 && (unit.kind === 'none' || (unit.kind === 'noun' && !yearCounts(doc, outer, unit)))) return null;
  if (unit.kind !== 'none') return found;
  const plural = outer.start === tok.start ? pluralBeforeNumber(doc, outer.start, outer.end, core.value) : null;
  if (plural) return afterNoun(doc, plural);
  return bareIsName(doc, outer) && !saysCount(doc, outer) ? null : found;
}

/**
 * Words around a year-sized number that make it a year even before a noun
 * (من 1974 بدأ، بين 1909 و1914 تحسنت، (2015) موقع): a preposition of time,
 * a year joined before it, or brackets of its own.
 */
function yearContext(doc: Doc, span: Span): boolean {
  const text = doc.norm.text;
  if (text[span.start] === '(') return true;
  const prev = prevToken(doc, span.start);
  if (!prev) return false;
  if (prev.kind === 'word' && (YEAR_TIME_WORDS.has(prev.text) || YEAR_TIME_WORDS.has(prev.text.replace(/^[وف]/, '')))) return true;
  // و1914 after 1909
  const joined = prev.text === 'و' ? prevToken(doc, prev.start) : null;
  return !!joined && joined.kind === 'num' && /^\d{4}$/.test(joined.text);
}

/**
 * Whether a year-sized number before a noun counts it. Years follow the
 * nouns they date (رؤية 2030 سهلت، ميزانية 2018 ملتزمة، الربع الأول 2018
 * مقارنة) and verbs follow them; counts follow verbs, prepositions and
 * other counts. So: a noun known to be counted (فقدان 2100 شخص، 2000
 * لاجئ); or a count-shaped noun (no conjunction, preposition or imperfect
 * prefix: not 1968 وصادقت، 2030 يستند) after a word that introduces counts
 * (بواقع 2000 شقة، على 2000 عنصر، يبلغ 1850 شخصا، و2000 مسيحي after a
 * count) or, in the accusative of counts (1859 موقعا), after no definite word.
 */
function yearCounts(doc: Doc, span: Span, unit: UnitRead): boolean {
  if (yearContext(doc, span)) return false;
  const text = doc.norm.text;
  const word = text.slice(unit.start, unit.end);
  if (KNOWN_COUNTED.has(word) || KNOWN_COUNTED.has(word.replace(/(?:ا|ين|ون)$/, ''))) return true;
  if (/^[وفبلكيتنا]/.test(word)) return false;
  const prev = prevToken(doc, span.start);
  if (!prev) return false;
  if (prev.kind === 'word' && (COUNT_CONTEXT.has(prev.text) || AMOUNTING.has(prev.text) || SIGNALS.has(prev.text.replace(/^[وف]/, '')))) return true;
  if (prev.text === 'و' && nounAfterCount(doc, prev.start)) return true;
  return text[unit.end - 1] === 'ا' && !(prev.kind === 'word' && isDefinite(doc, prev));
}

/** The words before `pos` end a count (18 ألف سني، و2000 …): a number a few tokens back. */
function nounAfterCount(doc: Doc, pos: number): boolean {
  const before = tokensBefore(doc, pos, 5);
  return before.some((t) => t.kind === 'num');
}

/**
 * The unit after a number: none when the word there starts a date (إلى 2.9
 * مليار بنهاية آب), a count of contracts for عقد above ten (1800 عقد).
 */
function unitAfter(doc: Doc, pos: number, value: number, dates: DateIndex): UnitRead {
  const unit = readUnit(doc, pos);
  if (unit.kind !== 'none' && dates.overlaps(unit.start, unit.end)) return unitRead('none', pos, pos, null);
  if (unit.kind === 'time' && value > 10 && COUNTING_ABOVE_TEN.has(doc.norm.text.slice(unit.start, unit.end))) {
    return unitRead('noun', unit.start, unit.end, doc.norm.text.slice(unit.start, unit.end), unit.shared, unit.sharedScale);
  }
  return unit;
}

/**
 * «أنقذت 87» شخصا: a quotation closes after the number and the counted noun
 * follows it, in the accusative of counts from 11 to 99 (شخصا، قتيلا); not
 * a name in quotes and the word after it («ويندوز 10» إجبارية).
 */
function quotedUnit(doc: Doc, span: Span): UnitRead | null {
  const close = doc.norm.text[span.end] === '"' ? span.end + 1 : -1;
  if (close < 0) return null;
  const unit = readUnit(doc, close);
  const accusative = doc.norm.text[unit.end - 1] === 'ا';
  return unit.kind === 'noun' && accusative ? unitRead(unit.kind, unit.start, unit.end, unit.key, true, unit.sharedScale) : null;
}

/**
 * A bare number that its clause says is a count: the number of (عدد،
 * إجمالي) before it, a verb of amounting just before it (بلغ، وصل إلى), or
 * فقط after it.
 */
function saysCount(doc: Doc, span: Span): boolean {
  const after = nextToken(doc, span.end);
  if (after?.kind === 'word' && SAYS_COUNT_AFTER.has(after.text)) return true;
  const before = tokensBefore(doc, span.start, 20);
  for (const [k, t] of before.entries()) {
    if (t.kind === 'sym' && /[.،,؛:!؟?]/.test(t.text)) return false;
    if (t.kind !== 'word') continue;
    const word = t.text.replace(/^[وف]/, '');
    if (SIGNALS.has(word) || SIGNALS.has(word.replace(/^لل/, 'ال'))) return true;
    if (k < 3 && AMOUNTING.has(word)) return true;
  }
  return false;
}

/** A figure read backwards from its number (figures-after-noun.ts), as the others are found. */
function afterNoun(doc: Doc, a: AfterNoun | null): Found | null {
  if (!a) return null;
  const approxStart = phraseBefore(doc, a.start, BEFORE);
  const approximator = approxStart >= 0 ? { start: approxStart, end: a.start } : null;
  return { start: approxStart >= 0 ? approxStart : a.start, end: a.end, value: a.value, unit: a.unit, unitStart: a.unit.start, approximator };
}

/**
 * A number with no unit and no approximator names something when a definite
 * word precedes it (القرار 2254), it stands alone on its line, it closes a
 * quoted name («بوينغ 777»), it is bracketed alone ((3): …), or it continues
 * such a list (القرارات 1696 و1737).
 */
function bareIsName(doc: Doc, span: Span): boolean {
  const text = doc.norm.text;
  const prev = prevToken(doc, span.start);
  const next = nextToken(doc, span.end);
  if (prev?.kind === 'word' && isDefinite(doc, prev)) return true;
  if ((!prev || prev.kind === 'break') && (!next || next.kind === 'break')) return true;
  // “بوينغ 777″: some outlets close quotations with a double prime
  if (next?.text === '"' || next?.text === '\u2033' || text[span.start] === '(') return true;
  return prev?.text === 'و' && prevToken(doc, prev.start)?.kind === 'num';
}

/** Number words count only before a counted noun or unit: conservative, since أحد، ست، خمس mean other things too. */
function wordFigure(doc: Doc, tok: Token, dates: DateIndex): Found | null {
  let core = continueAfterScale(doc, readNumberWords(doc, tok) ?? NO_NUMBER);
  if (core === NO_NUMBER) return null;
  const unit = unitAfter(doc, core.end, core.value, dates);
  if (unit.kind === 'none' || NOT_FIGURE_UNITS.has(unit.kind)) return null;
  // ألفا رجل، مليونا شخص: the dual in construct before its noun
  if (core.start === core.scaleStart && DUAL_CONSTRUCT.has(doc.norm.text.slice(core.start, core.end))) {
    core = { start: core.start, end: core.end, value: 2 * core.value, scale: core.scale, scaleStart: core.scaleStart };
  }
  return finish(doc, core, unit);
}

/**
 * شخص واحد، دولار واحد: a counted noun, currency or measure and واحد count
 * one. Not idioms (في آن واحد، بصوت واحد), durations (يوم واحد, which
 * readUnit refuses) or "one of" (واحدة من أكبر الشركات).
 */
function nounThenOne(doc: Doc, tok: Token): Found | null {
  if (!oneFollows(doc, tok.end)) return null;
  const one = nextToken(doc, tok.end);
  if (!one || one.kind !== 'word' || !ONE.has(one.text)) return null;
  if (nextToken(doc, one.end)?.text === 'من') return null;
  const unit = readUnit(doc, tok.start);
  // شركة واحدة فقط: فقط makes any noun a count
  const only = phraseAfter(doc, one.end, ONLY) >= 0;
  const counted = unit.kind === 'noun' && (only || ONE_COUNTED.has(tok.text.replace(/^[وف]/, '')));
  if (!counted && unit.kind !== 'currency' && unit.kind !== 'measure') return null;
  return finish(doc, { start: one.start, end: one.end, value: 1, scale: 0, scaleStart: null }, unit);
}

/** واحد after its first two letters, and those letters' codes. */
const ONE_WORD_TAIL = 'حد';

/**
 * Where واحد next occurs at or after `from` (-1: none): its tail حد searched
 * for, and the letters before it read. A search for واحد stops at every و,
 * among the commonest letters, and cost ten times more than one for حد.
 */
function oneWordAt(text: string, from: number): number {
  for (let i = text.indexOf(ONE_WORD_TAIL, from + 2); i >= 0; i = text.indexOf(ONE_WORD_TAIL, i + 1)) {
    if (text.charCodeAt(i - 1) === ALEF && text.charCodeAt(i - 2) === WAW) return i - 2;
  }
  return -1;
}

/**
 * The text's next واحد at or after the last offset asked (`at`, -1: none),
 * and where the spaces before it begin (`spacesFrom`). The pass asks after
 * every word, left to right: one search serves every word up to that واحد,
 * and each is answered by comparing offsets, not by reading the text.
 */
let nextOne: { doc: Doc | null; from: number; at: number; spacesFrom: number } = { doc: null, from: 0, at: -1, spacesFrom: 0 };

/** واحد (or واحدة) may be the next word: only spaces lie between `end` and the next واحد. */
function oneFollows(doc: Doc, end: number): boolean {
  if (nextOne.doc !== doc || end < nextOne.from || (nextOne.at >= 0 && nextOne.at < end)) {
    const text = doc.norm.text;
    const at = oneWordAt(text, end);
    nextOne = { doc, from: end, at, spacesFrom: at < 0 ? 0 : spacesBefore(text, at) };
  }
  // a non-space in [end, spacesFrom) would be met first: no واحد starts there, since `at` is the first
  return nextOne.at >= 0 && end >= nextOne.spacesFrom;
}

const NO_NUMBER: NumberCore = { start: 0, end: 0, value: 0, scale: 0, scaleStart: null };

function finish(doc: Doc, core: NumberCore, unit: UnitRead): Found {
  const approxStart = phraseBefore(doc, core.start, BEFORE);
  let end = unit.shared ? core.end : Math.max(core.end, coordinatedEnd(doc, unit));
  const afterEnd = phraseAfter(doc, end, AFTER);
  let approximator: Span | null = approxStart >= 0 ? { start: approxStart, end: core.start } : null;
  if (afterEnd >= 0) {
    approximator ??= { start: end, end: afterEnd };
    end = afterEnd;
  }
  const start = approxStart >= 0 ? approxStart : unit.shared ? core.start : Math.min(core.start, unit.start);
  const money = unit.kind === 'currency' && core.scaleStart !== null && unit.start >= core.end;
  return { start, end, value: core.value, unit, unitStart: money ? core.scaleStart! : unit.start, approximator };
}

const SPACE = 0x20;

/** The number with the brackets around it, when it has them ((354863)، ( 40)). */
function bracketed(doc: Doc, tok: Token): Span {
  const text = doc.norm.text;
  let before = tok.start;
  while (before > 0 && text.charCodeAt(before - 1) === SPACE) before--;
  let after = tok.end;
  while (codeAt(text, after) === SPACE) after++;
  // (char codes: a one-letter string per look cost more than the rest)
  const close = before > 0 ? CLOSING_BRACKET.get(text.charCodeAt(before - 1)) : undefined;
  return close !== undefined && codeAt(text, after) === close ? { start: before - 1, end: after + 1 } : { start: tok.start, end: tok.end };
}

/** A sign before the digits: $5، %7.5 as some right-to-left texts write it. */
function signBefore(doc: Doc, start: number): UnitRead | null {
  const prev = prevToken(doc, start);
  if (!prev || prev.kind !== 'sym') return null;
  if (PERCENT_SIGNS.includes(prev.text)) return unitRead('percent', prev.start, prev.end, '%');
  const currency = CURRENCY_SIGNS[prev.text];
  return currency ? unitRead('currency', prev.start, prev.end, normalize(currency)) : null;
}

function inCodeLine(doc: Doc, offset: number, cache: Map<number, boolean>): boolean {
  const line = lastStartingAtOrBefore(doc.segments.lines, offset);
  if (!line) return false;
  let code = cache.get(line.index);
  if (code === undefined) {
    code = mayBeCode(doc, line.start, line.end) && CODE_LINE.test(doc.text.slice(line.start, line.end));
    cache.set(line.index, code);
  }
  return code;
}

/**
 * Offsets of what CODE_LINE needs, a brace, a semicolon or `px` (any case),
 * sorted: found once per article by a native search for each character (a
 * line break ends no `px`), where every line with a figure was read through.
 * Most articles have none, and no line is read at all.
 */
const codeMarks = perDoc((doc: Doc): number[] => {
  const text = doc.text, at: number[] = [];
  for (const mark of '{};') for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) at.push(i);
  for (const p of 'pP') {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) if ((text.charCodeAt(i + 1) | 0x20) === 0x78) at.push(i);
  }
  return at.sort((a, b) => a - b);
});

/** CODE_LINE may match in [start, end): one of the code marks lies there (a line of news has none). */
function mayBeCode(doc: Doc, start: number, end: number): boolean {
  const at = codeMarks(doc);
  if (at.length === 0) return false;
  let lo = 0, hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < start) lo = mid + 1; else hi = mid;
  }
  return lo < at.length && at[lo]! < end;
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
    value: rounded(found.value),
    unit: u.kind === 'none' ? null : doc.text.slice(orig(found.unitStart), orig(u.end)),
    unitKey: u.key,
    approximator,
    percent: u.kind === 'percent',
    sourced: false,
    claim: null,
    attribution: null,
  };
}

/**
 * The value to 12 significant digits: 1.07 × 1e9 is 1070000000, not
 * …0000001. A whole number of 12 digits or fewer (nearly every figure) is
 * already that, and toPrecision prints it through a string for nothing.
 */
function rounded(value: number): number {
  return Number.isInteger(value) && Math.abs(value) < 1e12 ? value : Number(value.toPrecision(12));
}

/** Dates are sorted and do not overlap: the last one starting before the span's end decides. */
function overlapsDate(dates: DateMention[], span: Span): boolean {
  const last = lastStartingAtOrBefore(dates, span.end - 1); // offsets are whole numbers: start < end
  return !!last && last.end > span.start;
}
