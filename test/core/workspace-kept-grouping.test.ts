// A grouping kept as plain data (workspace/grouping.ts keepGrouping, as the
// server writes it into its cache folder) and taken back by another index of
// the same articles answers exactly as that index grouping them itself; it
// survives v8 serialization (the cache's format); and it is refused when a
// claim it names is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { createWorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import type { KeptGrouping, WorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import { seed } from '../helpers/doc.js';
import { PUBLISHED, folderUri, indexAnswers } from '../helpers/workspace.js';

const uri = folderUri;

/** The seeds, dated, and copies of them (which share every speaker and event): the index groups across them. */
function built(skip = ''): WorkspaceIndex {
  const index = createWorkspaceIndex();
  for (let n = 0; n < 5; n++) {
    for (const name of [`00${n}`, `copy-${n}`]) if (name !== skip) index.update(uri(name), analyzeArticle(seed(n), { published: PUBLISHED[n]! }));
  }
  return index;
}


function kept(index: WorkspaceIndex): KeptGrouping {
  index.settle();
  const grouping = index.keptGrouping();
  assert.ok(grouping, 'a settled index has a grouping to keep');
  return deserialize(serialize(grouping)) as KeptGrouping;
}

test('a kept grouping taken by another index of the same articles answers as a fresh grouping', () => {
  const grouping = kept(built());
  assert.ok(grouping.joined.length > 0 && grouping.events.length > 0, 'the seeds and their copies join speakers and make events');
  const restored = built();
  assert.equal(restored.adoptGrouping(grouping), true);
  assert.deepEqual(indexAnswers(restored), indexAnswers(built()));
  assert.deepEqual(restored.keptGrouping(), grouping, 'kept again, it is the same');
});

test('a kept grouping is refused when an article it names is missing, and the index groups afresh', () => {
  const grouping = kept(built());
  const fewer = built('copy-1');
  assert.equal(fewer.adoptGrouping(grouping), false);
  assert.deepEqual(indexAnswers(fewer), indexAnswers(built('copy-1')));
});

test('no grouping is kept while an article changed since the last one', () => {
  const index = built();
  index.settle();
  index.remove(uri('copy-2'));
  assert.equal(index.keptGrouping(), null);
});
