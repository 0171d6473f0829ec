// SARIF 2.1.0 for `isnad check --format sarif`: one run, the rule registry as
// the driver's rules, one result per finding. Columns count UTF-16 code units
// (declared by `columnKind`), as Isnad's offsets do. Config problems and
// skipped files go to the invocation's notifications, where SARIF puts them.
// Each rule links to its page (helpUri) and carries it (help), docs/rules/.
// Typed with @types/sarif.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../analysis/rules/index.js';
import type { Severity } from '../analysis/rules/index.js';
import type * as Sarif from 'sarif';
import { ruleDocText, ruleDocUri } from '../host/rule-docs.js';
import type { CheckReport } from './check-report.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, Sarif.Notification.level & Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A path as a SARIF URI reference: relative with forward slashes, each segment escaped. */
export function artifactUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function physical(path: string, region?: Sarif.Region): Sarif.Location {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(path) }, ...(region ? { region } : {}) } };
}

function rule(r: (typeof RULES)[number]): Sarif.ReportingDescriptor {
  const uri = ruleDocUri(r.id);
  const page = ruleDocText(r.id);
  return {
    id: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: r.fullDescription },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    ...(uri ? { helpUri: uri } : {}),
    ...(page ? { help: { text: r.fullDescription, markdown: page } } : {}),
  };
}

function driver(version: string): Sarif.ToolComponent {
  return { name: 'isnad', version, rules: RULES.map(rule) };
}

function notifications(report: CheckReport): Sarif.Invocation {
  return {
    executionSuccessful: report.failed.length === 0,
    toolConfigurationNotifications: report.configProblems.map((p) => ({
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [physical(p.file, { startLine: p.line, startColumn: p.column })],
    })),
    toolExecutionNotifications: [
      ...report.skipped.map((s) => ({ level: 'warning' as const, message: { text: `skipped: ${s.problem}` }, locations: [physical(s.path)] })),
      ...report.failed.map((f) => ({ level: 'error' as const, message: { text: `internal error: ${f.error}` }, locations: [physical(f.path)] })),
    ],
  };
}

export function sarifLog(report: CheckReport, version: string): Sarif.Log {
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
