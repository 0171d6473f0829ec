// The one place where the core's UTF-16 offsets become LSP positions and
// ranges, and back (LSP counts in UTF-16 code units too, the default
// position encoding, so only lines need computing). Line breaks are \r\n,
// \n and a lone \r, as LSP counts them: host/positions.ts does the counting.
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Location, Position, Range } from 'vscode-languageserver';
import type { Span } from '../analysis/model.js';
import type { Severity } from '../analysis/rules/index.js';
import type { ConfigProblem } from '../host/config.js';
import { LineIndex } from '../host/positions.js';

export class Converter {
  private readonly lines: LineIndex;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
  }

  position(offset: number): Position {
    return this.lines.position(offset);
  }

  /** The offset of an LSP position, clamped into its line and the text. */
  offset(position: Position): number {
    return this.lines.offset(position);
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  location(uri: string, span: Span): Location {
    return { uri, range: this.range(span) };
  }
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const toDiagnosticSeverity = (severity: Severity): DiagnosticSeverity => SEVERITIES[severity];

/** A config problem's 1-based line and column as an empty LSP range (the editor widens it to the word). */
export function problemRange(problem: Pick<ConfigProblem, 'line' | 'column'>): Range {
  const at = { line: Math.max(0, problem.line - 1), character: Math.max(0, problem.column - 1) };
  return { start: at, end: at };
}
