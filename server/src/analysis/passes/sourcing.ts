// Sourcing (GUIDELINES §3–4): a figure is sourced when it lies in a claim's
// content, or in a sentence whose attribution phrase (حسب، وفق، نقلًا عن …)
// covers it. Background the writer attaches is already outside claim
// content; it also ends what an attribution phrase covers.
import type { Claim, Figure, Span } from '../model.js';
import type { Doc } from './doc.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore, spansStartingIn } from './doc.js';
import { attributionPhrases, backgroundMarkers } from './attribution.js';

export function applySourcing(doc: Doc, claims: Claim[], figures: Figure[]): Figure[] {
  // (an article without figures has nothing to source: its full stops are not looked for)
  if (figures.length === 0) return [];
  const phrases = attributionPhrases(doc);
  const background = backgroundMarkers(doc);
  const stops = fullStops(doc.text);
  // (a literal filled by push, not map: an empty list map makes keeps the small-integer kind, and the JSON
  // writer's walk compiled for filled ones deopts on it)
  const out: Figure[] = [];
  for (const f of figures) {
    const claim = claimHolding(claims, f, background) ?? claimAfter(doc, claims, f, stops);
    if (claim) {
      out.push({ ...f, sourced: true, claim: claim.id, attribution: null });
      continue;
    }
    const phrase = coveringPhrase(fullSentence(doc.text, stops, f.start), f, phrases, background);
    out.push(phrase ? { ...f, sourced: true, claim: null, attribution: phrase } : { ...f, sourced: false, claim: null, attribution: null });
  }
  return out;
}

/**
 * The claim whose content holds the figure. Claims are sorted and do not
 * nest: the last one starting before it. An attribution phrase's claim is its
 * whole sentence, so background the writer attaches in it (…، وحيث أحرق
 * حوالي 125 كيلومترا) is not what the phrase attributes.
 */
function claimHolding(claims: Claim[], f: Figure, background: Span[]): Claim | undefined {
  const c = lastStartingAtOrBefore(claims, f.start);
  if (!c || f.end > c.end + 1) return undefined;
  if (c.cue.form !== 'phrase') return c;
  const [a, b] = c.cue.start < f.start ? [c.cue.end, f.start] : [f.end, c.cue.start];
  return spansStartingIn(background, a, b).length ? undefined : c;
}

/**
 * A claim later in the figure's sentence whose statement comes before its
 * cue: the cue follows an attribution particle (قتل 21 شخصا، حسبما أعلن
 * مسؤولون؛ كما قال) or its clause ends with its speaker (…، قال مسؤولون).
 */
function claimAfter(doc: Doc, claims: Claim[], f: Figure, stops: number[]): Claim | undefined {
  const sentence = fullSentence(doc.text, stops, f.start);
  const c = claims[firstStartingAtOrAfter(claims, f.end)];
  if (!c || c.cue.start >= sentence.end || c.cue.form === 'colon') return undefined;
  const between = doc.text.slice(f.end, c.cue.start);
  if (/[.!?؟\n]/.test(between)) return undefined;
  const before = doc.text.slice(Math.max(f.end, c.cue.start - 12), c.cue.start).trimEnd();
  if (/(?:^|[\s،,])(?:[وف]?ب?حسب ?ما|وفق ?ما|وفقا لما|كما|على ما)$/.test(before)) return c;
  const said = c.speakerMention ? c.speakerMention.end : c.cue.end;
  return /[،,]$/.test(between.trimEnd()) && !/[\u0621-\u064A]/.test(doc.text.slice(said, c.end)) ? c : undefined;
}

const FULL_STOP = /[.!?؟\n]/g;

/** Offsets of the marks that end a full sentence (. ! ? ؟ and line breaks), in order. */
function fullStops(text: string): number[] {
  const stops: number[] = [];
  FULL_STOP.lastIndex = 0;
  for (let m = FULL_STOP.exec(text); m; m = FULL_STOP.exec(text)) stops.push(m.index);
  return stops;
}

/**
 * The sentence around an offset, up to a full stop: a phrase at the end of
 * a sentence covers what came before its semicolon (… 500 مليون يورو في
 * 2013؛ أي أقل …، بحسب تقرير …).
 */
function fullSentence(text: string, stops: number[], offset: number): Span {
  let lo = 0, hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! < offset) lo = mid + 1; else hi = mid;
  }
  return { start: lo > 0 ? stops[lo - 1]! + 1 : 0, end: lo < stops.length ? stops[lo]! : text.length };
}

/** An attribution phrase in the figure's sentence, with no background marker between them. */
function coveringPhrase(sentence: Span, f: Figure, phrases: Span[], background: Span[]): Span | null {
  const markers = spansStartingIn(background, sentence.start, sentence.end);
  for (const p of spansStartingIn(phrases, sentence.start, sentence.end)) {
    const [a, b] = p.start < f.start ? [p.start, f.start] : [f.end, p.start];
    if (!markers.some((m) => a <= m.start && m.start < b)) return p;
  }
  return null;
}
