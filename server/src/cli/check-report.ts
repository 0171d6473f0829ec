// What `isnad check` found, gathered for the json and sarif formats (the text
// format prints as it goes and keeps only the counts).
import type { Finding, Severity } from '../analysis/rules/index.js';
import type { ConfigProblem } from '../host/config.js';
import type { Located } from '../host/positions.js';

export interface CheckedFile {
  path: string;
  encoding: string;
}

export interface CheckReport {
  checked: CheckedFile[];
  findings: Located<Finding>[];
  configProblems: ConfigProblem[];
  skipped: { path: string; problem: string }[];
  failed: { path: string; error: string }[];
}

export function emptyReport(configProblems: ConfigProblem[]): CheckReport {
  return { checked: [], findings: [], configProblems, skipped: [], failed: [] };
}

/** 0 nothing to report, 1 findings or problems, 2 when an article could not be analysed at all. */
export function exitCode(counts: { problems: number; failed: number }): number {
  if (counts.failed > 0) return 2;
  return counts.problems > 0 ? 1 : 0;
}

/** With --quiet or --max-warnings, as ESLint: 1 for errors, skipped files, or warnings over the maximum; information and hints never fail. */
export function lintExitCode(counts: { severities: readonly Severity[]; skipped: number; failed: number; maxWarnings?: number }): number {
  if (counts.failed > 0) return 2;
  const warnings = counts.severities.filter((s) => s === 'warning').length;
  const over = counts.maxWarnings !== undefined && warnings > counts.maxWarnings;
  return counts.severities.includes('error') || counts.skipped > 0 || over ? 1 : 0;
}

const PLURAL: Record<Severity, string> = { error: 'errors', warning: 'warnings', information: 'information', hint: 'hints' };

/** `3 files checked: 2 warnings, 1 error, 1 file skipped.` */
export function summaryLine(files: number, severities: readonly Severity[], skipped: number, failed: number): string {
  const parts: string[] = [];
  for (const s of ['error', 'warning', 'information', 'hint'] as const) {
    const n = severities.filter((x) => x === s).length;
    if (n) parts.push(`${n} ${n === 1 && s !== 'information' ? s : PLURAL[s]}`);
  }
  if (skipped) parts.push(`${skipped} ${skipped === 1 ? 'file' : 'files'} skipped`);
  if (failed) parts.push(`${failed} internal ${failed === 1 ? 'error' : 'errors'}`);
  const checked = `${files} ${files === 1 ? 'file' : 'files'} checked`;
  return parts.length ? `${checked}: ${parts.join(', ')}.` : `${checked}: no problems.`;
}

export function reportJson(report: CheckReport): object {
  return {
    version: 1,
    files: report.checked.map((f) => f.path),
    findings: report.findings.map(({ file, item, region }) => ({
      file, rule: item.rule, severity: item.severity, message: item.message,
      start: item.start, end: item.end,
      line: region.startLine, column: region.startColumn, endLine: region.endLine, endColumn: region.endColumn,
    })),
    configProblems: report.configProblems,
    skipped: report.skipped.map((s) => ({ file: s.path, problem: s.problem })),
    errors: report.failed.map((f) => ({ file: f.path, error: f.error })),
  };
}
