// The cache of analyses under corruption and over time (issue 13): a bit
// flipped anywhere in the file never gives a different analysis (each chunk
// of records and the header are hashed; a mismatch is analysed again), and
// the storage folder keeps the caches of the folders used last, not of every
// path a folder ever had.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleContext } from '../../server/src/analysis/model.js';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { createWorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import { FolderCache, MAX_FOLDER_CACHES, analysisKey, cacheFile, writeFolderCache } from '../../server/src/host/cache.js';
import { lineBreaks, toCached } from '../../server/src/lsp/cached.js';
import type { CachedAnalysis } from '../../server/src/lsp/cached.js';
import { seed } from '../helpers/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-cache-safety-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const FOLDER = '/archive';
const VERSION = 'v1';
const context: ArticleContext = { published: '2020-01-23', outlet: 'example' };
const pathOf = (n: number): string => `${FOLDER}/${n}.txt`;

function entries(): { path: string; key: string; value: CachedAnalysis }[] {
  const index = createWorkspaceIndex();
  return [0, 1, 2, 3, 4].map((n) => {
    const article = analyzeArticle(seed(n), context);
    index.update(`file://${pathOf(n)}`, article);
    return { path: pathOf(n), key: analysisKey(VERSION, context, seed(n)), value: toCached(article, index.readingsOf(`file://${pathOf(n)}`)!, lineBreaks(seed(n))) };
  });
}

test('a bit flipped anywhere in the cache gives the same analyses or none, never different ones', async () => {
  const cacheDir = join(dir, 'flips');
  const original = entries();
  assert.ok(await writeFolderCache(cacheDir, FOLDER, VERSION, original, () => undefined));
  const file = cacheFile(cacheDir, FOLDER);
  const bytes = readFileSync(file);
  let misses = 0;
  for (let k = 0; k < 60; k++) {
    const flipped = Buffer.from(bytes);
    const at = Math.floor(((k + 0.5) / 60) * flipped.length);
    flipped[at] = flipped[at]! ^ (1 << (k % 8));
    writeFileSync(file, flipped);
    const cache = FolderCache.open<CachedAnalysis>(cacheDir, FOLDER, VERSION, () => undefined);
    original.forEach((e) => {
      const back = cache.get(e.path, e.key);
      if (back === undefined) misses++;
      else assert.deepEqual(back, e.value, `byte ${at} flipped gave a different analysis of ${e.path}`);
    });
  }
  assert.ok(misses > 0, 'corruption is noticed and the articles analysed again');
});

test('the storage folder keeps the caches of the folders used last, within a bound', async () => {
  const cacheDir = join(dir, 'prune');
  const one = entries().slice(0, 1);
  for (let i = 0; i < MAX_FOLDER_CACHES + 4; i++) {
    assert.ok(await writeFolderCache(cacheDir, `/renamed-${i}`, VERSION, one, () => undefined));
    await new Promise((done) => setTimeout(done, 15)); // distinct modification times
  }
  const kept = readdirSync(join(cacheDir, 'analyses'));
  assert.equal(kept.length, MAX_FOLDER_CACHES);
  assert.ok(kept.includes(cacheFile(cacheDir, `/renamed-${MAX_FOLDER_CACHES + 3}`).split('/').pop()!), 'the one written last is kept');
  assert.ok(!kept.includes(cacheFile(cacheDir, '/renamed-0').split('/').pop()!), 'the oldest is gone');
});
