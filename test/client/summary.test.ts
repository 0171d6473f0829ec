import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isArticleSummary, summaryText, summaryTooltip } from '../../client/src/summary.js';

test('the status bar text counts claims and unsourced figures', () => {
  assert.equal(summaryText({ claims: 14, unsourced: 1, speakers: 6 }), '$(quote) Isnad: 14 claims · 1 unsourced');
  assert.equal(summaryText({ claims: 1, unsourced: 0, speakers: 1 }), '$(quote) Isnad: 1 claim · 0 unsourced');
});

test('the tooltip names speakers and offers the next unsourced figure only when there is one', () => {
  assert.match(summaryTooltip({ claims: 3, unsourced: 2, speakers: 1 }), /3 claims by 1 speaker[\s\S]*2 figures[\s\S]*next unsourced figure/);
  assert.doesNotMatch(summaryTooltip({ claims: 3, unsourced: 0, speakers: 2 }), /next unsourced/);
});

test('a summary must have three non-negative integer counts', () => {
  assert.ok(isArticleSummary({ claims: 0, unsourced: 0, speakers: 0 }));
  assert.ok(isArticleSummary({ claims: 2, unsourced: 1, speakers: 1, extra: 'ignored' }));
  for (const bad of [null, undefined, 3, 'x', {}, { claims: 1, unsourced: 1 }, { claims: -1, unsourced: 0, speakers: 0 }, { claims: 1.5, unsourced: 0, speakers: 0 }, { claims: '1', unsourced: 0, speakers: 0 }]) {
    assert.ok(!isArticleSummary(bad), JSON.stringify(bad));
  }
});
