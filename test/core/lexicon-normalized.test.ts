// The dates pass matches normalized text, so a calendar or month word that is
// not normalized once loaded never matches (أوائل normalizes to اوايل).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as calendar from '../../server/src/analysis/lexicon/calendar.js';
import * as months from '../../server/src/analysis/lexicon/months.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';

/** Every Arabic string in a loaded table (keys, values, set members, array items), with its path. */
function arabicStrings(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (/[\u0600-\u06FF]/.test(value)) out.push([path, value]);
  } else if (value instanceof Set || Array.isArray(value)) {
    [...value].forEach((v, i) => arabicStrings(v, `${path}[${i}]`, out));
  } else if (value instanceof Map) {
    for (const [k, v] of value) { arabicStrings(k, `${path} key`, out); arabicStrings(v, `${path}.${String(k)}`, out); }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { arabicStrings(k, `${path} key`, out); arabicStrings(v, `${path}.${k}`, out); }
  }
}

test('calendar and month lexicons are normalized once loaded', () => {
  const found: Array<[string, string]> = [];
  arabicStrings(calendar, 'calendar', found);
  arabicStrings(months, 'months', found);
  assert.ok(found.length > 200, 'the walk reaches the tables');
  const raw = found.filter(([, word]) => normalize(word) !== word).map(([path, word]) => `${path}: ${word}`);
  assert.deepEqual(raw, []);
});
