// Attribution phrases (حسب، وفق، نقلًا عن …) and markers of the writer's
// background (حيث، يذكر أن، الجدير ذكره …), found once per article and shared
// by the claims and sourcing passes.
import type { Span } from '../model.js';
import { ATTRIBUTION_PHRASES, BACKGROUND_MARKERS } from '../lexicon/cues.js';
import { alternationOf } from '../text/alternation.js';
import { toOriginalSpan } from '../text/normalize.js';
import { inBoilerplate, perDoc, type Doc } from './doc.js';

// No lookbehind for the word start: a regex that begins with one tries it at
// every position, while a plain alternation lets the engine skip ahead to
// candidates; the letter before a match is checked by hand instead.
const bounded = (words: string[]) => new RegExp(`(?:${alternationOf(words)})(?![\\u0621-\\u064A])`, 'g');
const ATTRIBUTION = bounded(ATTRIBUTION_PHRASES);
const BACKGROUND = bounded(BACKGROUND_MARKERS);

const isLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a;

/** Matches of `re` that start a word, outside boilerplate: the leftmost at each place, as a lookbehind would give. */
function find(doc: Doc, re: RegExp): Span[] {
  const out: Span[] = [];
  const text = doc.norm.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && isLetter(text.charCodeAt(m.index - 1))) { re.lastIndex = m.index + 1; continue; }
    const span = toOriginalSpan(doc.norm, m.index, m.index + m[0].length);
    if (!inBoilerplate(doc, span.start)) out.push(span);
  }
  return out;
}

/** Both lists of an article, found once: the claims and sourcing passes each ask. */
const phrasesOf = perDoc((doc) => ({ attribution: find(doc, ATTRIBUTION), background: find(doc, BACKGROUND) }));

/** Attribution phrases outside boilerplate, in order. */
export function attributionPhrases(doc: Doc): Span[] {
  return phrasesOf(doc).attribution;
}

/** Background markers outside boilerplate, in order. */
export function backgroundMarkers(doc: Doc): Span[] {
  return phrasesOf(doc).background;
}
