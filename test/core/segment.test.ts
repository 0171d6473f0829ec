import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text/segment.js';
import { normalizeWithMap, toOriginalSpan, normalize } from '../../server/src/analysis/text/normalize.js';
import { seed } from '../helpers/doc.js';

test('normalization drops marks and maps back to original offsets', () => {
  const text = 'قالَ المبعوثُ الأمريكيّ إنّ ٥٢٠٠ جنديٍّ';
  const norm = normalizeWithMap(text);
  assert.equal(norm.text, 'قال المبعوث الامريكي ان 5200 جندي');
  const i = norm.text.indexOf('5200 جندي');
  const span = toOriginalSpan(norm, i, i + '5200 جندي'.length);
  assert.equal(text.slice(span.start, span.end), '٥٢٠٠ جنديٍّ');
  assert.equal(normalize('السفيرةُ  الأمريكية'), 'السفيره الامريكيه');
});

test('a quotation that spans sentences is one quote and one sentence', () => {
  const text = 'وقالت رومانوفسكي "يقدر كلانا أن التنظيم تهديد. وعلى الرغم من تراجعه، لم ننجز عملنا"، مضيفة أن الأمر صعب.';
  const { quotes, sentences } = segment(text);
  assert.equal(quotes.length, 1);
  assert.ok(text.slice(quotes[0]!.start, quotes[0]!.end).endsWith('عملنا"'));
  assert.equal(sentences.length, 1);
});

test('mismatched and unclosed quotation marks (seeds 000 and 004)', () => {
  const s0 = seed(0);
  const qs = segment(s0).quotes.map((q) => s0.slice(q.start, q.end));
  assert.ok(qs.includes('”قسد”'));
  assert.ok(qs.includes('”الأمر الخطير”'));
  const s4 = seed(4);
  const open = segment(s4).quotes.find((q) => !q.closed);
  assert.ok(open && s4.slice(open.start, open.end).startsWith('“تستمر'));
  assert.ok(s4.slice(open.start, open.end).endsWith('الدائمة.'));
});

test('sentences end at . ؟ ! ؛ and line ends, not inside numbers', () => {
  const text = 'بلغت النسبة 3.5 في المئة. هل هذا كثير؟ نعم!\nسطر آخر';
  const parts = segment(text).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, ['بلغت النسبة 3.5 في المئة.', 'هل هذا كثير؟', 'نعم!', 'سطر آخر']);
});

test('an unclosed quotation ends with its sentence when another quotation opens later', () => {
  const text = 'وقال المسؤول "إن التحقيق بدأ. وأضاف الوزير "نحن نتابع الوضع" في بيان.';
  const qs = segment(text).quotes.map((q) => text.slice(q.start, q.end));
  assert.deepEqual(qs, ['"إن التحقيق بدأ.', '"نحن نتابع الوضع"']);
  const oneLine = 'قال الرئيس "سنمضي قدما. ثم غادر القاعة. وقال الوزير إن الجلسة انتهت.';
  const [q] = segment(oneLine).quotes;
  assert.equal(oneLine.slice(q!.start, q!.end), '"سنمضي قدما.');
});
