// `isnad analyze --format text`: a summary of one article for reading in a
// terminal. Lines are 1-based, as an editor shows them.
import type { Article, Claim, Span } from '../analysis/model.js';
import { escapeControls } from '../host/controls.js';
import { lineOfOffset } from './article-lines.js';

const FIRST_WORDS = 8;

/** The first words of a claim's content, on one line. */
function opening(text: string, claim: Claim): string {
  const words = text.slice(claim.start, claim.end).split(/\s+/).filter(Boolean);
  const head = words.slice(0, FIRST_WORDS).join(' ');
  return words.length > FIRST_WORDS ? `${head} …` : head;
}

function section<T>(title: string, items: readonly T[], render: (item: T) => string): string[] {
  if (items.length === 0) return [`  ${title}: none`];
  return [`  ${title} (${items.length}):`, ...items.map((item) => `    ${render(item)}`)];
}

/** `L3` or `L27–40`: the lines a span covers (its end is exclusive). */
function lineRange(lineOf: (offset: number) => number, span: Span): string {
  const first = lineOf(span.start) + 1;
  const last = lineOf(Math.max(span.start, span.end - 1)) + 1;
  return first === last ? `L${first}` : `L${first}–${last}`;
}

export function articleText(file: string, article: Article): string {
  const lineOf = lineOfOffset(article);
  const at = (offset: number): string => `L${lineOf(offset) + 1}`;
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  const published = article.published
    ? `${article.published}${article.publishedEvidence ? ` (${article.publishedEvidence})` : ''}`
    : 'unknown';
  const out = [
    file,
    `  published: ${published}; outlet: ${article.outlet ?? 'unknown'}`,
    `  boilerplate: ${article.boilerplate.length ? article.boilerplate.map((b) => lineRange(lineOf, b)).join(', ') : 'none'}`,
    ...section('speakers', article.speakers, (s) =>
      `${s.id} ${s.name} [${s.type}]${s.role ? ` — ${s.role}` : ''}${s.aliases.length ? `; aliases: ${s.aliases.join('، ')}` : ''}`),
    ...section('claims', article.claims, (c) =>
      `${c.id} ${at(c.cue.start)} ${c.cue.text} → ${names.get(c.speaker) ?? c.speaker} (${c.kind}${c.date ? `, ${c.date}` : ''}): ${opening(article.text, c)}`),
    ...section('figures', article.figures, (f) =>
      `${at(f.start)} "${f.text}" = ${f.value} ${f.sourced ? `sourced${f.claim ? ` by ${f.claim}` : ''}` : 'UNSOURCED'}`),
    ...section('dates', article.dates, (d) => `${at(d.start)} "${d.text}" → ${d.value ?? 'unresolved'}`),
  ];
  // each line with its controls made visible: a file name or an article may hold escape sequences (host/controls.ts)
  return out.map(escapeControls).join('\n');
}
