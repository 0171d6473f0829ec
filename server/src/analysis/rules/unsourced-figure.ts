// unsourced-figure: a quantity the outlet states on its own authority, with no
// claim (قال، أكد …) nor attribution phrase (حسب، وفق …) behind it. The
// sourcing pass decides `sourced`; this rule only turns the verdict into findings.
// A figure the reviewer has decided on (isnad.yaml `reviews:`) is not reported.
import type { Article, Figure, Span } from '../model.js';
import { reviewedFigures } from '../review/index.js';
import type { Review } from '../review/index.js';
import type { Finding, FolderContext, Rule } from './index.js';

const ID = 'unsourced-figure' as const;

function inAny(spans: readonly Span[], figure: Figure): boolean {
  return spans.some((s) => figure.start < s.end && s.start < figure.end);
}

function check(article: Article, _folder?: FolderContext, reviews: readonly Review[] = []): Finding[] {
  const reviewed = reviewedFigures(article, reviews);
  return article.figures
    .filter((f) => !f.sourced && !inAny(article.boilerplate, f) && !reviewed.has(f.start))
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
    'Figures in boilerplate, and figures a reviewer has decided on (isnad.yaml `reviews:`), are not reported.',
  defaultSeverity: 'warning',
  check,
};
