import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { arabicDate, monthSeries } from '../../server/src/lsp/arabic-dates.js';
import { seed } from '../helpers/doc.js';

test('ISO values in Arabic words, at their precision', () => {
  const cases: [string, 'gregorian' | 'hijri', string | null][] = [
    ['2020-01-23', 'gregorian', 'الخميس 23 كانون الثاني 2020'],
    ['2019-10', 'gregorian', 'تشرين الأول 2019'],
    ['2014', 'gregorian', '2014'],
    ['XXXX-04-15', 'gregorian', '15 نيسان'],
    ['1436-09-13', 'hijri', '13 رمضان 1436 هـ'],
    ['2020-13-01', 'gregorian', null],
    ['yesterday', 'gregorian', null],
  ];
  for (const [iso, calendar, words] of cases) assert.equal(arabicDate(iso, calendar, 'levantine'), words, iso);
  assert.equal(arabicDate('2023-10-17', 'gregorian', 'egyptian'), 'الثلاثاء 17 أكتوبر 2023');
  assert.equal(arabicDate('2023-10', 'gregorian', 'paired'), 'تشرين الأول/أكتوبر 2023');
});

test('months are named in the series the article uses', () => {
  assert.equal(monthSeries(analyzeArticle(seed(1))), 'levantine'); // كانون الثاني
  assert.equal(monthSeries(analyzeArticle(seed(3))), 'egyptian'); // يناير، أبريل
  assert.equal(monthSeries(analyzeArticle(seed(4))), 'paired'); // كانون الأول/ديسمبر
  assert.equal(monthSeries(analyzeArticle('لا تاريخ هنا')), 'levantine');
});
