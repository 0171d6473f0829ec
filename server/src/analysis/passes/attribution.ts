// Attribution phrases (حسب، وفق، نقلًا عن …) and markers of the writer's
// background (حيث، يذكر أن، الجدير ذكره …), found once per article and shared
// by the claims and sourcing passes.
import type { Span } from '../model.js';
import { ATTRIBUTION_PHRASES, BACKGROUND_MARKERS } from '../lexicon/cues.js';
import { normalize, toOriginalSpan } from '../text/normalize.js';
import { inBoilerplate, perDoc, type Doc } from './doc.js';

/** The letters a phrase may not run on into (a phrase ends a word: حسبما is no حسب). */
const isLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a;
/** Letters of the token model that are no such letter (Persian ی، ک …): a phrase may start or end beside them, inside a token. */
const OTHER_LETTERS = /[\u0672-\u06d3]/;

/**
 * A list's phrases by their first letter, each letter's longest first (the
 * longest phrase at a place wins), normalized like the text, each once.
 */
function byFirstLetter(words: readonly string[]): Map<number, string[]> {
  const phrases = [...new Set(words.map(normalize))].filter(Boolean).sort((a, b) => b.length - a.length);
  const out = new Map<number, string[]>();
  for (const p of phrases) {
    const first = p.charCodeAt(0);
    out.set(first, [...(out.get(first) ?? []), p]);
  }
  return out;
}
const ATTRIBUTION = byFirstLetter(ATTRIBUTION_PHRASES);
const BACKGROUND = byFirstLetter(BACKGROUND_MARKERS);

/** The longest of `phrases` written at normalized offset `at` and not running on into a letter, if any. */
function phraseAt(text: string, at: number, phrases: Map<number, string[]>): string | undefined {
  const candidates = phrases.get(text.charCodeAt(at));
  if (!candidates) return undefined;
  for (const p of candidates) if (text.startsWith(p, at) && !isLetter(text.charCodeAt(at + p.length))) return p;
  return undefined;
}

/**
 * Where a phrase may start: after no letter. Nearly always that is where a
 * word token starts, looked up once per word instead of a regex over the
 * whole text; a text holding letters the tokens read as letters and the
 * phrases do not (Persian ی) is read character by character.
 */
function starts(doc: Doc): number[] {
  const text = doc.norm.text;
  if (OTHER_LETTERS.test(text)) {
    const out: number[] = [];
    for (let p = 0; p < text.length; p++) if (p === 0 || !isLetter(text.charCodeAt(p - 1))) out.push(p);
    return out;
  }
  const out: number[] = [];
  for (const t of doc.tokens) if (t.kind === 'word') out.push(t.from);
  return out;
}

/** The phrases of `phrases` that start a word, outside boilerplate, in order; none overlapping (the leftmost wins). */
function find(doc: Doc, at: readonly number[], phrases: Map<number, string[]>): Span[] {
  const out: Span[] = [];
  const text = doc.norm.text;
  let end = 0;
  for (const p of at) {
    if (p < end) continue;
    const phrase = phraseAt(text, p, phrases);
    if (!phrase) continue;
    end = p + phrase.length;
    const span = toOriginalSpan(doc.norm, p, end);
    if (!inBoilerplate(doc, span.start)) out.push(span);
  }
  return out;
}

/** Both lists of an article, found once: the claims and sourcing passes each ask. */
const phrasesOf = perDoc((doc) => {
  const at = starts(doc);
  return { attribution: find(doc, at, ATTRIBUTION), background: find(doc, at, BACKGROUND) };
});

/** Attribution phrases outside boilerplate, in order. */
export function attributionPhrases(doc: Doc): Span[] {
  return phrasesOf(doc).attribution;
}

/** Background markers outside boilerplate, in order. */
export function backgroundMarkers(doc: Doc): Span[] {
  return phrasesOf(doc).background;
}
