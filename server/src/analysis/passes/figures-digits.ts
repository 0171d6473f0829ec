// The value of a run of digits with separators: 5,200 and ٥٬٢٠٠ and
// 1.200.000 are thousands; 3.5, 3,5, 2،5 and ٣٫٥ are decimals; 5.200 is
// thousands only before a counted noun or a measure (5.200 جندي، 3.500 متر),
// a decimal otherwise (5.200 مليون, 124.220 ين, an index at 98.088).
import { DECIMAL_CONTEXT_WORDS, PER_HUNDRED_WORDS } from '../lexicon/units.js';
import { normalize } from '../text/normalize.js';
import { isDigit } from '../text/segment.js';
import { nextToken } from './figures-tokens.js';
import type { Doc } from './doc.js';
import { isCurrency } from './figures-units.js';

const ARABIC_THOUSANDS = '\u066C';
const ARABIC_DECIMAL = '\u066B';
/** The Arabic comma, written glued between digits as a decimal comma by some outlets. */
const ARABIC_COMMA = '\u060C';
/** Words after which a dot with three digits is a decimal point. */
const DECIMAL_CONTEXT = new Set(DECIMAL_CONTEXT_WORDS.map(normalize));
const PER_HUNDRED = new Set(PER_HUNDRED_WORDS.map(normalize));

/** The value of `digits` (normalized), or null when the separators make no sense. */
export function parseDigits(digits: string, doc: Doc, end: number): number | null {
  // most numbers are digits alone: told by their codes, before a regular expression takes the separators out
  if (onlyDigits(digits)) return Number(digits);
  const seps = digits.replace(/\d+/g, '');
  if (!seps) return Number(digits);
  const groups = digits.split(/[.,\u060C\u066B\u066C]/);
  const tail = groups.slice(1);
  if (seps === ARABIC_COMMA) return tail[0]!.length <= 2 ? Number(groups.join('.')) : null;
  if (seps.includes(ARABIC_COMMA)) return null;
  if (seps.includes(ARABIC_DECIMAL) || seps.includes(ARABIC_THOUSANDS)) return arabicSeparators(digits);
  const last = seps[seps.length - 1]!;
  const mixed = new Set(seps).size > 1;
  if (mixed) return westernMixed(digits, last);
  const allThree = tail.every((g) => g.length === 3);
  if (seps.length > 1) return allThree ? Number(groups.join('')) : null;
  // One separator.
  if (!allThree || groups[0] === '0') return Number(groups.join('.'));
  if (last === ',') return Number(groups.join(''));
  return beforeCountedNoun(doc, end) ? Number(groups.join('')) : Number(groups.join('.'));
}

/** Digits alone (/^\d+$/ on a token's text, without a regular expression); true for the empty string. */
export function onlyDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

function arabicSeparators(digits: string): number | null {
  const plain = digits.split(ARABIC_THOUSANDS).join('').replace(ARABIC_DECIMAL, '.');
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/** 1,234.5 or 1.234,5: the last separator is the decimal point. */
function westernMixed(digits: string, last: string): number | null {
  const thousands = last === '.' ? ',' : '.';
  const plain = digits.split(thousands).join('').replace(last, '.');
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : null;
}

function beforeCountedNoun(doc: Doc, end: number): boolean {
  const next = nextToken(doc, end);
  if (!next || next.kind !== 'word') return false;
  if (next.text === 'في') return !PER_HUNDRED.has(nextToken(doc, next.end)?.text ?? '');
  return !DECIMAL_CONTEXT.has(next.text) && !isCurrency(next.text);
}
