// Choosing where "Go to Next Unsourced Figure" goes. Pure: positions are
// plain {line, character}, as in LSP and in vscode.Position.

export interface Pos {
  line: number;
  character: number;
}

export function comparePositions(a: Pos, b: Pos): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * The first item that starts after `cursor`, or, when none does, the first
 * of all: the search wraps around the end of the article. An item starting
 * at the cursor is the current one, so repeated calls move on.
 */
export function nextAfter<T extends { start: Pos }>(items: readonly T[], cursor: Pos): T | undefined {
  const sorted = [...items].sort((a, b) => comparePositions(a.start, b.start));
  return sorted.find((item) => comparePositions(item.start, cursor) > 0) ?? sorted[0];
}

/** A diagnostic's code as a string, whether given bare or as {value, target}. */
export function diagnosticCode(code: unknown): string | undefined {
  if (typeof code === 'string' || typeof code === 'number') return String(code);
  if (typeof code === 'object' && code !== null && 'value' in code) return diagnosticCode((code as { value: unknown }).value);
  return undefined;
}
