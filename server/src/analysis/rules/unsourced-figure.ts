// unsourced-figure: a quantity the outlet states on its own authority, with no
// claim (قال، أكد …) nor attribution phrase (حسب، وفق …) behind it. The
// sourcing pass decides `sourced`; this rule only turns the verdict into findings.
// A figure the reviewer has decided on (isnad.yaml `reviews:`) is not reported.
// Nor is a headline's figure that the body gives with its source: a headline
// is too short to attribute what it sums up («5200 جندي أمريكي في العراق»,
// then «قال البنتاغون إن 5200 جندي …»), and it is the body that says who
// stands behind it.
import type { Article, Figure, Span } from '../model.js';
import { reviewedFigures } from '../review/index.js';
import type { Review } from '../review/index.js';
import type { Finding, FolderContext, Rule } from './index.js';

const ID = 'unsourced-figure' as const;

function inAny(spans: readonly Span[], figure: Figure): boolean {
  return spans.some((s) => figure.start < s.end && s.start < figure.end);
}

/** The headline: the article's first line with text in it. */
function headline(article: Article): Span | null {
  return article.segments.lines.find((l) => !l.blank) ?? null;
}

/** The same quantity: the same value (and percent or not), and the same unit when both name one. */
function sameQuantity(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.percent === b.percent && (a.unitKey === null || b.unitKey === null || a.unitKey === b.unitKey);
}

/** A figure of the headline that the body restates with a source. */
function sourcedInBody(article: Article, figure: Figure): boolean {
  const head = headline(article);
  if (!head || figure.start < head.start || figure.end > head.end) return false;
  return article.figures.some((f) => f.start >= head.end && f.sourced && !inAny(article.boilerplate, f) && sameQuantity(f, figure));
}

function check(article: Article, _folder?: FolderContext, reviews: readonly Review[] = []): Finding[] {
  const reviewed = reviewedFigures(article, reviews);
  return article.figures
    .filter((f) => !f.sourced && !inAny(article.boilerplate, f) && !reviewed.has(f.start) && !sourcedInBody(article, f))
    .map((f) => ({
      rule: ID,
      severity: 'warning' as const,
      start: f.start,
      end: f.end,
      message: `Unsourced figure "${f.text}": no speaker or source in the article stands behind it.`,
      facts: { rule: ID, figure: f.text },
    }));
}

export const unsourcedFigure: Rule = {
  id: ID,
  description: 'A figure that no speaker or source in the article stands behind.',
  fullDescription:
    'Reports a quantity (a count, amount, percentage or sum) that lies outside every attributed statement ' +
    'and every attribution phrase (حسب، وفق، نقلًا عن): the outlet states it on its own authority. ' +
    'Figures in boilerplate, a headline\'s figure the body gives with its source, and figures a reviewer has decided on ' +
    '(isnad.yaml `reviews:`) are not reported.',
  defaultSeverity: 'warning',
  check,
};
