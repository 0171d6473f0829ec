// Data-driven tests write the expected spans inside the snippet itself:
// 'قال ⟦5200 جندي⟧' marks the span of "5200 جندي". parseMarks strips the
// marks and returns the clean text with the marked spans in it.
import type { Span } from '../../server/src/analysis/model.js';

export const OPEN = '⟦';
export const CLOSE = '⟧';

export function parseMarks(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === OPEN) open.push(text.length);
    else if (ch === CLOSE) {
      const start = open.pop();
      if (start === undefined) throw new Error(`unbalanced ${CLOSE} in ${marked}`);
      spans.push({ start, end: text.length });
    } else text += ch;
  }
  if (open.length) throw new Error(`unbalanced ${OPEN} in ${marked}`);
  return { text, spans: spans.sort((a, b) => a.start - b.start) };
}

/** The marked text of each span, for readable assertion messages. */
export function spanTexts(text: string, spans: Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
