// The fingerprint of a figure: the normalized words just before and just
// after it, within its own line (a paragraph of the article), written
// `before words … after words`. It survives edits anywhere else in the
// article (lines above, other paragraphs, far ends of its own paragraph), and
// it is readable in isnad.yaml and in a git diff, unlike a hash.
import type { Article, Span } from '../model.js';
import { lastStartingAtOrBefore } from '../passes/doc.js';
import { normalize } from '../text/normalize.js';

/** Words taken on each side of the figure. */
export const CONTEXT_WORDS = 4;
const SEPARATOR = '…';

export interface FigureContext {
  before: string[];
  after: string[];
}

/** Normalized words: letters and digits, punctuation dropped. */
export function words(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The form figure texts are compared in: `5200 جندي،` and `5200 جندي` are one figure. */
export const figureKey = (text: string): string => words(text).join(' ');

type Lines = Pick<Article, 'text' | 'segments'>;

/** The line holding `offset` (lines are sorted and do not overlap). */
function lineAt(article: Lines, offset: number): Span {
  return lastStartingAtOrBefore(article.segments.lines, offset) ?? { start: 0, end: article.text.length };
}

export function figureContext(article: Lines, span: Span): FigureContext {
  const line = lineAt(article, span.start);
  return {
    before: words(article.text.slice(line.start, span.start)).slice(-CONTEXT_WORDS),
    after: words(article.text.slice(span.end, Math.max(span.end, line.end))).slice(0, CONTEXT_WORDS),
  };
}

export const formatFingerprint = (context: FigureContext): string =>
  `${context.before.join(' ')} ${SEPARATOR} ${context.after.join(' ')}`.trim();

export function fingerprint(article: Lines, span: Span): string {
  return formatFingerprint(figureContext(article, span));
}

/** Reads a fingerprint back; one written by hand (unnormalized, no separator) still reads. */
export function parseFingerprint(fingerprint: string): FigureContext {
  const at = fingerprint.indexOf(SEPARATOR);
  if (at < 0) return { before: words(fingerprint), after: [] };
  return { before: words(fingerprint.slice(0, at)), after: words(fingerprint.slice(at + SEPARATOR.length)) };
}
