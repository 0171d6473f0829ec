// What a figure is about, read once when an article is added: its counted
// noun (the figures pass's unitKey) and the place and actor its clause
// names (2500 جندي أمريكي في العراق: soldiers, the United States, Iraq),
// all three needed;
// the date it holds for (the claim's, else the article's) and who gives it.
// The clause is the figure's stretch of its sentence between commas and the
// figures around it, so "2500 in Iraq and 900 in Syria" keeps them apart.
import type { Article, Figure, Span } from '../model.js';
import { CURRENCIES, MEASURES } from '../lexicon/units.js';
import { HAPPENINGS, NOT_COUNTED_THINGS } from '../lexicon/places.js';
import { normalize } from '../text/normalize.js';
import { findPlaces, placeNames } from './places.js';
import type { PlaceMention } from './places.js';
import { tokenize } from './tokens.js';
import { sentenceAt } from './venues.js';

export interface Subject {
  /** The counted noun, normalized (جندي). */
  unit: string;
  actor: string | null;
  place: string | null;
}

export type FigureSource =
  | { kind: 'speaker'; speakerId: string; name: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'none' };

/** Who or what stands behind a figure, as written: the speaker's name, the attribution phrase, or null. */
export function sourceName(source: FigureSource): string | null {
  return source.kind === 'speaker' ? source.name : source.kind === 'phrase' ? source.text : null;
}

export interface FigureFact {
  figure: Figure;
  /** `unit|actor|place`: figures with one key are one quantity. */
  key: string;
  subject: Subject;
  date: string | null;
  dateFrom: 'claim' | 'article' | null;
  source: FigureSource;
}

/**
 * Units that count no thing (money, measures, percentages say nothing of what
 * is counted) and happenings, counted over periods the text does not pin down.
 */
const NOT_THINGS = new Set([
  ...CURRENCIES.map(([key]) => key), ...MEASURES.map(([key]) => key), ...NOT_COUNTED_THINGS, ...HAPPENINGS, '%',
].map(normalize));

const CLAUSE_END = /[،؛;:]|,(?=\s)/g;

/** The figure's clause: its sentence cut at clause marks and at the neighbouring figures. */
function clause(article: Article, index: number): Span | null {
  const figure = article.figures[index]!;
  const sentence = sentenceAt(article, figure.start);
  if (!sentence) return null;
  let start = Math.max(sentence.start, article.figures[index - 1]?.end ?? 0);
  let end = Math.min(sentence.end, article.figures[index + 1]?.start ?? Infinity);
  const from = start;
  for (const m of article.text.slice(from, figure.start).matchAll(CLAUSE_END)) start = from + m.index + 1;
  const after = article.text.slice(figure.end, end).search(CLAUSE_END);
  if (after >= 0) end = figure.end + after;
  return { start, end };
}

const distance = (m: PlaceMention, f: Figure): number => Math.max(0, m.start - f.end, f.start - m.end);

function nearest(mentions: PlaceMention[], role: PlaceMention['role'], figure: Figure): string | null {
  let best: PlaceMention | null = null;
  for (const m of mentions) if (m.role === role && (!best || distance(m, figure) < distance(best, figure))) best = m;
  return best?.key ?? null;
}

function subjectOf(article: Article, index: number): Subject | null {
  const figure = article.figures[index]!;
  const unit = figure.unitKey ? normalize(figure.unitKey) : null;
  if (!unit || figure.percent || NOT_THINGS.has(unit)) return null;
  const span = clause(article, index);
  if (!span) return null;
  const mentions = findPlaces(tokenize(article, span.start, span.end));
  const subject = { unit, actor: nearest(mentions, 'actor', figure), place: nearest(mentions, 'place', figure) };
  // a count with only a place (people in Syria) or only an actor (US soldiers) mixes unrelated events
  return subject.actor && subject.place && !placeNames().has(unit) ? subject : null;
}

function sourceOf(article: Article, figure: Figure): FigureSource {
  const claim = figure.claim ? article.claims.find((c) => c.id === figure.claim) : undefined;
  const speaker = claim ? article.speakers.find((s) => s.id === claim.speaker) : undefined;
  if (figure.sourced && speaker) return { kind: 'speaker', speakerId: speaker.id, name: speaker.name };
  if (figure.sourced && figure.attribution) return { kind: 'phrase', text: article.text.slice(figure.attribution.start, figure.attribution.end) };
  return { kind: 'none' };
}

const inside = (spans: readonly Span[], f: Figure): boolean => spans.some((s) => f.start < s.end && s.start < f.end);

export function figureFacts(article: Article): FigureFact[] {
  const facts: FigureFact[] = [];
  article.figures.forEach((figure, index) => {
    const subject = inside(article.boilerplate, figure) ? null : subjectOf(article, index);
    if (!subject) return;
    const claimDate = figure.claim ? article.claims.find((c) => c.id === figure.claim)?.date ?? null : null;
    const date = claimDate ?? article.published;
    facts.push({
      figure,
      key: `${subject.unit}|${subject.actor ?? ''}|${subject.place ?? ''}`,
      subject,
      date,
      dateFrom: claimDate ? 'claim' : date ? 'article' : null,
      source: sourceOf(article, figure),
    });
  });
  return facts;
}
