import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seed } from '../helpers/doc.js';
import { scopesOf } from './tokenize.js';
import { grammarText } from '../../scripts/grammar/grammar.js';

const QUOTE = 'string.quoted';
const CUE = 'keyword.control.cue';
const DATE = 'constant.other.date';
const FIGURE = 'constant.numeric.figure';

/** Whether every character of `part` (its `nth` occurrence in `text`) carries a scope starting with `scope`. */
async function covered(text: string, part: string, scope: string, nth = 0): Promise<boolean> {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    assert.ok(at >= 0, `"${part}" (occurrence ${nth}) is not in the text`);
  }
  const scopes = await scopesOf(text, at, part.length);
  return scopes.every((s) => s.some((name) => name.startsWith(scope)));
}

async function expectScope(text: string, part: string, scope: string, nth = 0): Promise<void> {
  assert.ok(await covered(text, part, scope, nth), `"${part}" should be ${scope}`);
}

/** No character of `part` carries `scope`. */
async function expectNot(text: string, part: string, scope: string): Promise<void> {
  const at = text.indexOf(part);
  assert.ok(at >= 0, `"${part}" is not in the text`);
  const scopes = await scopesOf(text, at, part.length);
  assert.ok(scopes.every((s) => !s.some((name) => name.startsWith(scope))), `"${part}" should not be ${scope}`);
}

test('the committed grammar is the one the lexicons generate', () => {
  const committed = readFileSync(join(__dirname, '..', '..', 'syntaxes', 'news-article.tmLanguage.json'), 'utf8');
  assert.ok(committed === grammarText(), 'syntaxes/news-article.tmLanguage.json is stale: run node --import tsx scripts/grammar/write.ts');
});

test('quotations of every style in the seeds', async () => {
  const s1 = seed(1);
  await expectScope(s1, 'بمرور الوقت يتجلى احتمال', QUOTE);
  // The marks around that quotation: the nth “ and ” of the article.
  const nth = s1.slice(0, s1.indexOf('“بمرور')).split('“').length - 1;
  await expectScope(s1, '“', 'punctuation.definition.string.begin', nth);
  await expectScope(s1, '”', 'punctuation.definition.string.end', nth);
  await expectNot(s1, 'مضيفًا، ', QUOTE);
  // Mismatched: a closing mark opens (قائد ”قسد”).
  await expectScope(seed(0), 'قسد', QUOTE);
  // Straight quotes.
  await expectScope(seed(3), 'داعش عدو إرهابي مشترك', QUOTE);
});

test('guillemets, and an unclosed quotation ends with its line', async () => {
  const text = 'قال الوزير «سنرد بحزم» ثم مضى.\nوقال: “سنرد\nوأضاف أن الرد قادم';
  await expectScope(text, 'سنرد بحزم', QUOTE);
  await expectNot(text, 'ثم مضى', QUOTE);
  await expectScope(text, 'سنرد', QUOTE, 1);
  await expectNot(text, 'وأضاف', QUOTE);
  await expectScope(text, 'وأضاف', CUE);
});

test('cues in the seeds, with attached و and as participles', async () => {
  const s1 = seed(1);
  for (const cue of ['قال', 'وأشار', 'ولفت', 'استدرك', 'قائلًا', 'مضيفًا', 'مبينًا', 'حذر']) await expectScope(s1, cue, CUE);
  await expectScope(seed(2), 'ومؤكداً', CUE);
  await expectScope(seed(3), 'وتابعت', CUE);
  await expectScope(seed(3), 'بالقول', CUE);
});

test('a cue inside another word is no cue', async () => {
  const text = 'نشر المقال والمقالات ومقالتها في الصحيفة، وقالت المصادر';
  await expectNot(text, 'المقال', CUE);
  await expectNot(text, 'والمقالات', CUE);
  await expectNot(text, 'ومقالتها', CUE);
  await expectScope(text, 'وقالت', CUE);
});

test('dates in the seeds: day and month, paired month names, years after عام, modifiers', async () => {
  const s1 = seed(1);
  await expectScope(s1, 'الخميس 23 من كانون الثاني', DATE);
  await expectScope(s1, 'الأربعاء المقبل', DATE);
  await expectScope(s1, 'تشرين الأول 2019', DATE);
  await expectScope(s1, 'العام 2014', DATE);
  const s4 = seed(4);
  await expectScope(s4, 'كانون الأول/ديسمبر 2023', DATE);
  await expectScope(s4, '17 أكتوبر/تشرين الأول 2023', DATE);
  await expectScope(s4, 'أيلول/سبتمبر 2014', DATE);
  await expectScope(seed(3), '15 أبريل', DATE);
});

test('month names that are also words are dates only with a day, a year or a modifier', async () => {
  const text = 'قال محمد رمضان إنه مارس الضغط في 5 مارس وفي رمضان الماضي وفي يوليو ونيسان 2019.';
  await expectNot(text, 'محمد رمضان', DATE);
  await expectNot(text, 'مارس الضغط', DATE);
  await expectScope(text, '5 مارس', DATE);
  await expectScope(text, 'رمضان الماضي', DATE);
  await expectScope(text, 'يوليو', DATE);
  await expectScope(text, 'ونيسان 2019', DATE);
  await expectScope('الجمعة الموافق 18/8/1436 هـ', '18/8/1436', DATE);
  await expectScope('في عامي 2014 و2015', 'عامي 2014 و2015', DATE);
});

test('figures: digits of both scripts with scale words, percent and units', async () => {
  const s1 = seed(1);
  await expectScope(s1, '5200', FIGURE);
  await expectNot(s1, 'جندي', FIGURE);
  await expectScope(seed(4), '61', FIGURE, 0);
  const text = 'ارتفعت بنسبة 30 في المئة و٤٠٪ وبلغت 2.5 مليار دولار أمريكي و١٢ ألف طن';
  for (const f of ['30 في المئة', '٤٠٪', '2.5 مليار دولار أمريكي', '١٢ ألف طن']) await expectScope(text, f, FIGURE);
  await expectNot(text, 'وبلغت', FIGURE);
});
