// The bounded search of a quantity's values (workspace/quantities.ts
// ValueSearch) against the pairwise definition: the same conflicts and
// changes, the same counts, on random folders of many shapes (exact and
// approximate values, days, months and years, undated values, several
// values in one article, runs of one number as syndicated copies give).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Figure } from '../../server/src/analysis/model.js';
import { ValueSearch, byDate, relation } from '../../server/src/analysis/workspace/quantities.js';
import type { QuantityValue } from '../../server/src/analysis/workspace/quantities.js';

const dates = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('2020-01-01'), max: new Date('2021-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2020-03', '2020-07', '2021', '2020'),
);
const valueArb = fc.record({
  uri: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
  value: fc.constantFrom(100, 105, 2500, 2400, 3000, 5200),
  approximate: fc.boolean(),
  date: dates,
});

function quantity(raw: { uri: string; value: number; approximate: boolean; date: string | null }[]): QuantityValue[] {
  return raw.map((r, i) => ({
    uri: r.uri, outlet: null, key: 'k', subject: { unit: 'جندي', actor: null, place: null }, date: r.date, dateFrom: 'article', source: { kind: 'none' },
    figure: { start: i, end: i + 1, text: String(r.value), value: r.value, percent: false, approximator: r.approximate ? 'نحو' : null } as unknown as Figure,
  }) satisfies QuantityValue).sort(byDate);
}

test('ValueSearch finds what comparing every pair finds: the nearest conflicts and changes, and the count of conflicts', () => {
  fc.assert(fc.property(fc.array(valueArb, { maxLength: 40 }), (raw) => {
    const values = quantity(raw);
    const search = new ValueSearch(values);
    values.forEach((self, i) => {
      for (const wanted of ['conflict', 'change'] as const) {
        const all = values.flatMap((v, j) => (j !== i && v.uri !== self.uri && relation(self, v) === wanted ? [j] : []));
        const { found, total } = search.find(i, wanted, 3);
        assert.ok(found.every((j) => all.includes(j)), `${wanted} of ${i}: ${found} within ${all}`);
        assert.equal(found.length, Math.min(3, all.length));
        if (wanted === 'conflict') assert.equal(total, all.length);
      }
    });
  }), { numRuns: 300, seed: 13 });
});

test('one number given by thousands of copies, and thousands of different numbers on one day, are searched without comparing every pair', () => {
  const copies = quantity(Array.from({ length: 5000 }, (_, i) => ({ uri: `u${i}`, value: 2500, approximate: false, date: '2020-01-24' })));
  const distinct = quantity(Array.from({ length: 5000 }, (_, i) => ({ uri: `u${i}`, value: 3000 + i, approximate: false, date: '2020-01-24' })));
  let compared = 0;
  const counting = (values: QuantityValue[]): ValueSearch => new ValueSearch(values.map((v) => new Proxy(v, {
    get: (target, key) => { if (key === 'date') compared++; return Reflect.get(target, key); },
  })));
  const a = counting(copies), b = counting(distinct);
  compared = 0;
  for (let i = 0; i < 5000; i++) {
    assert.equal(a.find(i, 'conflict', 5).total, 0);
    assert.equal(b.find(i, 'conflict', 5).total, 4999);
  }
  assert.ok(compared < 5000 * 2 * 40, `${compared} date reads for 10,000 searches`);
});
