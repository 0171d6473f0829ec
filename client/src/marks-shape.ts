// The answer to isnad/articleMarks, checked before it becomes decorations (a
// server of another version may answer otherwise), and the kinds of marks in
// the order they are drawn. Pure.
import type { ArticleMarks, WireRange } from '../../server/src/lsp/protocol.js';

export { ARTICLE_MARKS, type ArticleMarks, type ArticleMarksParams } from '../../server/src/lsp/protocol.js';

/** Drawn in this order: the wide backgrounds first, underlines over them. */
export const MARK_KINDS = ['boilerplate', 'quotes', 'figures', 'unsourced', 'dates', 'cues', 'speakers'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

const isPosition = (x: unknown): boolean => {
  const p = x as { line?: unknown; character?: unknown } | null;
  return typeof p === 'object' && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character)
    && (p.line as number) >= 0 && (p.character as number) >= 0;
};

const isRange = (x: unknown): x is WireRange => {
  const r = x as { start?: unknown; end?: unknown } | null;
  return typeof r === 'object' && r !== null && isPosition(r.start) && isPosition(r.end);
};

export function isArticleMarks(x: unknown): x is ArticleMarks {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (m.version !== null && !Number.isInteger(m.version)) return false;
  return MARK_KINDS.every((kind) => Array.isArray(m[kind]) && (m[kind] as unknown[]).every(isRange));
}
