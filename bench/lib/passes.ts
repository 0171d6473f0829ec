// The analysis of server/src/analysis/index.ts (analyzeArticle), pass by
// pass, with each pass timed. It calls the same functions in the same order;
// `sameAsCore` checks that on a sample, so a change to index.ts that this
// file misses shows up as a warning instead of a wrong table.
import type { ArticleContext } from '../../server/src/analysis/model.js';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { normalizeWithMap } from '../../server/src/analysis/text/normalize.js';
import { segment } from '../../server/src/analysis/text/segment.js';
import type { Doc } from '../../server/src/analysis/passes/doc.js';
import { scanTokens } from '../../server/src/analysis/passes/tokens.js';
import { findBoilerplate } from '../../server/src/analysis/passes/boilerplate.js';
import { findDates } from '../../server/src/analysis/passes/dates.js';
import { findFigures } from '../../server/src/analysis/passes/figures.js';
import { findClaims } from '../../server/src/analysis/passes/claims.js';
import { applySourcing } from '../../server/src/analysis/passes/sourcing.js';
import { findOutlet } from '../../server/src/analysis/passes/outlet.js';

export const PASSES = ['segment', 'normalize', 'tokens', 'boilerplate', 'dates', 'figures', 'claims', 'sourcing', 'outlet'] as const;
export type Pass = (typeof PASSES)[number];
export type PassTimes = Record<Pass, number>;

export const zeroTimes = (): PassTimes => Object.fromEntries(PASSES.map((p) => [p, 0])) as PassTimes;

/** What an analysis found, to compare with the core's. */
export interface Found {
  claims: number;
  figures: number;
  dates: number;
  speakers: number;
}

function timed<T>(times: PassTimes, pass: Pass, run: () => T): T {
  const started = performance.now();
  const result = run();
  times[pass] += performance.now() - started;
  return result;
}

/** Analyses `text` as analyzeArticle does, adding each pass's milliseconds to `times`. */
export function analyzeTimed(text: string, context: ArticleContext, times: PassTimes): Found {
  const segments = timed(times, 'segment', () => segment(text));
  const norm = timed(times, 'normalize', () => normalizeWithMap(text));
  const { tokens, joinsFrom, respelled, starts } = timed(times, 'tokens', () => scanTokens(text, norm, segments.lines));
  const doc: Doc = { text, norm, segments, tokens, joinsFrom, respelled, starts, boilerplate: [] };
  doc.boilerplate = timed(times, 'boilerplate', () => findBoilerplate(doc));
  const { dates, published } = timed(times, 'dates', () => findDates(doc, context.published ?? null));
  const figures = timed(times, 'figures', () => findFigures(doc, dates));
  const { speakers, claims } = timed(times, 'claims', () => findClaims(doc, dates, context.speakers ?? [], published));
  const sourced = timed(times, 'sourcing', () => applySourcing(doc, claims, figures));
  if (!context.outlet) timed(times, 'outlet', () => findOutlet(doc));
  return { claims: claims.length, figures: sourced.length, dates: dates.length, speakers: speakers.length };
}

/** Whether the timed passes find what analyzeArticle finds on this text. */
export function sameAsCore(text: string, context: ArticleContext): boolean {
  const mine = analyzeTimed(text, context, zeroTimes());
  const core = analyzeArticle(text, context);
  return mine.claims === core.claims.length && mine.figures === core.figures.length
    && mine.dates === core.dates.length && mine.speakers === core.speakers.length;
}
