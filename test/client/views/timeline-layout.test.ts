// The timeline's layout: one row per speaker, the busiest first; the claims
// of one event (or of one speaker and day) as one mark with their count;
// thousands of points laid out at once; a zoom on the days asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ROWS, ROW_HEIGHT, layoutTimeline, radius } from '../../../client/src/views/timeline-layout.js';
import { dayNumber } from '../../../client/src/views/time-scale.js';
import { dated, point } from './fixture.js';

test('one row per speaker, the busiest first; one point per event, or per speaker and day', () => {
  const layout = layoutTimeline(dated([
    point('جيفري', '2020-01-23'), point('جيفري', '2020-01-23', 'وأضاف', 'file:///b.txt'), point('إسبر', '2019-12-05'),
    point('جيفري', '2020-01-24'), point('غرينكويتش', '2020-01-22'),
  ]), 900)!;
  assert.deepEqual(layout.rows.map((r) => [r.name, r.claims, r.y]), [['جيفري', 3, 0], ['إسبر', 1, ROW_HEIGHT], ['غرينكويتش', 1, 2 * ROW_HEIGHT]]);
  assert.deepEqual(layout.clusters.map((c) => [c.row, c.claims.map((p) => p.date).join(), c.claims.length]),
    [[0, '2020-01-23,2020-01-23', 2], [0, '2020-01-24', 1], [1, '2019-12-05', 1], [2, '2020-01-22', 1]]);
  assert.ok(layout.clusters.every((c) => c.day === c.lastDay && c.day === dayNumber(c.claims[0]!.date)));
  const [busy, next, esper] = layout.clusters;
  assert.ok(esper!.x < busy!.x && busy!.x < next!.x, 'later is further right');
  assert.equal(busy!.y, ROW_HEIGHT / 2);
  assert.ok(layout.clusters.every((c) => c.x >= layout.plotLeft && c.x <= layout.plotRight));
  assert.ok(layout.labelWidth < layout.plotLeft);
  assert.equal(layout.bodyHeight, 3 * ROW_HEIGHT);
  assert.ok(layout.ticks.length >= 2 && layout.ticks.every((t) => t.x >= layout.plotLeft && t.x <= layout.plotRight));
});

test('points without a real date are left out; none at all is no layout', () => {
  assert.equal(layoutTimeline([], 800), null);
  assert.equal(layoutTimeline(dated([point('أ', 'غير معروف'), point('ب', '2020-02-30')]), 800), null);
  const layout = layoutTimeline(dated([point('أ', 'x'), point('ب', '2021-05-01')]), 800)!;
  assert.deepEqual(layout.rows.map((r) => r.name), ['ب']);
});

test('a narrow panel still gets a usable plot; ticks fit the width', () => {
  const points = [point('أ', '2010-01-01'), point('أ', '2024-06-01')];
  const narrow = layoutTimeline(dated(points), 50)!;
  assert.ok(narrow.plotRight - narrow.plotLeft >= 120);
  const wide = layoutTimeline(dated(points), 2000)!;
  assert.ok(wide.ticks.length > narrow.ticks.length);
  for (const layout of [narrow, wide]) {
    const gaps = layout.ticks.slice(1).map((t, i) => t.x - layout.ticks[i]!.x);
    assert.ok(gaps.every((g) => g >= 60), `ticks too close: ${gaps.join()}`);
  }
});

test('thousands of claims: clustered by day, rows capped and the rest counted', () => {
  const points = [];
  for (let i = 0; i < 6000; i++) {
    const d = new Date(Date.UTC(2015, 0, 1) + (i % 900) * 86_400_000).toISOString().slice(0, 10);
    points.push(point(`متحدث ${i % 450}`, d, `ادعاء ${i}`));
  }
  const layout = layoutTimeline(dated(points), 1200)!;
  assert.equal(layout.rows.length, MAX_ROWS);
  assert.equal(layout.hiddenRows, 50);
  const shown = layout.clusters.reduce((n, c) => n + c.claims.length, 0);
  assert.ok(shown > 5000 && shown < 6000, String(shown));
  assert.ok(layout.clusters.length < shown, 'some days are clustered');
});

test('too many points for the page: a row\'s claims are clustered by week, then month, each cluster spanning its days', () => {
  const points = [];
  for (let i = 0; i < 120; i++) {
    const d = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    points.push(point('أ', d), point('ب', d));
  }
  assert.equal(layoutTimeline(dated(points), 1000)!.clusters.length, 240, 'few enough: one point a day');
  const weekly = layoutTimeline(dated(points), 1000, { maxPoints: 60 })!;
  assert.ok(weekly.clusters.length <= 60 && weekly.clusters.length > 24, String(weekly.clusters.length));
  assert.ok(weekly.clusters.every((c) => c.lastDay - c.day <= 6 && c.claims.length === c.lastDay - c.day + 1));
  const monthly = layoutTimeline(dated(points), 1000, { maxPoints: 12 })!;
  assert.ok(monthly.clusters.length <= 12, String(monthly.clusters.length));
  assert.equal(monthly.clusters.reduce((n, c) => n + c.claims.length, 0), 240, 'no claim is lost');
  const [first] = monthly.clusters;
  assert.ok(first!.x > monthly.plotLeft && first!.x < monthly.plotRight);
});

test('two events of one speaker on one day are two marks; claims of no event of a day are one', () => {
  const morning = { ...point('جيفري', '2020-01-23', 'في المؤتمر'), event: 'جيفري@2020-01-23#مؤتمر صحفي' };
  const evening = { ...point('جيفري', '2020-01-23', 'في المقابلة'), event: 'جيفري@2020-01-23#مقابلة' };
  const loose = [{ ...point('جيفري', '2020-01-23', 'أولا'), event: null }, { ...point('جيفري', '2020-01-23', 'ثانيا'), event: null }];
  const layout = layoutTimeline(dated([morning, { ...morning, text: 'وأضاف' }, evening, ...loose]), 900)!;
  assert.deepEqual(layout.clusters.map((c) => c.claims.map((p) => p.text).join(' | ')).sort(),
    ['أولا | ثانيا', 'في المؤتمر | وأضاف', 'في المقابلة'].sort());
});

test('a zoom: the days asked for fill the plot, whatever the claims\' own range', () => {
  const points = dated([point('أ', '2020-01-10'), point('أ', '2020-01-20')]);
  const zoomed = layoutTimeline(points, 1000, { days: { from: dayNumber('2020-01-01')!, to: dayNumber('2020-01-31')! } })!;
  const [a, b] = zoomed.clusters;
  const at = (day: string): number => zoomed.plotLeft + (dayNumber(day)! - dayNumber('2020-01-01')!) * (zoomed.plotRight - zoomed.plotLeft) / 30;
  assert.ok(Math.abs(a!.x - at('2020-01-10')) < 0.5 && Math.abs(b!.x - at('2020-01-20')) < 0.5);
});

test('clusters grow slowly with their count, within bounds, big enough for their digits', () => {
  assert.equal(radius(1), 5);
  assert.equal(radius(2), 7);
  assert.ok(radius(2) > radius(1) && radius(8) > radius(2));
  assert.equal(radius(10_000), 11);
});
