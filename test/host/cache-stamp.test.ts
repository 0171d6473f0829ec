// The stat shortcut of the cache of analyses (host/cache.ts): an entry
// written with the file's stamp and context is taken without reading the
// file while both are as they were; a file touched (same text, new mtime)
// misses the shortcut but still hits by the hash of its text; a changed text
// or context misses; a file modified just before it was read keeps no stamp.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleContext } from '../../server/src/analysis/model.js';
import { FolderCache, RACY_MS, analysisKey, contextKey, stampOf, writeFolderCache } from '../../server/src/host/cache.js';
import { seed } from '../helpers/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-stamp-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const VERSION = 'v1';
const context: ArticleContext = { published: '2020-01-23', outlet: 'example', speakers: [] };
const HOUR_AGO = (Date.now() - 3_600_000) / 1000;

/** A seed written into the folder with an mtime an hour ago, and its cache written with its stamp. */
async function cachedFile(name: string, text: string): Promise<{ path: string; key: string; cacheDir: string; folder: string }> {
  const folder = join(dir, name);
  const cacheDir = join(dir, `${name}-cache`);
  const path = join(folder, 'a.txt');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, HOUR_AGO, HOUR_AGO);
  const stamp = stampOf(statSync(path), Date.now());
  assert.ok(stamp, 'a file last modified an hour ago keeps its stamp');
  const key = analysisKey(VERSION, context, text);
  const written = await writeFolderCache(cacheDir, folder, VERSION, [{ path, key, value: { text }, told: contextKey(context), stamp }], () => undefined);
  assert.equal(written, true);
  return { path, key, cacheDir, folder };
}

const open = (f: { cacheDir: string; folder: string }) => FolderCache.open<{ text: string }>(f.cacheDir, f.folder, VERSION, () => undefined);

test('an unchanged file is taken by its stamp, without its text', async () => {
  const f = await cachedFile('unchanged', seed(0));
  const cache = open(f);
  const hit = cache.unchanged(f.path, contextKey(context), statSync(f.path));
  assert.equal(hit?.key, f.key);
  assert.equal(hit?.value.text, seed(0));
  assert.equal(cache.stamped, 1);
});

test('a touched file with the same text misses the shortcut and hits by hash', async () => {
  const f = await cachedFile('touched', seed(1));
  const now = Date.now() / 1000;
  utimesSync(f.path, now, now);
  const cache = open(f);
  assert.equal(cache.unchanged(f.path, contextKey(context), statSync(f.path)), undefined);
  assert.equal(cache.get(f.path, analysisKey(VERSION, context, seed(1)))?.text, seed(1));
  assert.deepEqual([cache.hits, cache.stamped, cache.misses], [1, 0, 0]);
});

test('a changed text misses both ways', async () => {
  const f = await cachedFile('changed', seed(2));
  const changed = seed(2).replace(/\d/, (d) => String((Number(d) + 1) % 10)); // same length: only the mtime tells
  writeFileSync(f.path, changed);
  const cache = open(f);
  assert.equal(cache.unchanged(f.path, contextKey(context), statSync(f.path)), undefined);
  assert.equal(cache.get(f.path, analysisKey(VERSION, context, changed)), undefined);
  assert.deepEqual([cache.hits, cache.misses], [0, 1]);
});

test('a changed isnad.yaml entry misses the shortcut', async () => {
  const f = await cachedFile('context', seed(3));
  const cache = open(f);
  assert.equal(cache.unchanged(f.path, contextKey({ ...context, published: '2020-01-24' }), statSync(f.path)), undefined);
  assert.ok(cache.unchanged(f.path, contextKey(context), statSync(f.path)));
});

test('a file modified just before it was read keeps no stamp', () => {
  const now = Date.now();
  assert.equal(stampOf({ size: 10, mtimeMs: now - RACY_MS / 2, ino: 1 }, now), null);
  assert.deepEqual(stampOf({ size: 10, mtimeMs: now - RACY_MS * 2, ino: 1 }, now), { size: 10, mtimeMs: now - RACY_MS * 2, ino: 1 });
});
