// Numbers written after the noun they count (GUIDELINES §4 counts them as
// any other): a definite cardinal agreeing with its noun (الولايات السبع
// الأخرى، مراكزها الثلاثة، الأجناس الأدبية الثلاثة), digits with الـ after a
// plural (المفاعلات النووية الـ48، الحرائق الـ21: after a singular they are
// an ordinal, الذكرى الـ70), and a plural before a bare number in a list of
// counts (توزعت بين الذكور 5635 والإناث 6067). The noun is the unit.
import {
  AFTER_CARDINAL, DEFINITE_CARDINALS, FREQUENCY_NOUNS, IDENTIFIER_NOUNS, PLURAL_KEYS, TIME_UNITS,
} from '../lexicon/units.js';
import { normalize } from '../text/normalize.js';
import type { Doc } from './doc.js';
import { isDefinite } from './figures-exclusions.js';
import { wordSet } from './figures-phrases.js';
import { nextToken, prevToken, type Token } from './figures-tokens.js';
import { nounKey, unitRead, type UnitRead } from './figures-units.js';
import { lookupNumberWord } from './number-words.js';

const CARDINALS = new Map(DEFINITE_CARDINALS.flatMap(([n, forms]) => forms.map((f): [string, number] => [normalize(f), n])));
const AFTER = wordSet(AFTER_CARDINAL);
/** Nouns a number after them measures in time or times (السنوات الخمس، المرات الثلاث): no figure. */
const NOT_COUNTS = wordSet([...TIME_UNITS, ...FREQUENCY_NOUNS]);
const IDENTIFIERS = wordSet(IDENTIFIER_NOUNS);
const BROKEN_PLURALS = new Set(Object.keys(PLURAL_KEYS).map(normalize));
const SUFFIX = /(?:ها|هم|هن|نا|كم)$/;

/** A figure read backwards from its number: the noun it counts and the number's end. */
export interface AfterNoun { start: number; end: number; value: number; unit: UnitRead }

/** The noun without ال, particles and a possessive suffix: الولايات → ولايات، مراكزها → مراكز. */
function stem(word: string): string {
  return word.replace(/^(?:[وفبل]?ال|لل)/, '').replace(SUFFIX, '');
}

/**
 * The counted noun before position `pos`: a definite or possessed noun,
 * through one definite adjective (الأجناس الأدبية، ولايات الاستوائية).
 */
function nounBefore(doc: Doc, pos: number): Token | null {
  const prev = prevToken(doc, pos);
  if (!prev || prev.kind !== 'word') return null;
  const marked = isDefinite(doc, prev) || (SUFFIX.test(prev.text) && prev.text.length > 4);
  if (!marked) return null;
  const before = prevToken(doc, prev.start);
  // an adjective of relation (الأدبية، الاستوائية، النووية) follows its noun
  if (/ي(?:ه|ين|ون)?$/.test(prev.text) && before?.kind === 'word' && before.text.length > 3 && (isDefinite(doc, before) || looksPlural(before.text))) {
    if (!NOT_COUNTS.has(stem(before.text))) return before;
  }
  return NOT_COUNTS.has(stem(prev.text)) ? null : prev;
}

/** The noun as the unit, without a conjunction (والإناث → الإناث، وولايات → ولايات). */
function unitOf(noun: Token): UnitRead {
  const start = /^(?:[وف]ال|وو)/.test(noun.text) ? noun.start + 1 : noun.start;
  return unitRead('noun', start, noun.end, nounKey(stem(noun.text)));
}

/** الولايات السبع الأخرى: a definite cardinal word after its noun. */
export function cardinalAfterNoun(doc: Doc, tok: Token): AfterNoun | null {
  const value = tok.text.startsWith('ال') ? CARDINALS.get(tok.text) : undefined;
  if (value === undefined) return null;
  const noun = nounBefore(doc, tok.start);
  if (!noun) return null;
  let after = nextToken(doc, tok.end);
  let end = tok.end, total = value;
  // الأسواق الخمس والعشرين: the tens join the cardinal
  const tens = after?.kind === 'word' && after.text.startsWith('وال') ? lookupNumberWord('و' + after.text.slice(3), false) : null;
  if (tens && tens.entry.kind === 'tens') {
    total += tens.entry.value;
    end = after!.end;
    after = nextToken(doc, end);
  }
  if (after?.kind === 'word' && AFTER.has(after.text)) end = after.end;
  const unit = unitOf(noun);
  return { start: unit.start, end, value: total, unit };
}

/** The definite cardinal words (الثلاثة، السبع), which only a noun before them makes a figure. */
export const DEFINITE_CARDINAL_WORDS: readonly string[] = [...CARDINALS.keys()];

/**
 * A plural, by its ending or a known broken plural, or a broken plural's
 * shape (حرائق، مراكز، منازل; with `shortShapes` إناث، ذكور too; not فنانة).
 */
export function looksPlural(word: string, shortShapes = false): boolean {
  const s = stem(word);
  if (IDENTIFIERS.has(s.replace(/ات$/, '')) || IDENTIFIERS.has(s.replace(/ات$/, 'ه'))) return false;
  if (/(?:ات|ين|ون)$/.test(s) && s.length > 4 || BROKEN_PLURALS.has(s)) return true;
  if (s.endsWith('ه')) return false;
  // فعائل، مفاعل، فواعل (حرائق، مراكز); فعال، فعول (إناث، ذكور) only where a singular would make no sense (مطار is one)
  return (s.length === 5 && s[2] === 'ا') || (shortShapes && s.length === 4 && (s[2] === 'ا' || s[2] === 'و'));
}

/**
 * Digits written with الـ after a definite noun: after a plural they count
 * it (الحرائق الـ21، المفاعلات النووية الـ48), after a singular they rank
 * (الذكرى الـ70، الدورة الـ36): 'rank'. Null when no such noun comes before
 * (وصول الـ500 جندي counts the noun after).
 */
export function digitsAfterNoun(doc: Doc, numStart: number, numEnd: number, value: number): AfterNoun | 'rank' | null {
  const article = prevToken(doc, numStart);
  if (!article || article.text !== 'ال' || article.end !== numStart) return null;
  const noun = nounBefore(doc, article.start);
  if (!noun) return null;
  if (!looksPlural(noun.text)) return 'rank';
  const unit = unitOf(noun);
  return { start: unit.start, end: numEnd, value, unit };
}

/** True when digits are written with الـ (الـ48): they are definite, and a noun before them decides. */
export function hasArticle(doc: Doc, numStart: number): boolean {
  const article = prevToken(doc, numStart);
  return !!article && article.text === 'ال' && article.end === numStart;
}

/** الذكور 5635: a definite plural before a bare number counts it. */
export function pluralBeforeNumber(doc: Doc, numStart: number, numEnd: number, value: number): AfterNoun | null {
  const noun = prevToken(doc, numStart);
  if (!noun || noun.kind !== 'word' || !/^(?:[وفبل]?ال|لل)/.test(noun.text)) return null;
  if (!looksPlural(noun.text, true) || NOT_COUNTS.has(stem(noun.text)) || !isDefinite(doc, noun)) return null;
  const unit = unitOf(noun);
  return { start: unit.start, end: numEnd, value, unit };
}
