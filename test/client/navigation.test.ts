import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticCode, nextAfter } from '../../client/src/navigation.js';

const at = (line: number, character: number, name: string) => ({ start: { line, character }, name });
const figures = [at(24, 40, 'c'), at(3, 10, 'a'), at(3, 50, 'b')];

test('the next figure is the first that starts after the cursor, in text order', () => {
  assert.equal(nextAfter(figures, { line: 0, character: 0 })?.name, 'a');
  assert.equal(nextAfter(figures, { line: 3, character: 11 })?.name, 'b');
  assert.equal(nextAfter(figures, { line: 4, character: 0 })?.name, 'c');
});

test('a figure at the cursor is the current one: the next call moves on', () => {
  assert.equal(nextAfter(figures, { line: 3, character: 10 })?.name, 'b');
});

test('after the last figure the search wraps to the first; none gives undefined', () => {
  assert.equal(nextAfter(figures, { line: 24, character: 40 })?.name, 'a');
  assert.equal(nextAfter(figures, { line: 99, character: 0 })?.name, 'a');
  assert.equal(nextAfter([], { line: 0, character: 0 }), undefined);
});

test('diagnostic codes are read bare or from {value, target}', () => {
  assert.equal(diagnosticCode('unsourced-figure'), 'unsourced-figure');
  assert.equal(diagnosticCode({ value: 'unsourced-figure', target: 'https://example.org' }), 'unsourced-figure');
  assert.equal(diagnosticCode(7), '7');
  assert.equal(diagnosticCode(undefined), undefined);
  assert.equal(diagnosticCode({}), undefined);
});
