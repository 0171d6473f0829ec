// Sourcing (GUIDELINES §3–4): a figure is sourced when it lies in a claim's
// content, or in a sentence whose attribution phrase (حسب، وفق، نقلًا عن …)
// covers it. Background the writer attaches is already outside claim
// content; it also ends what an attribution phrase covers.
import type { Claim, Figure, Span } from '../model.js';
import { ATTRIBUTION_PHRASES, BACKGROUND_MARKERS } from '../lexicon/cues.js';
import { matchNormalized, normalize } from '../text/normalize.js';
import type { Doc } from './doc.js';
import { inBoilerplate } from './doc.js';

const alternation = (words: string[]) => words.map(normalize).sort((a, b) => b.length - a.length).map((w) => w.replace(/ ـ?$/, '')).join('|');
const ATTRIBUTION = new RegExp(`(?<![\\u0621-\\u064A])(?:${alternation(ATTRIBUTION_PHRASES)})(?![\\u0621-\\u064A])`, 'g');
const BACKGROUND = new RegExp(`(?<![\\u0621-\\u064A])(?:${alternation(BACKGROUND_MARKERS)})(?![\\u0621-\\u064A])`, 'g');

export function applySourcing(doc: Doc, claims: Claim[], figures: Figure[]): Figure[] {
  const phrases = findAll(doc, ATTRIBUTION);
  const background = findAll(doc, BACKGROUND);
  return figures.map((f) => {
    const claim = claims.find((c) => c.start <= f.start && f.end <= c.end + 1 && c.kind !== 'headline');
    if (claim) return { ...f, sourced: true, claim: claim.id, attribution: null };
    const phrase = coveringPhrase(doc, f, phrases, background);
    return phrase ? { ...f, sourced: true, claim: null, attribution: phrase } : { ...f, sourced: false, claim: null, attribution: null };
  });
}

function findAll(doc: Doc, re: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of matchNormalized(doc.norm, re)) if (!inBoilerplate(doc, m.start)) out.push({ start: m.start, end: m.end });
  return out;
}

/** An attribution phrase in the figure's sentence, with no background marker between them. */
function coveringPhrase(doc: Doc, f: Figure, phrases: Span[], background: Span[]): Span | null {
  const sentence = doc.segments.sentences.find((s) => s.start <= f.start && f.start < s.end);
  if (!sentence) return null;
  const inSentence = (x: Span) => sentence.start <= x.start && x.start < sentence.end;
  for (const p of phrases.filter(inSentence)) {
    const [a, b] = p.start < f.start ? [p.start, f.start] : [f.end, p.start];
    if (!background.filter(inSentence).some((m) => a <= m.start && m.start < b)) return p;
  }
  return null;
}
