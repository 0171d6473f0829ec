// The rule registry: every diagnostic Isnad can report, with a stable id the
// user names in isnad.yaml (`rules:`), a default severity, and a check that
// reads the analysed article. The CLI, SARIF and the language server all list
// rules from here, so adding a rule means adding one file and one line below.
import type { Article } from '../model.js';
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
  message: string;
}

export interface Rule {
  /** Stable id, kebab-case; never renamed once released. */
  id: string;
  /** One line, for lists and SARIF's shortDescription. */
  description: string;
  /** A paragraph on what the rule reports and why, for SARIF's fullDescription and hovers. */
  fullDescription: string;
  defaultSeverity: Severity;
  check(article: Article): Finding[];
}

export const RULES: readonly Rule[] = [unsourcedFigure];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/**
 * Runs every rule that is not switched off, giving each finding the severity
 * the user chose for its rule. Findings come out in text order.
 */
export function runRules(article: Article, settings: ReadonlyMap<string, RuleSetting> = new Map()): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = settings.get(rule.id) ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const f of rule.check(article)) findings.push({ ...f, severity: setting });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
