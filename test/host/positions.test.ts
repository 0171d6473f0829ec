import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, locate } from '../../server/src/host/positions.js';
import { parseMarks } from '../helpers/marks.js';

// Each case: a text with one ⟦marked⟧ span, and its 1-based region "line:col-line:col" (end exclusive).
const CASES: { name: string; marked: string; region: string }[] = [
  { name: 'first line', marked: 'قال ⟦5200 جندي⟧', region: '1:5-1:14' },
  { name: 'LF lines', marked: 'سطر أول\nوقال إن ⟦2500 جندي⟧ باقون', region: '2:9-2:18' },
  { name: 'CRLF lines count once', marked: 'سطر أول\r\nسطر ثان\r\n⟦61 هجومًا⟧', region: '3:1-3:10' },
  { name: 'a lone CR breaks a line', marked: 'أ\rب ⟦ج⟧', region: '2:3-2:4' },
  { name: 'diacritics are columns of their own', marked: 'قالَ إنَّ ⟦٥٢٠٠⟧', region: '1:11-1:15' },
  { name: 'a surrogate pair is two columns', marked: '🇺🇸 ⟦900⟧', region: '1:6-1:9' },
  { name: 'a span across a line break', marked: 'أ ⟦ب\r\nج⟧', region: '1:3-2:2' },
  { name: 'a span ending at the line end', marked: '⟦أبد⟧\nهـ', region: '1:1-1:4' },
];

test('offsets become 1-based lines and UTF-16 columns', () => {
  for (const c of CASES) {
    const { text, spans } = parseMarks(c.marked);
    const r = new LineIndex(text).region(spans[0]!);
    assert.equal(`${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn}`, c.region, c.name);
  }
});

test('offset and position are inverses, and out-of-range input is clamped', () => {
  const text = 'سطر\r\nثان\nثالث';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 3);
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF: not a position
    assert.equal(lines.offset(lines.position(offset)), offset, `offset ${offset}`);
  }
  assert.deepEqual(lines.position(999), { line: 2, character: 4 });
  assert.equal(lines.offset({ line: 0, character: 99 }), 3, 'clamped before the CRLF');
});

test('locate places each finding of a file', () => {
  const { text, spans } = parseMarks('عنوان\nنشر ⟦1873 مدنيًا⟧');
  const [located] = locate('seeds/x.txt', text, [{ ...spans[0]!, rule: 'unsourced-figure' }]);
  assert.equal(located!.file, 'seeds/x.txt');
  assert.equal(located!.item.rule, 'unsourced-figure');
  assert.deepEqual(located!.region, { startLine: 2, startColumn: 5, endLine: 2, endColumn: 16 });
});
