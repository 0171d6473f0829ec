// The one converter between the core's UTF-16 offsets and LSP positions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Converter, problemRange, toDiagnosticSeverity } from '../../server/src/lsp/convert.js';
import { parseMarks } from '../helpers/marks.js';

// Each case: a text with one ⟦marked⟧ span and its LSP range "line:character-line:character" (0-based).
const CASES: { name: string; marked: string; range: string }[] = [
  { name: 'first line', marked: 'قال ⟦5200 جندي⟧', range: '0:4-0:13' },
  { name: 'LF', marked: 'سطر أول\nوقال إن ⟦2500 جندي⟧', range: '1:8-1:17' },
  { name: 'CRLF counts as one break', marked: 'أ\r\nب\r\n⟦61 هجومًا⟧', range: '2:0-2:9' },
  { name: 'a lone CR breaks a line', marked: 'أ\rب ⟦ج⟧', range: '1:2-1:3' },
  { name: 'diacritics are code units of their own', marked: 'قالَ إنَّ ⟦٥٢٠٠⟧', range: '0:10-0:14' },
  { name: 'a surrogate pair is two code units', marked: '🇺🇸 ⟦900⟧', range: '0:5-0:8' },
  { name: 'a span across lines', marked: 'أ ⟦ب\nج⟧', range: '0:2-1:1' },
];

test('spans become LSP ranges in UTF-16 code units', () => {
  for (const c of CASES) {
    const { text, spans } = parseMarks(c.marked);
    const r = new Converter(text).range(spans[0]!);
    assert.equal(`${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`, c.range, c.name);
  }
});

test('positions map back to offsets, clamped into their line and the text', () => {
  const text = 'سطر\r\nثان\nثالث';
  const conv = new Converter(text);
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between \r and \n is no position
    assert.equal(conv.offset(conv.position(offset)), offset, `offset ${offset}`);
  }
  assert.equal(conv.offset({ line: 0, character: 99 }), 3, 'past the line end: the line end');
  assert.equal(conv.offset({ line: 99, character: 0 }), text.lastIndexOf('ثالث'), 'past the last line: the last line');
  assert.deepEqual(conv.position(-5), { line: 0, character: 0 });
  assert.deepEqual(conv.position(999), { line: 2, character: 4 });
  assert.deepEqual(conv.location('file:///a.txt', { start: 5, end: 8 }), {
    uri: 'file:///a.txt', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
  });
});

test('config problems (1-based) become LSP ranges; severities map to LSP', () => {
  assert.deepEqual(problemRange({ line: 3, column: 5 }), { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } });
  assert.deepEqual(problemRange({ line: 0, column: 0 }).start, { line: 0, character: 0 });
  assert.deepEqual(['error', 'warning', 'information', 'hint'].map((s) => toDiagnosticSeverity(s as 'error')), [1, 2, 3, 4]);
});
