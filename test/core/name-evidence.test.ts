import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusClass, isNameTitle } from '../../server/src/analysis/passes/name-evidence.js';
import { COMMON_WORDS, NAME_WORDS, VERB_WORDS } from '../../server/src/analysis/lexicon/word-evidence.js';
import { FIXED_NAMES, NAME_TITLES } from '../../server/src/analysis/lexicon/speakers.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';

/** The lists corpusClass reads, as sets. */
const lists = {
  names: new Set(NAME_WORDS.split(' ')), fixed: new Set(FIXED_NAMES.map(normalize)),
  verbs: new Set(VERB_WORDS.split(' ')), common: new Set(COMMON_WORDS.split(' ')),
};

/** The answer of the lists asked one after the other, as corpusClass once did: name (or fixed name), verb, common. */
function byLists(word: string): string {
  if (lists.names.has(word) || lists.fixed.has(word)) return 'name';
  if (lists.verbs.has(word)) return 'verb';
  return lists.common.has(word) ? 'common' : 'rare';
}

test('corpusClass, one map, answers as the name, verb and common lists asked in turn, for every listed word', () => {
  const words = new Set([...NAME_WORDS.split(' '), ...VERB_WORDS.split(' '), ...COMMON_WORDS.split(' '), ...FIXED_NAMES.map(normalize)]);
  assert.ok(words.size > 40_000);
  for (const w of words) assert.equal(corpusClass(w), byLists(w), w);
  for (const w of ['كبراوي', 'قالتها', '']) assert.equal(corpusClass(w), byLists(w), w);
  // a fixed name that the common words list also has: the name is asked first, and wins
  const shared = FIXED_NAMES.map(normalize).filter((w) => lists.common.has(w) || lists.verbs.has(w));
  assert.ok(shared.length > 0);
  for (const w of shared) assert.equal(corpusClass(w), 'name', w);
});

test('isNameTitle answers for every title and turns other words away', () => {
  for (const t of NAME_TITLES.map(normalize)) assert.ok(isNameTitle(t), t);
  for (const w of ['الوزير الذي', 'قال', 'الدكتورة سارة', 'ال', '']) assert.equal(isNameTitle(w), NAME_TITLES.map(normalize).includes(w), w);
});
