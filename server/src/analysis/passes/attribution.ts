// Attribution phrases (حسب، وفق، نقلًا عن …) and markers of the writer's
// background (حيث، يذكر أن، الجدير ذكره …), found once per article and shared
// by the claims and sourcing passes.
import type { Span } from '../model.js';
import { ATTRIBUTION_PHRASES, BACKGROUND_MARKERS } from '../lexicon/cues.js';
import { normalize, toOriginalSpan } from '../text/normalize.js';
import { inBoilerplate, perDoc, type Doc } from './doc.js';
import { isArabicLetter } from '../text/letters.js';

/** Letters of the token model that are no such letter (Persian ی، ک …): a phrase may start or end beside them, inside a token. */
const OTHER_LETTERS = /[\u0672-\u06d3]/;

/** A list's phrases, normalized like the text, each once, longest first (the longest phrase at a place wins). */
const phrasesOfList = (words: readonly string[]): string[] => [...new Set(words.map(normalize))].filter(Boolean).sort((a, b) => b.length - a.length);

/**
 * Phrases by a key (their first word, or their first letter), in the order
 * given. Both lists in one table, so each word is looked up once for both.
 */
function indexBy(key: (phrase: string) => string | number): Map<string | number, Candidate[]> {
  const out = new Map<string | number, Candidate[]>();
  for (const [list, phrases] of [[0, phrasesOfList(ATTRIBUTION_PHRASES)], [1, phrasesOfList(BACKGROUND_MARKERS)]] as const) {
    for (const phrase of phrases) {
      const k = key(phrase);
      out.set(k, [...(out.get(k) ?? []), { phrase, list }]);
    }
  }
  return out;
}
interface Candidate { phrase: string; list: 0 | 1 }
const BY_FIRST_WORD = indexBy((p) => p.split(' ')[0]!);
/** The first words: each token says whether its norm is one (Token.attributionStart, token-lexicons.ts). */
export const ATTRIBUTION_FIRST_WORDS: readonly string[] = [...BY_FIRST_WORD.keys()] as string[];
/**
 * For each first word whose phrases all go on after it (في تصريح لـ، على حد
 * قوله), the letters its second word may begin with: في and على, the first
 * words of most tokens asked (nine in ten), are then turned away by one letter
 * after them, not by a search for each of their phrases.
 */
const SECOND_LETTERS = new Map<string, readonly number[]>();
for (const [first, candidates] of BY_FIRST_WORD) {
  const length = (first as string).length;
  if (candidates.every((c) => c.phrase.length > length + 1)) SECOND_LETTERS.set(first as string, [...new Set(candidates.map((c) => c.phrase.charCodeAt(length + 1)))]);
}
const BY_FIRST_LETTER = indexBy((p) => p.charCodeAt(0));

/** Spans found so far in each list, and where each list's last phrase ended (phrases of one list never overlap). */
interface Found { spans: [Span[], Span[]]; ends: [number, number] }

/** Takes the longest of `candidates` written at normalized offset `at` without a letter after it (a phrase ends a word: حسبما is no حسب), for each list not inside its last phrase. */
function take(doc: Doc, at: number, candidates: readonly Candidate[], found: Found): void {
  const text = doc.norm.text;
  let done = 0;
  for (const { phrase, list } of candidates) {
    if (done & (1 << list) || at < found.ends[list] || !text.startsWith(phrase, at) || isArabicLetter(text.charCodeAt(at + phrase.length))) continue;
    done |= 1 << list;
    found.ends[list] = at + phrase.length;
    const span = toOriginalSpan(doc.norm, at, at + phrase.length);
    if (!inBoilerplate(doc, span.start)) found.spans[list].push(span);
  }
}

/**
 * Both lists of an article, found once (the claims and sourcing passes each
 * ask): outside boilerplate, in order, starting after no letter. Nearly
 * always a phrase starts where a word token does and its first word is that
 * token, looked up once per word instead of two regexes over the whole text;
 * a text holding letters the tokens read as letters and the phrases do not
 * (Persian ی) is read character by character.
 */
const phrasesOf = perDoc((doc) => {
  const found: Found = { spans: [[], []], ends: [0, 0] };
  const text = doc.norm.text;
  if (!OTHER_LETTERS.test(text)) {
    for (const t of doc.tokens) {
      // (the bit first: it is rarely set, so most tokens cost one read of their flags)
      if (!t.attributionStart || t.kind !== 'word') continue;
      // (a phrase matches from t.from on, so its letter after the first word and its space is the text's at t.to + 1)
      const second = SECOND_LETTERS.get(t.norm);
      if (second && !second.includes(text.charCodeAt(t.to + 1))) continue;
      take(doc, t.from, BY_FIRST_WORD.get(t.norm)!, found);
    }
  } else {
    for (let p = 0; p < text.length; p++) {
      const candidates = p === 0 || !isArabicLetter(text.charCodeAt(p - 1)) ? BY_FIRST_LETTER.get(text.charCodeAt(p)) : undefined;
      if (candidates) take(doc, p, candidates, found);
    }
  }
  return { attribution: found.spans[0], background: found.spans[1] };
});

/** Attribution phrases outside boilerplate, in order. */
export function attributionPhrases(doc: Doc): Span[] {
  return phrasesOf(doc).attribution;
}

/** Background markers outside boilerplate, in order. */
export function backgroundMarkers(doc: Doc): Span[] {
  return phrasesOf(doc).background;
}
