// What the timeline shows of a folder's dated claims: the plausible range
// that leaves out dates centuries away, and the filters (search, speaker,
// article, outlet, dates), Arabic matched as normalized.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_FILTER, articleInfo, filterPoints, isFiltered, plausibleRange } from '../../../client/src/views/timeline-filter.js';
import { dayNumber } from '../../../client/src/views/time-scale.js';
import { articleNamer } from '../../../client/src/views/tree-model.js';
import { A, B, overview, point } from './fixture.js';

const day = (iso: string): number => dayNumber(iso)!;

/** A year of news: a claim every other day of 2015, and a few dated by mistake. */
function year(): ReturnType<typeof point>[] {
  const points = Array.from({ length: 180 }, (_, i) =>
    point(i % 3 ? 'جيفري' : 'إسبر', new Date(Date.UTC(2015, 0, 1 + 2 * i)).toISOString().slice(0, 10), `تصريح ${i}`, i % 2 ? A : B));
  return [...points, point('أ', '0921-06-26'), point('ب', '2086-02-01'), point('ج', '1436-09-29')];
}

test('the plausible range: the bulk of the dates widened by its span; dates centuries away fall outside', () => {
  const days = year().map((p) => dayNumber(p.date)).filter((d): d is number => d !== null);
  const range = plausibleRange(days)!;
  assert.ok(range.from <= day('2015-01-01') && range.to >= day('2015-12-27'), 'every claim of the year is inside');
  assert.ok(range.from > day('1436-09-29') && range.to < day('2086-02-01'), 'the mistakes are outside');
  assert.equal(plausibleRange([]), null);
  assert.deepEqual(plausibleRange([day('2020-01-23')]), { from: day('2020-01-23'), to: day('2020-01-23') });
});

test('claims dated far from the others are left out and counted, or shown when asked', () => {
  const info = articleInfo(overview().articles, articleNamer(overview()));
  const left = filterPoints(year(), NO_FILTER, info);
  assert.equal(left.shown.length, 180);
  assert.deepEqual(left.outside.map((d) => d.point.date).sort(), ['0921-06-26', '1436-09-29', '2086-02-01']);
  const all = filterPoints(year(), { ...NO_FILTER, all: true }, info);
  assert.equal(all.shown.length, 183);
  assert.equal(all.outside.length, 0);
  // a closed range asked for shows what is in it, plausible or not
  assert.equal(filterPoints(year(), { ...NO_FILTER, from: '0900-01-01', to: '1000-01-01' }, info).shown.length, 1);
});

test('filters: search words anywhere (normalized), a speaker, an article by short name or headline, an outlet, dates', () => {
  const info = articleInfo(overview().articles, articleNamer(overview()));
  const count = (f: Partial<typeof NO_FILTER>): number => filterPoints(year(), { ...NO_FILTER, ...f }, info).shown.length;
  assert.equal(count({ speaker: 'اسبر' }), 60, 'إسبر found as اسبر');
  assert.equal(count({ query: 'تصريح 170' }), 1);
  assert.equal(count({ query: 'جيفري 170' }), 1, 'words found in the speaker or the claim');
  assert.equal(count({ query: 'اسبر 170' }), 0, 'every word must be found');
  assert.equal(count({ article: '001_b' }), 90);
  assert.equal(count({ article: 'التحالف مستمر' }), 90, 'the headline of 000_a');
  assert.equal(count({ outlet: 'عنب بلدي' }), 90);
  assert.equal(count({ from: '2015-12-01' }), 13, 'the 2086 mistake stays out');
  assert.equal(count({ from: '2015-03-01', to: '2015-03-31' }), 15);
  assert.ok(!isFiltered(NO_FILTER) && isFiltered({ ...NO_FILTER, outlet: 'x' }) && !isFiltered({ ...NO_FILTER, all: true }));
});
