// `isnad check`: run the rule registry over every article and report.
import { runRules } from '../analysis/rules/index.js';
import type { Severity } from '../analysis/rules/index.js';
import { findReviews } from '../host/config.js';
import type { ConfigProblem } from '../host/config.js';
import { locate } from '../host/positions.js';
import type { Located } from '../host/positions.js';
import type { Finding } from '../analysis/rules/index.js';
import { maxFileBytes } from '../host/limits.js';
import { articleTask, describeFailure, describeNotice, eachOutcome } from './outcomes.js';
import type { ArticleSetup, Outcome } from './outcomes.js';
import { emptyReport, exitCode, lintExitCode, reportJson, summaryLine } from './check-report.js';
import type { CheckReport } from './check-report.js';
import { Output, note, openOutput } from './output.js';
import { collectInputs } from './stdin.js';
import { sarifLog } from './sarif.js';

export interface CheckOptions {
  paths: string[];
  config?: string;
  format: 'text' | 'json' | 'sarif';
  version: string;
  maxFileSizeMB?: number;
  jobs?: number;
  output?: string;
  stdinFilename?: string;
  /** Errors only, as ESLint's --quiet: other findings are neither reported nor counted. */
  quiet?: boolean;
  /** As ESLint's --max-warnings: more warnings than this fail the run. */
  maxWarnings?: number;
}

const findingLine = ({ file, item, region }: Located<Finding>): string =>
  `${file}:${region.startLine}:${region.startColumn} ${item.severity} ${item.rule} ${item.message}`;

const configLine = (p: ConfigProblem): string => `${p.file}:${p.line}:${p.column} ${p.severity} config ${p.message}`;

type Checked = Outcome<Located<Finding>[]>;

/** Reads and analyses an article and runs the rules on it (isnad.yaml's review decisions honoured), in a worker; a rule that throws fails this article only. */
export const checkTask = articleTask('isnad.check', (_setup: ArticleSetup, result) => {
  const { config, rel, path } = result.source;
  return locate(path, result.article.text, runRules(result.article, config.rules, undefined, findReviews(config, rel)));
});

/** Adds one article's outcome to the report (its findings are the caller's). */
function record(report: CheckReport, outcome: Checked): void {
  const { path } = outcome;
  if (outcome.kind === 'skipped') report.skipped.push({ path, problem: outcome.problem });
  if (outcome.kind === 'failed') report.failed.push({ path, error: outcome.error });
  if (outcome.kind === 'analysed') report.checked.push({ path, encoding: outcome.encoding });
}

/** Failures go to stderr; skipped files and reading notices go with the findings in text. */
async function tell(out: Output, result: Checked, text: boolean): Promise<void> {
  const line = describeFailure(result) ?? describeNotice(result);
  if (!line) return;
  if (result.kind === 'failed') note(`isnad: ${line}`);
  else if (text) await out.textLine(line);
  // the json and sarif reports list skipped files; a reading notice has no place there
  else if (result.kind === 'analysed') note(`isnad: ${line}`);
}

async function finish(out: Output, options: CheckOptions, report: CheckReport, severities: Severity[]): Promise<void> {
  if (options.format === 'text') {
    await out.line(summaryLine(report.checked.length, severities, report.skipped.length, report.failed.length));
  } else {
    const log = options.format === 'json' ? reportJson(report) : sarifLog(report, options.version);
    await out.line(JSON.stringify(log, null, 2));
  }
}

/**
 * Exit status: 0 nothing to report, 1 findings or config problems, 2 an
 * article that could not be analysed; with --quiet or --max-warnings, as
 * ESLint counts: 1 only for errors (or files skipped) or more warnings than
 * the maximum.
 */
export async function runCheck(options: CheckOptions): Promise<number> {
  const workspace = await collectInputs(options, maxFileBytes(options.maxFileSizeMB));
  const kept = (s: Severity): boolean => !options.quiet || s === 'error';
  const report = emptyReport(workspace.configProblems.filter((p) => kept(p.severity)));
  report.skipped.push(...workspace.skipped);
  const out = openOutput(options.output);
  const text = options.format === 'text';
  if (text) for (const p of report.configProblems) await out.textLine(configLine(p));
  if (text) for (const s of workspace.skipped) await out.textLine(`${s.path}: skipped: ${s.problem}`);
  const severities: Severity[] = report.configProblems.map((p) => p.severity);
  const outcomes = eachOutcome(checkTask, workspace.articles, {}, maxFileBytes(options.maxFileSizeMB), options.jobs);
  for await (const outcome of outcomes) {
    const findings = outcome.kind === 'analysed' ? outcome.value.filter((f) => kept(f.item.severity)) : [];
    record(report, outcome);
    severities.push(...findings.map((f) => f.item.severity));
    await tell(out, outcome, text);
    // the text format prints findings as it goes and keeps none
    if (text) for (const f of findings) await out.textLine(findingLine(f));
    else report.findings.push(...findings);
  }
  await finish(out, options, report, severities);
  await out.end();
  if (!options.quiet && options.maxWarnings === undefined) {
    return exitCode({ problems: severities.length + report.skipped.length, failed: report.failed.length });
  }
  const counts = { severities, skipped: report.skipped.length, failed: report.failed.length, maxWarnings: options.maxWarnings };
  const status = lintExitCode(counts);
  const warnings = severities.filter((s) => s === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) note(`isnad: too many warnings (${warnings}; maximum: ${options.maxWarnings}).`);
  return status;
}
