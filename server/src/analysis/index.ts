// The analysis core's one entry point. Pure: text in, document model out;
// no file system, no editor, no clock. The passes run in this order:
//   normalize → segment → tokens → boilerplate → dates, figures → claims (names) → sourcing → outlet
import type { Article, ArticleContext } from './model.js';
import { readDoc } from './passes/doc.js';
import { keepLastDoc } from './last-doc.js';
import { findBoilerplate } from './passes/boilerplate.js';
import { findDates } from './passes/dates.js';
import { findFigures } from './passes/figures.js';
import { findClaims } from './passes/claims.js';
import { applySourcing } from './passes/sourcing.js';
import { findOutlet } from './passes/outlet.js';

export * from './model.js';
export { normalize } from './text/normalize.js';

export function analyzeArticle(text: string, context: ArticleContext = {}): Article {
  const doc = readDoc(text);
  keepLastDoc(doc);
  const { segments } = doc;
  doc.boilerplate = findBoilerplate(doc);
  const { dates, published, publishedEvidence } = findDates(doc, context.published ?? null);
  const figures = findFigures(doc, dates);
  const { speakers, claims } = findClaims(doc, dates, context.speakers ?? [], published);
  const sourced = applySourcing(doc, claims, figures);
  const outlet = context.outlet ? { outlet: context.outlet, evidence: null } : findOutlet(doc);
  return {
    text,
    published,
    publishedEvidence: context.published ? 'isnad.yaml' : publishedEvidence,
    outlet: outlet.outlet,
    outletEvidence: outlet.evidence,
    url: context.url ?? null,
    segments,
    boilerplate: doc.boilerplate,
    dates,
    figures: sourced,
    speakers,
    claims,
  };
}
