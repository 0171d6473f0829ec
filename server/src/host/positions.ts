// Offsets → line and column, the one place where Isnad's UTF-16 offsets become
// positions for people (text output), SARIF and the editor. Lines break at
// \r\n, \n and a lone \r, as LSP and VS Code count them; columns count UTF-16
// code units, so an Arabic letter or a combining mark is one column and an
// emoji two.

export interface Position {
  /** 0-based. */
  line: number;
  /** 0-based, in UTF-16 code units. */
  character: number;
}

/** A 1-based region, end exclusive (SARIF's convention; text output uses the start). */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export class LineIndex {
  /** Offset where each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      if (ch === 0x0a || ch === 0x0d) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of `offset`, clamped into the text; binary search over line starts. */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.lineStarts[lo]! };
  }

  /** The offset of a 0-based position (the inverse of `position`), clamped to the line. */
  offset(pos: Position): number {
    const line = Math.max(0, Math.min(pos.line, this.lineStarts.length - 1));
    const start = this.lineStarts[line]!;
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(line));
  }

  /** Where line `line`'s content ends, before its line break. */
  private lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text.startsWith('\r\n', next - 2) ? next - 2 : next - 1;
  }

  /** 1-based region of a span, end column exclusive. */
  region(span: { start: number; end: number }): Region {
    const s = this.position(span.start);
    const e = this.position(span.end);
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  }
}

/** A finding (or any span with a message) placed in its file, 1-based. */
export interface Located<T> {
  file: string;
  item: T;
  region: Region;
}

/** Places spans of one file's text; builds the line index once for all of them. */
export function locate<T extends { start: number; end: number }>(file: string, text: string, spans: readonly T[]): Located<T>[] {
  if (spans.length === 0) return [];
  const lines = new LineIndex(text);
  return spans.map((item) => ({ file, item, region: lines.region(item) }));
}
