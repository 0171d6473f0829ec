// What follows a number: a percent sign or phrase, a currency, a unit of
// measure, a counted noun, or a word that makes the number something other
// than a figure (a time unit, a month, an era mark, a time of day).
import {
  CURRENCIES, CURRENCY_SIGNS, DAY_OF_MONTH_AFTER, FREQUENCY_NOUNS, MEASURES, MONTH_NAMES, NOT_COUNTED, PERCENT_SIGNS, PERCENT_WORDS, PLURAL_KEYS, TIME_OF_DAY_AFTER, TIME_UNITS, UNIT_QUALIFIERS, YEAR_MARKS_AFTER, OF_THEM, RANGE_LINKS, RISING_LINKS,
} from '../lexicon/units.js';
import { normalize } from '../text/normalize.js';
import type { Doc } from './doc.js';
import { phraseAfter, phrases, wordSet } from './figures-phrases.js';
import { isDefinite } from './figures-exclusions.js';
import { nextToken, type Token } from './figures-tokens.js';
import { lookupNumberWord } from './number-words.js';
import { HAA, isConjunction } from '../text/letters.js';

export type UnitKind = 'percent' | 'currency' | 'measure' | 'noun' | 'time' | 'month' | 'era' | 'clock' | 'none';

/** Units after which a number is not a figure: durations, dates, years, times of day. */
export const NOT_FIGURE_UNITS: ReadonlySet<UnitKind> = new Set(['time', 'month', 'era', 'clock']);

/** A unit read after a number; normalized offsets (start = end = pos when none). */
export interface UnitRead {
  kind: UnitKind;
  start: number;
  end: number;
  key: string | null;
  /** Read from the second number of a range (بين 17 و23 عاما): it decides, but is not in the span. */
  shared: boolean;
  /**
   * The scale word the second number of a range carries (4 إلى 5 مليارات دولار): it scales the first too; else null.
   * (null, not 0, for none: a field first holding small integers that then meets a billion changes the hidden
   * class of every unit, deoptimizing all the figure readers; one first holding null takes any number in place.)
   */
  sharedScale: number | null;
}

/**
 * A unit read, every field set and in this order, so that all units share one
 * hidden class: spreads that added `shared` made a class per unit, and the
 * figure readers that met them deoptimized and went megamorphic.
 */
export function unitRead(kind: UnitKind, start: number, end: number, key: string | null, shared = false, sharedScale: number | null = null): UnitRead {
  return { kind, start, end, key, shared, sharedScale };
}

function keyed(list: Array<[string, string[]]>): Map<string, string> {
  return new Map(list.flatMap(([key, forms]) => forms.map((f): [string, string] => [normalize(f), normalize(key)])));
}

const CURRENCY = keyed(CURRENCIES);
const MEASURE = keyed(MEASURES);
const PERCENT = phrases(PERCENT_WORDS);
const QUALIFIERS = wordSet(UNIT_QUALIFIERS);
const TIME = wordSet([...TIME_UNITS, ...FREQUENCY_NOUNS]);
const DAY_OF_MONTH = phrases(DAY_OF_MONTH_AFTER);
const MONTHS = wordSet(MONTH_NAMES);
const ERAS = wordSet(YEAR_MARKS_AFTER);
const CLOCK = phrases(TIME_OF_DAY_AFTER);
const NOT_NOUN = wordSet(NOT_COUNTED);
const PLURALS = new Map(Object.entries(PLURAL_KEYS).map(([p, s]) => [normalize(p), normalize(s)]));

/** Reads the unit after a number ending at `pos` (normalized offset). */
export function readUnit(doc: Doc, pos: number): UnitRead {
  const none = unitRead('none', pos, pos, null);
  const tok = nextToken(doc, pos);
  if (!tok) return none;
  if (tok.kind === 'sym') return signUnit(tok) ?? none;
  if (tok.kind !== 'word') return none;
  // the tokens after pos, read once for the three lists of phrases (the first is read already)
  const ahead: (Token | null)[] = [tok];
  const percentEnd = phraseAfter(doc, pos, PERCENT, ahead);
  if (percentEnd >= 0) return unitRead('percent', tok.start, percentEnd, '%');
  if (phraseAfter(doc, pos, CLOCK, ahead) >= 0) return unitRead('clock', pos, pos, null);
  const w = tok.text;
  if (TIME.has(w)) return unitRead('time', tok.start, tok.end, null);
  if (MONTHS.has(w) || phraseAfter(doc, pos, DAY_OF_MONTH, ahead) >= 0) return unitRead('month', pos, pos, null);
  if (w === 'من' && MONTHS.has(nextToken(doc, tok.end)?.text ?? '')) return unitRead('month', pos, pos, null);
  if (ERAS.has(w)) return unitRead('era', pos, pos, null);
  const currency = CURRENCY.get(w);
  if (currency) return withQualifier(doc, unitRead('currency', tok.start, tok.end, currency));
  const measure = MEASURE.get(w);
  if (measure) return withQualifier(doc, unitRead('measure', tok.start, tok.end, measure));
  if (isCountedNoun(doc, tok)) return unitRead('noun', tok.start, tok.end, nounKey(w));
  // أربعة منهم: a count of the people named before
  if (OF_THEM_WORDS.has(w)) return unitRead('noun', tok.start, tok.end, null);
  return w === 'من' ? pluralAfterOf(doc, tok.end) ?? none : none;
}

const OF_THEM_WORDS = wordSet(OF_THEM);

/**
 * ثلاثة من الجنود، اثنين من عناصر الأمن: a number, من and a plural noun
 * count that noun. Only plurals: 3 من أصل 10، 5 من الشهر are not counts.
 */
function pluralAfterOf(doc: Doc, pos: number): UnitRead | null {
  const tok = nextToken(doc, pos);
  if (!tok || tok.kind !== 'word') return null;
  const bare = tok.text.startsWith('ال') ? tok.text.slice(2) : tok.text;
  // خمسة من مسلحي الشباب: a plural in construct has lost its ن (مسلحين → مسلحي)
  const construct = bare === tok.text && bare.length >= 5 && bare.endsWith('ي') && definiteAfter(doc, tok.end);
  const plural = PLURALS.has(bare) || (bare.length > 4 && /(ين|ون|ات)$/.test(bare)) || construct;
  if (!plural || NOT_NOUN.has(bare) || lookupNumberWord(bare, false)) return null;
  return unitRead('noun', tok.start, tok.end, construct ? bare.slice(0, -1) : nounKey(bare));
}

function definiteAfter(doc: Doc, pos: number): boolean {
  const next = nextToken(doc, pos);
  return !!next && next.kind === 'word' && next.text.startsWith('ال') && next.text.length > 3;
}

function signUnit(tok: Token): UnitRead | null {
  if (PERCENT_SIGNS.includes(tok.text)) return unitRead('percent', tok.start, tok.end, '%');
  const currency = CURRENCY_SIGNS[tok.text];
  return currency ? unitRead('currency', tok.start, tok.end, normalize(currency)) : null;
}

/** متر مربع، درجة مئوية، دولار أمريكي: the qualifier is part of the unit. */
function withQualifier(doc: Doc, unit: UnitRead): UnitRead {
  const tok = nextToken(doc, unit.end);
  if (!tok || tok.kind !== 'word' || !QUALIFIERS.has(tok.text)) return unit;
  return unitRead(unit.kind, unit.start, tok.end, unit.key, unit.shared, unit.sharedScale);
}

/** ا، ت، ي after و or ف (by char code: a regular expression per word after a number cost more). */
const VERB_AFTER_CONJUNCTION = new Set([...'اتي'].map((c) => c.charCodeAt(0)));

/** Counted nouns after a cardinal are indefinite words, not particles, verbs we know, or numbers. */
export function isCountedNoun(doc: Doc, tok: Token): boolean {
  const w = tok.text;
  if (w.length < 2 || NOT_NOUN.has(w)) return false;
  if ((w.startsWith('و') || w.startsWith('ف')) && NOT_NOUN.has(w.slice(1))) return false;
  // و before a verb (قتل 5 وأصيب 3، وتم، ويبلغ) is far more common here than a noun in وا/وت/وي.
  if (isConjunction(w.charCodeAt(0)) && VERB_AFTER_CONJUNCTION.has(w.charCodeAt(1))) return false;
  if (lookupNumberWord(w, true)) return false;
  return !isDefinite(doc, tok);
}

const RANGE_LINK_WORDS = wordSet(RANGE_LINKS);
const RISING_LINK_WORDS = wordSet(RISING_LINKS);

/**
 * The unit of the second number of a range or pair, for a first number
 * (`first`) that has none. A range with إلى rises: في ميزانية 2015 إلى 30
 * مليار دولار is a year and an amount, not a range.
 */
export function rangeUnit(doc: Doc, pos: number, first: number): UnitRead | null {
  const link = nextToken(doc, pos);
  const second = link && RANGE_LINK_WORDS.has(link.text) ? nextToken(doc, link.end) : null;
  if (!second || second.kind !== 'num') return null;
  const upper = Number(second.text.replace(/,/g, ''));
  if (RISING_LINK_WORDS.has(link!.text) && !(upper > first)) return null;
  let end = second.end;
  const scale = nextToken(doc, end);
  const scaleWord = scale?.kind === 'word' ? lookupNumberWord(scale.text, false)?.entry : undefined;
  if (scale && scaleWord?.kind === 'scale') end = scale.end;
  const unit = readUnit(doc, end);
  if (unit.kind === 'none') return null;
  // بين 4 و5 مليارات: both are billions; بين 4500 و5 آلاف: the first is already counted in units
  const scaled = scaleWord?.kind === 'scale' && first <= upper;
  return unitRead(unit.kind, unit.start, unit.end, unit.key, true, scaled ? scaleWord.value : null);
}

/** The counted noun's grouping key: a cheap singular (جنديا → جندي، جنود → جندي، مدنيين → مدني). */
export function nounKey(word: string): string {
  const plural = PLURALS.get(word);
  if (plural) return plural;
  if (word.length > 3 && word.endsWith('ا')) return word.slice(0, -1);
  if (word.length > 4 && (word.endsWith('ين') || word.endsWith('ون'))) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ات')) return word.slice(0, -2) + 'ه';
  return word;
}

/** A currency word (normalized): دولار، ين. */
export function isCurrency(word: string): boolean {
  return CURRENCY.has(word);
}

/**
 * A feminine noun joined to the counted one, with its adjective, reads as one
 * counted phrase: 85 دولة ومنظمة شريكة. Narrow on purpose (both nouns end in
 * ة, which no verb does); returns the end of the phrase or the unit's end.
 */
export function coordinatedEnd(doc: Doc, unit: UnitRead): number {
  // (the last letter by its code: a slice per noun cost more)
  if (unit.kind !== 'noun' || unit.end <= unit.start || doc.norm.text.charCodeAt(unit.end - 1) !== HAA) return unit.end;
  const joined = nextToken(doc, unit.end);
  if (!joined || !isFeminineNoun(doc, joined, true)) return unit.end;
  const adjective = nextToken(doc, joined.end);
  return adjective && isFeminineNoun(doc, adjective, false) ? adjective.end : joined.end;
}

function isFeminineNoun(doc: Doc, tok: Token, withWaw: boolean): boolean {
  if (tok.kind !== 'word' || (withWaw && !tok.text.startsWith('و'))) return false;
  const word = withWaw ? tok.text.slice(1) : tok.text;
  if (word.length < 3 || !word.endsWith('ه') || NOT_NOUN.has(word) || lookupNumberWord(word, false)) return false;
  return !isDefinite(doc, tok) && !word.startsWith('ال');
}
