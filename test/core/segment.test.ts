import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text/segment.js';
import { normalizeWithMap, toOriginalSpan, normalize } from '../../server/src/analysis/text/normalize.js';
import { analyzeArticle } from '../../server/src/analysis/index.js';
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

test('normalization: ة at a word end reads ه, past dropped marks; a lone surrogate reads U+FFFD, a pair is kept', () => {
  // the next kept letter decides, marks between do not; the text's last letter too
  assert.equal(normalizeWithMap('مدرسةُ كبيرةٌ').text, 'مدرسه كبيره');
  assert.equal(normalizeWithMap('خليفةَقال').text, 'خليفةقال');
  assert.equal(normalizeWithMap('ة').text, 'ه');
  assert.equal(normalizeWithMap('').text, '');
  // TextDecoder has always read a lone surrogate as U+FFFD; a pair (an emoji) is kept as it is
  assert.equal(normalizeWithMap('قال \ud83d الوزير').text, 'قال \ufffd الوزير');
  assert.equal(normalizeWithMap('قال 👍 الوزيرُ').text, 'قال 👍 الوزير');
  const norm = normalizeWithMap('قالَ');
  assert.deepEqual([...norm.toOriginal], [0, 1, 2, 4]);
});

test('invisible format characters are not seen by matching: a mark inside a name does not split its speaker', () => {
  // a right-to-left mark pasted inside a surname, a name in a bidi isolate, a zero-width space between words
  assert.equal(normalize('جي\u200fفري'), 'جيفري');
  assert.equal(normalize('\u2068جيمس جيفري\u2069'), 'جيمس جيفري');
  assert.equal(normalize('جيمس\u200bجيفري'), 'جيمس جيفري');
  const text = 'قال المبعوث الأمريكي جيمس جيفري إن القوات باقية في المنطقة.\n' +
    'وأضاف جيمس جي\u200fفري أن الانسحاب لن يكون قريبا.\nوقال جيمس\u2068 جيفري\u2069 إن الحوار مستمر.';
  const article = analyzeArticle(text, {});
  assert.deepEqual(article.speakers.map((s) => s.name), ['جيمس جيفري']);
  assert.equal(new Set(article.claims.map((c) => c.speaker)).size, 1);
  assert.equal(article.claims.length, 3);
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

/** Characters the regular expressions of `run` search through (from lastIndex to the match, or to the end). */
function charactersSearched(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let searched = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    searched += (m ? m.index : s.length) - from;
    return m;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return searched;
}

test('lines without sentence punctuation are segmented in linear work (a search from each line does not run to the next mark)', () => {
  // 20,000 short lines, then one sentence end: each line used to search the rest of the text for its end
  const text = `${Array.from({ length: 20_000 }, (_, i) => `سطر قصير رقم ${i} بلا علامة`).join('\n')}.`;
  const searched = charactersSearched(() => segment(text));
  assert.ok(searched < 4 * text.length, `${searched} characters searched in a text of ${text.length}`);
  const { sentences, quotes } = segment(text);
  assert.equal(sentences.length, 20_000);
  assert.equal(quotes.length, 0);
  assert.equal(text.slice(sentences[19_999]!.start, sentences[19_999]!.end), 'سطر قصير رقم 19999 بلا علامة.');
});
