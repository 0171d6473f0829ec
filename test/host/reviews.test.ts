// isnad.yaml `reviews:`: reading them (with problems at their line and
// column), adding one to the text with every other byte kept, and writing
// the file: atomically, one write after another, never over a broken file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Review } from '../../server/src/analysis/review/index.js';
import { findReviews, parseConfig } from '../../server/src/host/config.js';
import { withReview } from '../../server/src/host/review-yaml.js';
import { ReviewWriteError, diskIo, recordReview, reviewerName, today } from '../../server/src/host/reviews.js';

const review = (over: Partial<Review> = {}): Review => ({
  file: '001_a.txt', figure: '5200 جندي', fingerprint: 'قوه امريكيه يبلغ عددها … تعمل علي محاربه تنظيم',
  decision: 'sourced', note: 'وزارة الدفاع الأمريكية: بيان 20 كانون الثاني', reviewer: 'Rana', date: '2024-05-01', ...over,
});

const CONFIG = `# Isnad, for this folder
articles:                      # per file
  001_a.txt:
    published: 2020-01-24      # the day of the press conference
    outlet: 'عنب بلدي'

speakers:
- name: جيمس جيفري
  aliases: [جيم جيفري, جيفري]   # as the articles write him
rules:
  unsourced-figure: warning    # error | warning
`;

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'isnad-reviews-'));

test('reviews: parse to decisions with their line; the article finds its own', () => {
  const yaml = `reviews:
  - file: ./001_a.txt
    figure: 5200 جندي
    fingerprint: قوه امريكيه … تعمل
    decision: sourced
    source: وزارة الدفاع
    reviewer: Rana
    date: 2024-05-01
  - file: sub/002_b.txt
    figure: 85 دولة
    decision: not-a-figure
`;
  const { config, problems } = parseConfig(yaml, 'isnad.yaml');
  assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.message}`), ['9:5 reviews[1] has no fingerprint: it applies to every "85 دولة" in sub/002_b.txt']);
  assert.deepEqual(config.reviews[0], {
    file: '001_a.txt', figure: '5200 جندي', fingerprint: 'قوه امريكيه … تعمل', decision: 'sourced', note: 'وزارة الدفاع',
    reviewer: 'Rana', date: '2024-05-01', line: 2,
  });
  assert.equal(findReviews(config, '001_a.txt').length, 1);
  assert.equal(findReviews(config, 'sub/002_b.txt')[0]?.figure, '85 دولة');
  // a decision on sub/002_b.txt says nothing of another folder's 002_b.txt
  assert.deepEqual(findReviews(config, 'other/002_b.txt'), [], 'never by base name');
  assert.deepEqual(findReviews(config, '002_b.txt'), []);
  assert.deepEqual(findReviews(config, 'x.txt'), []);
});

const PROBLEMS: { yaml: string; expect: string }[] = [
  { yaml: 'reviews:\n  - file: a.txt\n    figure: 5 جنود\n    fingerprint: x\n    decision: maybe\n', expect: '5:15 error ~decision of reviews[0] is "maybe"' },
  { yaml: 'reviews:\n  - figure: 5 جنود\n    decision: sourced\n', expect: '2:5 error ~reviews[0] has no file' },
  { yaml: 'reviews:\n  - file: a.txt\n    figure: 5\n    decision: sourced\n', expect: '3:13 error ~figure of reviews[0] must be a string' },
  { yaml: 'reviews:\n  - file: a.txt\n    figure: 5 جنود\n    fingerprint: x\n    decision: sourced\n', expect: '2:5 warning ~is sourced but gives no source' },
  { yaml: 'reviews:\n  - file: a.txt\n    figure: 5 جنود\n    fingerprint: x\n    decision: dismissed\n    source: y\n', expect: '6:5 warning ~write its note as reason' },
  { yaml: 'reviews:\n  - file: a.txt\n    figure: 5 جنود\n    fingerprint: x\n    decision: not-a-figure\n    date: 01/05/2024\n', expect: '6:11 error ~date of reviews[0] is not a date' },
  { yaml: 'reviews:\n  - file: a.txt\n    figure: 5 جنود\n    fingerprint: x\n    decision: not-a-figure\n    by: me\n', expect: '6:5 warning ~unknown key "by"' },
  { yaml: 'reviews:\n  - just a string\n', expect: '2:5 error ~reviews[0] must be a mapping' },
  { yaml: 'reviews: yes\n', expect: '1:10 error ~reviews must be a list' },
];

for (const { yaml, expect } of PROBLEMS) {
  test(`reviews problem: ${expect}`, () => {
    const { problems } = parseConfig(yaml, 'isnad.yaml');
    const [where, fragment] = expect.split(' ~') as [string, string];
    assert.ok(problems.some((p) => `${p.line}:${p.column} ${p.severity}` === where && p.message.includes(fragment)),
      problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`).join('\n'));
  });
}

test('adding a decision keeps every byte of the file before it: comments, alignment, quoting, list style', () => {
  const text = withReview(CONFIG, review());
  assert.ok(text.startsWith(CONFIG), text);
  assert.match(text.slice(CONFIG.length), /^reviews:\n {2}- file: 001_a\.txt\n {4}figure: 5200 جندي\n/);
  const { config, problems } = parseConfig(text, 'isnad.yaml');
  assert.deepEqual(problems, []);
  assert.equal(config.reviews[0]?.note, review().note, 'a colon in the source is quoted');
  // a second one joins the list; a decision on the same figure replaces the first
  const two = withReview(text, review({ figure: '85 دولة', decision: 'dismissed', note: 'رقم معروف' }));
  const replaced = withReview(two, review({ decision: 'not-a-figure', note: null }));
  const reviews = parseConfig(replaced, 'isnad.yaml').config.reviews;
  assert.deepEqual(reviews.map((r) => `${r.figure} ${r.decision}`), ['5200 جندي not-a-figure', '85 دولة dismissed']);
  assert.ok(replaced.startsWith(CONFIG));
});

test('a reviews: list written by hand, with comments, gains an item in its own indentation', () => {
  const source = 'reviews:   # what we decided\n- file: x.txt   # first\n  figure: 3 أيام\n  fingerprint: a … b\n  decision: not-a-figure\n# the end\n';
  const text = withReview(source, review());
  assert.ok(text.startsWith(source.slice(0, source.indexOf('# the end'))));
  assert.ok(text.endsWith('\n# the end\n'));
  assert.match(text, /\n- file: 001_a\.txt\n {2}figure: 5200 جندي\n/);
  assert.equal(parseConfig(text, 'isnad.yaml').config.reviews.length, 2);
  const crlf = withReview(CONFIG.replace(/\n/g, '\r\n'), review());
  assert.doesNotMatch(crlf, /[^\r]\n/, 'CRLF files stay CRLF');
});

test('recording creates isnad.yaml when there is none, and refuses to touch a broken one', async () => {
  const dir = tempDir();
  const path = join(dir, 'isnad.yaml');
  await recordReview(path, review());
  assert.equal(parseConfig(readFileSync(path, 'utf8'), path).config.reviews.length, 1);
  const broken = 'articles:\n  a.txt: [unclosed\n';
  writeFileSync(path, broken);
  await assert.rejects(recordReview(path, review()), (e: unknown) => e instanceof ReviewWriteError && /syntax error/.test(e.message));
  assert.equal(readFileSync(path, 'utf8'), broken);
});

test('two decisions in quick succession both land', async () => {
  const dir = tempDir();
  const path = join(dir, 'isnad.yaml');
  writeFileSync(path, CONFIG);
  await Promise.all([
    recordReview(path, review()),
    recordReview(path, review({ figure: '85 دولة', fingerprint: 'اكثر من … ومنظمه', decision: 'dismissed', note: 'معروف' })),
    recordReview(path, review({ file: '002_b.txt', figure: 'حوالي 900 جندي', decision: 'not-a-figure', note: null })),
  ]);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.startsWith(CONFIG));
  assert.deepEqual(parseConfig(text, path).config.reviews.map((r) => r.figure), ['5200 جندي', '85 دولة', 'حوالي 900 جندي']);
  assert.deepEqual(readdirSync(dir), ['isnad.yaml'], 'no temp file left');
});

test('atomic: a write that fails half-way, or a rename that fails, leaves the old file whole and no temp file', async () => {
  const dir = tempDir();
  const path = join(dir, 'isnad.yaml');
  writeFileSync(path, CONFIG);
  const halfWrite = { ...diskIo, writeFile: async (p: string, text: string) => {
    await writeFile(p, text.slice(0, text.length / 2));
    throw new Error('ENOSPC: no space left on device');
  } };
  await assert.rejects(recordReview(path, review(), halfWrite), /cannot write isnad\.yaml: ENOSPC/);
  assert.equal(readFileSync(path, 'utf8'), CONFIG);
  assert.deepEqual(readdirSync(dir), ['isnad.yaml']);
  const failingRename = { ...diskIo, rename: async () => { throw new Error('EXDEV: cross-device link'); } };
  await assert.rejects(recordReview(path, review(), failingRename), /EXDEV/);
  assert.equal(readFileSync(path, 'utf8'), CONFIG);
  assert.deepEqual(readdirSync(dir), ['isnad.yaml']);
  await recordReview(path, review()); // and the queue is not stuck after failures
  assert.equal(parseConfig(readFileSync(path, 'utf8'), path).config.reviews.length, 1);
});

test('the reviewer and the date come from the host', async () => {
  const name = await reviewerName(tempDir());
  assert.ok(name === null || (typeof name === 'string' && name.length > 0));
  assert.equal(today(new Date(2024, 4, 1, 23, 59)), '2024-05-01');
});

test('a decision is refused, with the reason, over an isnad.yaml that nests too deeply', () => {
  assert.throws(() => withReview(`files: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, review()), (e: unknown) =>
    e instanceof ReviewWriteError && /line 1 \(brackets \[ or \{ nest more than 64 deep\)/.test(e.message) && !/stack/.test(e.message));
});
