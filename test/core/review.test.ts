// Review decisions in the core: the fingerprint of a figure's surrounding
// words, matching decisions to figures through edits, and the two rules that
// read them (unsourced-figure stays quiet on a reviewed figure; stale-review
// reports a decision whose figure is gone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import type { Article } from '../../server/src/analysis/model.js';
import {
  figureContext, fingerprint, matchReviews, parseFingerprint, reviewedFigures, similarity, staleLocation,
} from '../../server/src/analysis/review/index.js';
import type { Review } from '../../server/src/analysis/review/index.js';
import { runRules } from '../../server/src/analysis/rules/index.js';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const SEED_001 = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('001_'))!), 'utf8');

const PARAGRAPH = 'وتنتشر في المنطقة قوة يبلغ عددها 5200 جندي، تعمل على حماية الحدود منذ سنوات.';
const OTHER = 'ويقيم في المخيم 300 شخص من النازحين.';
const TEXT = `عنوان الخبر\n\n${PARAGRAPH}\n\n${OTHER}\n`;

const figureIn = (article: Article, text: string) => {
  const f = article.figures.find((x) => x.text === text);
  assert.ok(f, `no figure "${text}" in: ${article.figures.map((x) => x.text).join(' | ')}`);
  return f;
};

function decisionOn(article: Article, figure: string, decision: Review['decision'] = 'sourced'): Review {
  return {
    file: 'a.txt', figure, fingerprint: fingerprint(article, figureIn(article, figure)), decision,
    note: decision === 'sourced' ? 'وزارة الدفاع' : null, reviewer: 'R', date: '2024-05-01',
  };
}

const unsourced = (article: Article, reviews: Review[]): string[] =>
  runRules(article, new Map(), undefined, reviews).filter((f) => f.rule === 'unsourced-figure').map((f) => article.text.slice(f.start, f.end));

test('the fingerprint is the normalized words around the figure, within its line', () => {
  const article = analyzeArticle(TEXT);
  assert.equal(fingerprint(article, figureIn(article, '5200 جندي')), 'المنطقه قوه يبلغ عددها … تعمل علي حمايه الحدود');
  assert.deepEqual(parseFingerprint('المنطقه قوه يبلغ عددها … تعمل علي حمايه الحدود'), {
    before: ['المنطقه', 'قوه', 'يبلغ', 'عددها'], after: ['تعمل', 'علي', 'حمايه', 'الحدود'],
  });
  // at the start of its line: no words before, and none taken from the line above
  const alone = analyzeArticle('سطر أول فيه كلمات\n5200 جندي في المنطقة');
  assert.equal(fingerprint(alone, alone.figures[0]!), '… في المنطقه');
});

test('on the seed: 5200 in 001 keeps its decision through edits above it and elsewhere', () => {
  const article = analyzeArticle(SEED_001);
  const review = decisionOn(article, '5200 جندي');
  assert.equal(review.fingerprint, 'قوه امريكيه يبلغ عددها … تعمل علي محاربه تنظيم');
  assert.deepEqual(unsourced(article, []), ['5200 جندي']);
  assert.deepEqual(unsourced(article, [review]), []);
  const edited = analyzeArticle(`سطر جديد أضافه المحرر في أعلى المقال.\n${SEED_001.replace('جيفري', 'جيمس جيفري')}`);
  assert.deepEqual(unsourced(edited, [review]), [], 'an unrelated edit above the figure');
  assert.deepEqual(runRules(edited, new Map(), undefined, [review]).filter((f) => f.rule === 'stale-review'), []);
});

test('a word changed next to the figure still matches; the same figure in other words does not', () => {
  const article = analyzeArticle(TEXT);
  const review = decisionOn(article, '5200 جندي');
  const nearby = analyzeArticle(TEXT.replace('تعمل على', 'تعمل اليوم على'));
  assert.equal(reviewedFigures(nearby, [review]).size, 1);
  const elsewhere = analyzeArticle(`${TEXT}\nوفي بلد آخر وصل عدد القوات إلى 5200 جندي في العام الماضي.\n`);
  const matched = matchReviews(elsewhere, [review]);
  assert.equal(matched[0]?.figure?.start, figureIn(article, '5200 جندي').start, 'the reviewed one, not the new one');
  assert.equal(unsourced(elsewhere, [review]).filter((t) => t === '5200 جندي').length, 1, 'the new 5200 still warns');
});

test('similarity: the share of fingerprint words still around the figure', () => {
  const stored = { before: ['a', 'b', 'c', 'd'], after: ['e', 'f', 'g', 'h'] };
  assert.equal(similarity(stored, stored), 1);
  assert.equal(similarity(stored, { before: ['x', 'b', 'c', 'd'], after: ['e', 'f', 'y', 'z'] }), 5 / 8);
  assert.equal(similarity({ before: [], after: [] }, stored), 1);
});

test('every decision silences the warning: sourced, not a figure, dismissed', () => {
  const article = analyzeArticle(TEXT);
  for (const decision of ['sourced', 'not-a-figure', 'dismissed'] as const) {
    assert.deepEqual(unsourced(article, [decisionOn(article, '300 شخص', decision)]), ['5200 جندي'], decision);
  }
});

test('a decision whose figure was rewritten is stale (information), at the figure now in its words', () => {
  const article = analyzeArticle(TEXT);
  const review = decisionOn(article, '5200 جندي');
  const rewritten = analyzeArticle(TEXT.replace('5200', '5300'));
  const findings = runRules(rewritten, new Map(), undefined, [review]);
  const stale = findings.filter((f) => f.rule === 'stale-review');
  assert.equal(stale.length, 1);
  assert.equal(stale[0]!.severity, 'information');
  assert.equal(rewritten.text.slice(stale[0]!.start, stale[0]!.end), '5300 جندي');
  assert.match(stale[0]!.message, /"5200 جندي" was marked as sourced by R on 2024-05-01/);
  assert.ok(findings.some((f) => f.rule === 'unsourced-figure' && rewritten.text.slice(f.start, f.end) === '5300 جندي'), 'the new figure warns');
  const deleted = analyzeArticle(TEXT.replace(PARAGRAPH, 'فقرة أخرى بلا أرقام.'));
  assert.deepEqual(staleLocation(deleted, review), { start: 0, end: 0 });
  assert.deepEqual(runRules(deleted, new Map([['stale-review', 'off']]), undefined, [review]).filter((f) => f.rule === 'stale-review'), []);
});

test('the context of a figure in an article with no lines (built by hand) is the whole text', () => {
  const article = analyzeArticle(TEXT);
  const bare = { ...article, segments: { lines: [], sentences: [], quotes: [] } };
  assert.deepEqual(figureContext(bare, figureIn(article, '300 شخص')).after, ['من', 'النازحين']);
});
