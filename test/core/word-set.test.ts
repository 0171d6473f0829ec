import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordSet } from '../../server/src/analysis/text/word-set.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';
import { seed } from '../helpers/doc.js';

test('a WordSet answers exactly as a Set over every word of the seeds', () => {
  const members = ['امس', 'وامس', 'بالعام', 'للعام', 'ثلاثه', 'الف', 'قال', 'وقال', 'اكده', 'و', 'يناير'];
  const set = new WordSet(members);
  const plain = new Set(members);
  const words = [0, 1, 2, 3, 4].flatMap((n) => normalize(seed(n)).split(/[^\u0621-\u064A]+/));
  assert.ok(words.length > 1000);
  for (const w of words) assert.equal(set.has(w), plain.has(w), w);
  for (const w of members) assert.ok(set.has(w), w);
  assert.equal(set.has(''), false);
  // same first and last letter and length as a member, not a member
  assert.equal(set.has('قول'), false);
});

test('a WordSet answers as a Set for words of one letter and none, and for words that share the letters its probes read', () => {
  const members = ['', 'و', 'ب', 'قال', 'قالت', 'الامس', 'اليوم'];
  const set = new WordSet(members);
  for (const w of members) assert.ok(set.has(w), w);
  // same first two, middle and last two letters and length, or one of them changed: each decided by the set
  for (const w of ['ف', 'قول', 'قالا', 'الاثس', 'اليوت', 'ليوم', 'قالتت', 'بب']) assert.equal(set.has(w), false, w);
  assert.equal(new WordSet(['قال']).has(''), false);
});
