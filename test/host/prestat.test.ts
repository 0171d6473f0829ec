// The stats a scan takes ahead in a thread of their own (host/prestat.ts):
// each path's, in order, as statSync gives it; a missing file is null, a
// folder is no regular file, and a stat not yet come is undefined.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Prestat } from '../../server/src/host/prestat.js';
import { seed } from '../helpers/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-prestat-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Waits until every path's stat has come (the thread sends them in batches). */
async function settled(prestat: Prestat, count: number): Promise<void> {
  for (let tries = 0; tries < 500; tries++) {
    if (Array.from({ length: count }, (_, i) => prestat.get(i)).every((s) => s !== undefined)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.fail('the stats did not come');
}

test('each file\'s stat comes from the thread as statSync gives it, in the order of the paths, over several batches', async () => {
  const paths = Array.from({ length: 2500 }, (_, n) => join(dir, `${n}.txt`));
  paths.forEach((p, n) => writeFileSync(p, seed(n % 5)));
  const prestat = new Prestat(paths);
  try {
    await settled(prestat, paths.length);
    for (const n of [0, 1023, 1024, 2499]) {
      const got = prestat.get(n)!;
      const want = statSync(paths[n]!);
      assert.ok(got.isFile());
      assert.deepEqual([got.size, got.mtimeMs, got.ino], [want.size, want.mtimeMs, want.ino]);
    }
  } finally {
    prestat.close();
  }
});

test('a missing file is null, a folder is no regular file, and nothing is known before the thread has answered', async () => {
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const paths = [join(dir, 'missing.txt'), join(dir, 'sub')];
  const prestat = new Prestat(paths);
  assert.equal(prestat.get(0), undefined);
  try {
    await settled(prestat, paths.length);
    assert.equal(prestat.get(0), null);
    assert.equal(prestat.get(1)!.isFile(), false);
  } finally {
    prestat.close();
  }
});
