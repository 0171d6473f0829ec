// Attribution phrases (حسب، وفق، نقلًا عن …) and markers of the writer's
// background (حيث، يذكر أن، الجدير ذكره …), found once per article and shared
// by the claims and sourcing passes.
import type { Span } from '../model.js';
import { ATTRIBUTION_PHRASES, BACKGROUND_MARKERS } from '../lexicon/cues.js';
import { matchNormalized, normalize } from '../text/normalize.js';
import { inBoilerplate, type Doc } from './doc.js';

const alternation = (words: string[]) =>
  words.map(normalize).map((w) => w.replace(/ ـ?$/, '')).sort((a, b) => b.length - a.length).join('|');
const bounded = (words: string[]) => new RegExp(`(?<![\\u0621-\\u064A])(?:${alternation(words)})(?![\\u0621-\\u064A])`, 'g');
const ATTRIBUTION = bounded(ATTRIBUTION_PHRASES);
const BACKGROUND = bounded(BACKGROUND_MARKERS);

function find(doc: Doc, re: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of matchNormalized(doc.norm, re)) if (!inBoilerplate(doc, m.start)) out.push({ start: m.start, end: m.end });
  return out;
}

/** Attribution phrases outside boilerplate, in order. */
export function attributionPhrases(doc: Doc): Span[] {
  return find(doc, ATTRIBUTION);
}

/** Background markers outside boilerplate, in order. */
export function backgroundMarkers(doc: Doc): Span[] {
  return find(doc, BACKGROUND);
}
