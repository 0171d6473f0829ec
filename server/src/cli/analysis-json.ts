// The JSON contract of `isnad analyze` (shared/eval/README.md): one object per
// document, with the required fields and some extras that help reading it.
import type { Article } from '../analysis/model.js';
import { lineOfOffset } from './article-lines.js';

export const ANALYSIS_VERSION = 1;

export function documentJson(file: string, article: Article): object {
  const lineOf = lineOfOffset(article);
  const speakerNames = new Map(article.speakers.map((s) => [s.id, s.name]));
  return {
    file,
    published: article.published,
    publishedEvidence: article.publishedEvidence,
    outlet: article.outlet,
    url: article.url,
    boilerplate: article.boilerplate.map(({ start, end }) => ({ start, end })),
    speakers: article.speakers.map(({ id, name, aliases, role, type }) => ({ id, name, aliases, role, type })),
    claims: article.claims.map((c) => ({
      id: c.id,
      speaker: c.speaker,
      speakerName: speakerNames.get(c.speaker) ?? null,
      cue: { start: c.cue.start, end: c.cue.end, text: c.cue.text },
      kind: c.kind,
      start: c.start,
      end: c.end,
      date: c.date,
      line: lineOf(c.cue.start) + 1,
    })),
    figures: article.figures.map((f) => ({
      start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit,
      approximator: f.approximator, sourced: f.sourced, claim: f.claim,
    })),
    dates: article.dates.map((d) => ({
      start: d.start, end: d.end, text: d.text, value: d.value, precision: d.precision, resolution: d.resolution,
    })),
  };
}
