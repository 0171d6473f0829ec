// The rows of `isnad export`: one per claim, with what a spreadsheet of a
// review needs (where it is, who said it and when, what, where it was
// published, and the figures it states with who stands behind each).
import type { Article, Claim, ClaimKind, Figure } from '../model.js';
import { lastStartingAtOrBefore } from '../passes/doc.js';
import { claimSpeaker, statementText } from './statement.js';

export interface ExportFigure {
  text: string;
  value: number;
  unit: string | null;
  sourced: boolean;
  /** Who stands behind it: the speaker of its claim, or the attribution phrase; null when nobody does. */
  source: string | null;
}

export interface ExportRow {
  file: string;
  /** 1-based line of the claim's cue. */
  line: number;
  speaker: string;
  role: string | null;
  kind: ClaimKind;
  cue: string;
  /** ISO date the statement was made, or null. */
  date: string | null;
  /** The quoted words (direct) or the reported content, on one line. */
  text: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  figures: ExportFigure[];
}

/** 1-based line of an offset; the caller's, so that lines are counted as `isnad check` counts them. */
export type LineOf = (offset: number) => number;

/** The claim holding an offset; claims are sorted by start and do not nest. */
function claimHolding(claims: readonly Claim[], offset: number): Claim | undefined {
  const found = lastStartingAtOrBefore(claims, offset);
  return found && offset < found.end ? found : undefined;
}

/** Each claim's figures: those it sources, and any other figure written inside it. One pass over the figures. */
function figuresByClaim(article: Article): Map<string, ExportFigure[]> {
  const claims = new Map(article.claims.map((c) => [c.id, c]));
  const byClaim = new Map<string, ExportFigure[]>();
  for (const f of article.figures) {
    const owner = (f.claim ? claims.get(f.claim) : undefined) ?? claimHolding(article.claims, f.start);
    if (!owner) continue;
    const source = sourceOf(article, f, f.claim ? claims.get(f.claim) : undefined);
    const list = byClaim.get(owner.id) ?? [];
    list.push({ text: f.text, value: f.value, unit: f.unit, sourced: f.sourced, source });
    byClaim.set(owner.id, list);
  }
  return byClaim;
}

function sourceOf(article: Article, figure: Figure, claim: Claim | undefined): string | null {
  if (!figure.sourced) return null;
  if (claim) return claimSpeaker(article, claim).name;
  return figure.attribution ? article.text.slice(figure.attribution.start, figure.attribution.end) : null;
}

export function exportRows(file: string, article: Article, lineOf: LineOf): ExportRow[] {
  const figures = figuresByClaim(article);
  return article.claims.map((claim) => {
    const { name, role } = claimSpeaker(article, claim);
    return {
      file,
      line: lineOf(claim.cue.start),
      speaker: name,
      role,
      kind: claim.kind,
      cue: claim.cue.text,
      date: claim.date,
      text: statementText(article, claim),
      outlet: article.outlet,
      published: article.published,
      url: article.url,
      figures: figures.get(claim.id) ?? [],
    };
  });
}
