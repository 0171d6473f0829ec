// Citations of claims and export rows, from the pure core, on seed 001 and on
// sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import type { Article, Claim } from '../../server/src/analysis/model.js';
import {
  CSV_BOM, CSV_COLUMNS, citeClaim, claimCitation, csvField, csvRow, exportRows, statementText,
} from '../../server/src/analysis/export/index.js';
import { seed } from '../helpers/doc.js';

const JEFFREY_QUOTE = 'بمرور الوقت يتجلى احتمال حدوث تدهور للجهد ضد داعش';
const FSI = '\u2068', PDI = '\u2069';

const article001 = analyzeArticle(seed(1));

/** The claim whose text holds `needle`. */
function claimWith(article: Article, needle: string): Claim {
  const at = article.text.indexOf(needle);
  const claim = article.claims.find((c) => c.start <= at && at < c.end);
  assert.ok(claim, `no claim holds "${needle}"`);
  return claim;
}

test("Jeffrey's quotation in 001: speaker, role, date said, outlet, publication date, the quoted words", () => {
  const claim = claimWith(article001, JEFFREY_QUOTE);
  assert.equal(claim.kind, 'direct');
  const c = claimCitation(article001, claim);
  assert.equal(c.speaker, 'جيمس جيفري');
  assert.equal(c.role, 'المبعوث الأمريكي الخاص بسوريا');
  assert.equal(c.said, '2020-01-23');
  assert.equal(c.outlet, 'عنب بلدي');
  assert.equal(c.published, '2020-01-24');
  // the words inside the quotation marks, the marks and the cue left out
  assert.ok(c.statement.startsWith(JEFFREY_QUOTE), c.statement);
  assert.ok(c.statement.endsWith('حتى بضعة أسابيع مضت'), c.statement);
});

test('the Arabic citation names him, his role, 2020-01-23, عنب بلدي and quotes him', () => {
  const { ar } = citeClaim(article001, claimWith(article001, JEFFREY_QUOTE));
  const [said, source, ...rest] = ar.split('\n');
  assert.equal(rest.length, 0, 'no URL line without a URL');
  assert.match(said!, /^جيمس جيفري، المبعوث الأمريكي الخاص بسوريا، في 2020-01-23: «بمرور الوقت يتجلى .* مضت»$/);
  assert.equal(source, 'المصدر: عنب بلدي، نُشر في 2020-01-24.');
});

test('the English citation is in English and keeps the Arabic quotation, isolated from the English around it', () => {
  const { en } = citeClaim(article001, claimWith(article001, JEFFREY_QUOTE));
  const [said, source] = en.split('\n');
  assert.ok(said!.startsWith(`${FSI}جيمس جيفري${PDI} (${FSI}المبعوث الأمريكي الخاص بسوريا${PDI}), on 2020-01-23: “${FSI}${JEFFREY_QUOTE}`), said);
  assert.ok(said!.endsWith(`مضت${PDI}”`), said);
  assert.equal(source, `Source: ${FSI}عنب بلدي${PDI}, published 2020-01-24.`);
  assert.doesNotMatch(en, /المصدر|نُشر/);
});

test('reported speech is marked as not verbatim, and gives what follows the speaker', () => {
  const claim = claimWith(article001, 'إن بلاده لم تلحظ');
  assert.equal(claim.kind, 'indirect');
  assert.ok(statementText(article001, claim).startsWith('إن بلاده لم تلحظ تصاعدًا'));
  const { ar, en } = citeClaim(article001, claim);
  assert.match(ar, /^جيمس جيفري، المبعوث الأمريكي الخاص بسوريا، في 2020-01-23 \(رواية بالمعنى\): «إن بلاده/);
  assert.match(en, /, on 2020-01-23 \(reported speech, not verbatim\): “/);
});

test('what the article does not give is said, and a URL from isnad.yaml ends the citation', () => {
  const text = 'عنوان الخبر\nقال وزير المالية، أحمد سالم، إن العجز تراجع.';
  const article = analyzeArticle(text, { url: 'https://example.org/a' });
  const { ar, en } = citeClaim(article, claimWith(article, 'إن العجز'));
  assert.match(ar, /في تاريخ لم يذكره الخبر/);
  assert.match(ar, /^المصدر: وسيلة نشر غير معروفة، تاريخ النشر غير معروف\.$/m);
  assert.match(ar, /\nhttps:\/\/example\.org\/a$/);
  assert.match(en, /on a date the article does not give/);
  assert.match(en, /^Source: unknown outlet, publication date unknown\.\nhttps:\/\/example\.org\/a$/m);
});

test('export rows of 001: one per claim, with line, speaker, role, kind, cue, date, text and publication', () => {
  const rows = exportRows('001.txt', article001, (offset) => article001.text.slice(0, offset).split('\n').length);
  assert.equal(rows.length, article001.claims.length);
  const quote = rows.find((r) => r.text.startsWith(JEFFREY_QUOTE));
  assert.deepEqual(
    { ...quote, text: undefined },
    {
      file: '001.txt', line: 17, speaker: 'جيمس جيفري', role: 'المبعوث الأمريكي الخاص بسوريا', kind: 'direct', cue: 'مضيفًا',
      date: '2020-01-23', text: undefined, outlet: 'عنب بلدي', published: '2020-01-24', url: null, figures: [],
    },
  );
  const esper = rows.find((r) => r.speaker === 'مارك إسبر');
  assert.deepEqual(esper?.figures, [{ text: 'حوالي 600 جندي', value: 600, unit: 'جندي', sourced: true, source: 'مارك إسبر' }]);
});

test('CSV: RFC 4180 quoting, the columns in order, formulas made inert', () => {
  assert.equal(CSV_BOM, '\ufeff');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('قال "نعم"'), '"قال ""نعم"""');
  assert.equal(csvField('سطر\nسطر'), '"سطر\nسطر"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(17), '17');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  const rows = exportRows('001.txt', article001, () => 1);
  const esper = rows.find((r) => r.speaker === 'مارك إسبر')!;
  const line = csvRow(esper);
  assert.ok(line.endsWith('\r\n'));
  assert.equal(CSV_COLUMNS.length, 13);
  assert.ok(line.includes(',حوالي 600 جندي,مارك إسبر\r\n'), line);
});
