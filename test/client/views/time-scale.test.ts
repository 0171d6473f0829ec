// The time axis: whole days, a linear scale, and ticks on calendar
// boundaries (days, weeks, months, years) as many as fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayLabel, dayNumber, ticks, timeScale } from '../../../client/src/views/time-scale.js';

const day = (iso: string): number => dayNumber(iso)!;
const labels = (from: string, to: string, max: number): string[] => ticks(day(from), day(to), max).map((t) => t.label);

test('days are whole numbers since 1970; impossible dates are null', () => {
  assert.equal(dayNumber('1970-01-01'), 0);
  assert.equal(dayNumber('2020-01-23')! - dayNumber('2019-12-05')!, 49);
  assert.equal(dayNumber('2024-02-29')! + 1, dayNumber('2024-03-01'));
  for (const bad of ['2023-02-29', '2020-13-01', '2020-1-5', 'يناير', '']) assert.equal(dayNumber(bad), null, bad);
  assert.equal(dayLabel(day('2020-01-23')), '23 Jan 2020');
});

test('the scale pads the data a little and maps days linearly onto pixels', () => {
  const s = timeScale(day('2020-01-01'), day('2020-12-31'), 100, 1100);
  assert.ok(s.from < day('2020-01-01') && s.to > day('2020-12-31'));
  assert.ok(s.x(day('2020-01-01')) > 100 && s.x(day('2020-12-31')) < 1100);
  assert.equal(Math.round(s.x((s.from + s.to) / 2)), 600);
  const one = timeScale(day('2020-01-23'), day('2020-01-23'), 0, 300);
  assert.equal(one.x(day('2020-01-23')), 150, 'a single day sits in the middle of a month');
});

test('ticks over a few years are years; a new year is major', () => {
  const t = ticks(day('2019-06-01'), day('2024-03-01'), 8);
  assert.deepEqual(t.map((x) => x.label), ['2020', '2021', '2022', '2023', '2024']);
  assert.ok(t.every((x) => x.major));
  assert.deepEqual(labels('1900-01-01', '2020-01-01', 8), ['1900', '1920', '1940', '1960', '1980', '2000', '2020']);
});

test('ticks over months are months, the year written on the first and on January', () => {
  assert.deepEqual(labels('2019-10-15', '2020-04-10', 8), ['Nov 2019', 'Dec', 'Jan 2020', 'Feb', 'Mar', 'Apr']);
  assert.deepEqual(labels('2019-01-10', '2020-12-20', 8), ['Apr 2019', 'Jul', 'Oct', 'Jan 2020', 'Apr', 'Jul', 'Oct']);
});

test('ticks over weeks start on Mondays; over a few days, every day', () => {
  const weeks = ticks(day('2019-12-03'), day('2020-01-25'), 10);
  assert.ok(weeks.every((t) => new Date(t.day * 86_400_000).getUTCDay() === 1), weeks.map((t) => t.label).join());
  assert.equal(weeks[0]?.label, '9 Dec 2019');
  assert.deepEqual(labels('2020-01-21', '2020-01-24', 10), ['21 Jan 2020', '22 Jan', '23 Jan', '24 Jan']);
});

test('never more ticks than asked, at least one step chosen even when little fits', () => {
  for (const [from, to] of [['2020-01-01', '2020-01-02'], ['2000-01-01', '2024-12-31'], ['2019-12-01', '2020-02-01']] as const) {
    for (const max of [1, 2, 5, 12]) assert.ok(ticks(day(from), day(to), max).length <= max, `${from}–${to} max ${max}`);
  }
  assert.ok(ticks(day('2020-01-01'), day('2020-01-02'), 0).length <= 1);
});
