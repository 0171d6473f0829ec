// Labels that mix Arabic with English, numbers and file names: the bidi
// helpers the server and the client share (server/src/lsp/bidi.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasArabic, isolate, isolateArabic, shortFileName } from '../../server/src/lsp/bidi.js';

const FSI = '\u2068';
const PDI = '\u2069';

test('isolate wraps text in first-strong isolates', () => {
  assert.equal(isolate('جيمس جيفري'), `${FSI}جيمس جيفري${PDI}`);
  assert.ok(hasArabic('قال') && !hasArabic('said 5200'));
});

test('a quotation holding Arabic is isolated whole, its number with it', () => {
  assert.equal(
    isolateArabic('Unsourced figure "5200 جندي": no speaker or source in the article stands behind it.'),
    `Unsourced figure "${FSI}5200 جندي${PDI}": no speaker or source in the article stands behind it.`,
  );
  assert.equal(isolateArabic('Unsourced figure "5,200": none'), 'Unsourced figure "5,200": none', 'no Arabic, nothing to isolate');
});

test('runs of Arabic outside quotations are isolated from their first to their last Arabic letter', () => {
  assert.equal(
    isolateArabic('3,000 (عنب بلدي, 2020-01-24), said by وزارة الدفاع الأمريكية (البنتاغون)'),
    `3,000 (${FSI}عنب بلدي${PDI}, 2020-01-24), said by ${FSI}وزارة الدفاع الأمريكية (البنتاغون)${PDI}`,
  );
  assert.equal(isolateArabic('by سلمى'), `by ${FSI}سلمى${PDI}`);
});

test('text already isolated is left alone, and the helper is idempotent', () => {
  const once = isolateArabic('Nearest claim, by جيمس جيفري: "بمرور الوقت"');
  assert.equal(once, `Nearest claim, by ${FSI}جيمس جيفري${PDI}: "${FSI}بمرور الوقت${PDI}"`);
  assert.equal(isolateArabic(once), once);
});

test('a file name as a short description: no .txt, no hash-like tail, not too long', () => {
  assert.equal(shortFileName('001_07f643b4c079ef5b.txt'), '001');
  assert.equal(shortFileName('sy24-2020-01-26.txt'), 'sy24-2020-01-26');
  assert.equal(shortFileName('07f643b4c079ef5b.txt'), '07f643b4c079ef5b', 'a name that is all hash keeps it');
  assert.equal(shortFileName('a-very-long-name-of-an-article-file-from-an-archive.txt'), 'a-very-long-name-of-an…');
  assert.equal(shortFileName('تقرير_الوكالة.txt'), 'تقرير_الوكالة');
});
