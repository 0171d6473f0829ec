// The rule registry: every diagnostic Isnad can report, with a stable id the
// user names in isnad.yaml (`rules:`), a default severity, and a check that
// reads the analysed article. The CLI, SARIF and the language server all list
// rules from here, so adding a rule means adding one file and one line below.
// A folder rule (conflicting-figure) also reads the article's folder: it is
// given the workspace index and the article's key there, and finds nothing
// when run on an article alone (as `isnad check` runs rules). The reviewer's
// decisions on the article's figures (isnad.yaml `reviews:`) are given to
// every rule: a reviewed figure is not reported, a stale decision is.
import type { Article } from '../model.js';
import type { Review, ReviewDecision } from '../review/index.js';
import type { FigureSource, WorkspaceIndex } from '../workspace/index.js';
import { conflictingFigure } from './conflicting-figure.js';
import { staleReview } from './stale-review.js';
import { unsourcedFigure } from './unsourced-figure.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** What the user may set a rule to in isnad.yaml. */
export type RuleSetting = Severity | 'off';

/** One diagnostic: offsets are UTF-16 code units into the article's text. */
export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  /** In English, for the CLI and SARIF; the language server words `facts` in the user's language. */
  message: string;
  facts: FindingFacts;
  /** Places in other articles of the folder that bear on it (by index key), with what each is. */
  related?: RelatedFinding[];
}

export interface RelatedFinding {
  uri: string;
  start: number;
  end: number;
  message: string;
  value: ValueFacts;
}

/** What a finding says, as data: the message without its language. */
export type FindingFacts =
  | { rule: 'unsourced-figure'; figure: string }
  | { rule: 'conflicting-figure'; figure: string; values: ValueFacts[]; /** Conflicting values not among `values` (the nearest in time). */ more: number }
  | { rule: 'stale-review'; figure: string; decision: ReviewDecision; reviewer: string | null; date: string | null };

/** Another article's value of a quantity: the number, what places it, who gave it. */
export interface ValueFacts {
  value: number;
  outlet: string | null;
  date: string | null;
  source: FigureSource;
}

/** The folder an article is checked in: the workspace index and the article's key there. */
export interface FolderContext {
  index: WorkspaceIndex;
  uri: string;
}

export interface Rule {
  /** Stable id, kebab-case; never renamed once released. */
  id: string;
  /** One line, for lists and SARIF's shortDescription. */
  description: string;
  /** A paragraph on what the rule reports and why, for SARIF's fullDescription and hovers. */
  fullDescription: string;
  defaultSeverity: Severity;
  /**
   * `folder` is given when the article is checked within its folder; folder rules need it.
   * `reviews` are the decisions isnad.yaml records on this article's figures.
   */
  check(article: Article, folder?: FolderContext, reviews?: readonly Review[]): Finding[];
}

export const RULES: readonly Rule[] = [unsourcedFigure, conflictingFigure, staleReview];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/**
 * Runs every rule that is not switched off, giving each finding the severity
 * the user chose for its rule. Findings come out in text order.
 */
export function runRules(
  article: Article, settings: ReadonlyMap<string, RuleSetting> = new Map(), folder?: FolderContext, reviews: readonly Review[] = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = settings.get(rule.id) ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const f of rule.check(article, folder, reviews)) findings.push({ ...f, severity: setting });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
