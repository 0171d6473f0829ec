// SARIF 2.1.0 for `isnad check --format sarif`: one run, the rule registry as
// the driver's rules, one result per finding. Columns count UTF-16 code units
// (declared by `columnKind`), as Isnad's offsets do. Config problems and
// skipped files go to the invocation's notifications, where SARIF puts them.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../analysis/rules/index.js';
import type { Severity } from '../analysis/rules/index.js';
import type { CheckReport } from './check-report.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A path as a SARIF URI reference: relative with forward slashes, each segment escaped. */
export function artifactUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function physical(path: string, region?: object): object {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(path) }, ...(region ? { region } : {}) } };
}

function driver(version: string): object {
  return {
    name: 'isnad',
    version,
    rules: RULES.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      fullDescription: { text: r.fullDescription },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    })),
  };
}

function notifications(report: CheckReport): object {
  return {
    executionSuccessful: report.failed.length === 0,
    toolConfigurationNotifications: report.configProblems.map((p) => ({
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [physical(p.file, { startLine: p.line, startColumn: p.column })],
    })),
    toolExecutionNotifications: [
      ...report.skipped.map((s) => ({ level: 'warning', message: { text: `skipped: ${s.problem}` }, locations: [physical(s.path)] })),
      ...report.failed.map((f) => ({ level: 'error', message: { text: `internal error: ${f.error}` }, locations: [physical(f.path)] })),
    ],
  };
}

export function sarifLog(report: CheckReport, version: string): object {
  const artifactIndex = new Map(report.checked.map((f, i) => [f.path, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: driver(version) },
      invocations: [notifications(report)],
      columnKind: 'utf16CodeUnits',
      artifacts: report.checked.map((f) => ({ location: { uri: artifactUri(f.path) }, encoding: f.encoding.toLowerCase() })),
      results: report.findings.map(({ file, item, region }) => ({
        ruleId: item.rule,
        ruleIndex: RULES.findIndex((r) => r.id === item.rule),
        level: LEVEL[item.severity],
        message: { text: item.message },
        locations: [{
          physicalLocation: { artifactLocation: { uri: artifactUri(file), index: artifactIndex.get(file) }, region },
        }],
      })),
    }],
  };
}
