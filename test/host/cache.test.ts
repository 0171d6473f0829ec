// The cache of analyses (host/cache.ts) with the seeds' real analyses, as
// the server keeps them (lsp/articles.ts): a round trip gives the same
// article and readings back; a changed text, context or version misses; a
// corrupt, truncated or foreign file is ignored with a log line.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import type { ArticleContext } from '../../server/src/analysis/model.js';
import { createWorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import { CHUNK, FolderCache, analysisKey, cacheFile, writeFolderCache } from '../../server/src/host/cache.js';
import { fromCached, lineBreaks, toCached } from '../../server/src/lsp/cached.js';
import type { CachedAnalysis } from '../../server/src/lsp/cached.js';
import { seed } from '../helpers/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FOLDER = '/archive';
const VERSION = 'v1';
const context: ArticleContext = { published: '2020-01-23', outlet: 'example', speakers: [{ name: 'جيمس جيفري', aliases: ['جيفري'], role: null, type: 'person' }] };
const pathOf = (n: number): string => `${FOLDER}/${n}.txt`;

/** Each seed analysed and read by an index, as the cache keeps it. */
function cachedSeeds(): { text: string; key: string; value: CachedAnalysis }[] {
  const index = createWorkspaceIndex();
  return [0, 1, 2, 3, 4].map((n) => {
    const article = analyzeArticle(seed(n), context);
    index.update(`file://${pathOf(n)}`, article, { gazetteer: context.speakers! });
    return { text: seed(n), key: analysisKey(VERSION, context, seed(n)), value: toCached(article, index.readingsOf(`file://${pathOf(n)}`)!, lineBreaks(seed(n))) };
  });
}

async function written(cacheDir: string, entries = cachedSeeds()): Promise<ReturnType<typeof cachedSeeds>> {
  const logs: string[] = [];
  assert.equal(await writeFolderCache(cacheDir, FOLDER, VERSION, entries.map((e, n) => ({ path: pathOf(n), key: e.key, value: e.value })), (m) => logs.push(m)), true);
  assert.deepEqual(logs, []);
  return entries;
}

test('a round trip gives every seed\'s article and readings back, the segments made again from the text', async () => {
  const cacheDir = join(dir, 'round-trip');
  const entries = await written(cacheDir);
  const logs: string[] = [];
  const cache = FolderCache.open<CachedAnalysis>(cacheDir, FOLDER, VERSION, (m) => logs.push(m));
  entries.forEach(({ text, key, value }, n) => {
    const back = cache.get(pathOf(n), key);
    assert.ok(back, `seed ${n} missed`);
    assert.deepEqual(back, value);
    // as JSON: the cached article's text, segments and detail are made when read
    assert.deepEqual(JSON.parse(JSON.stringify(fromCached(back, text))), JSON.parse(JSON.stringify(analyzeArticle(text, context))));
    // the readings keep pointing at the article's own claims, as the index's do
    for (const s of back.readings.statements) assert.ok(back.article.claims.includes(s.claim));
  });
  assert.equal(cache.hits, 5);
  assert.deepEqual(logs, []);
});

test('a changed text, context or version misses', async () => {
  const cacheDir = join(dir, 'misses');
  const entries = await written(cacheDir);
  const cache = FolderCache.open<CachedAnalysis>(cacheDir, FOLDER, VERSION, () => undefined);
  const text = `${entries[1]!.text}\nسطر أخير`;
  assert.equal(cache.get(pathOf(1), analysisKey(VERSION, context, text)), undefined);
  assert.equal(cache.get(pathOf(1), analysisKey(VERSION, { ...context, published: '2020-01-24' }, entries[1]!.text)), undefined);
  assert.equal(cache.get(pathOf(1), analysisKey(VERSION, { ...context, speakers: [] }, entries[1]!.text)), undefined);
  assert.equal(cache.get(pathOf(1), analysisKey('v2', context, entries[1]!.text)), undefined);
  assert.equal(cache.get(`${FOLDER}/other.txt`, entries[1]!.key), undefined, 'an entry is for its own path');
  assert.equal(cache.misses, 5);
  assert.ok(cache.get(pathOf(1), entries[1]!.key), 'the unchanged text still hits');
  const another = FolderCache.open<CachedAnalysis>(cacheDir, FOLDER, 'v2', () => undefined);
  assert.equal(another.get(pathOf(1), entries[1]!.key), undefined, 'a cache of another version is not read');
});

test('a corrupt, truncated or foreign cache file is ignored with a log line', async () => {
  const cacheDir = join(dir, 'corrupt');
  const entries = await written(cacheDir);
  const file = cacheFile(cacheDir, FOLDER);
  const good = readFileSync(file);
  const damaged = [
    Buffer.from('not a cache at all'),
    good.subarray(0, good.length - 200), // the last chunk cut short
    Buffer.concat([good.subarray(0, 30), Buffer.alloc(100, 0xff)]), // the header broken
  ];
  for (const bytes of damaged) {
    writeFileSync(file, bytes);
    const logs: string[] = [];
    const cache = FolderCache.open<CachedAnalysis>(cacheDir, FOLDER, VERSION, (m) => logs.push(m));
    const found = entries.map(({ key }, n) => cache.get(pathOf(n), key));
    assert.ok(found.every((f) => f === undefined), 'nothing is read from a damaged file');
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0]!, /analysis cache/);
  }
});

test('entries past one chunk are each found in theirs', async () => {
  const cacheDir = join(dir, 'chunks');
  const one = cachedSeeds()[1]!;
  const count = CHUNK * 2 + 3;
  const entries = Array.from({ length: count }, (_, i) => ({ path: `${FOLDER}/${i}.txt`, key: `${one.key}${i}`, value: { ...one.value, article: { ...one.value.article, url: `u${i}` } } }));
  assert.equal(await writeFolderCache(cacheDir, FOLDER, VERSION, entries, () => undefined), true);
  const cache = FolderCache.open<CachedAnalysis>(cacheDir, FOLDER, VERSION, () => undefined);
  for (const i of [0, CHUNK - 1, CHUNK, count - 1, 5]) assert.equal(cache.get(`${FOLDER}/${i}.txt`, `${one.key}${i}`)?.article.url, `u${i}`);
});

test('a cached article is filed, grouped and asked about its speakers without decoding its dates, figures and boilerplate', () => {
  const index = createWorkspaceIndex();
  const articles = cachedSeeds().map(({ value, text }, n) => {
    // detail that cannot be decoded: any reading of it would throw
    const article = fromCached({ ...value, detail: Uint8Array.of(0xff, 0x0f, 0xff) }, text);
    index.update(`file://${pathOf(n)}`, article, { gazetteer: context.speakers!, readings: value.readings });
    return article;
  });
  const jeffrey = index.speakers().find((s) => s.name.includes('جيفري'));
  assert.ok(jeffrey && index.claimsOf(jeffrey.key).length > 0);
  assert.ok(index.events().length > 0);
  assert.throws(() => articles[0]!.figures);
  // the detail goes back to a cache as it came
  const again = toCached(articles[1]!, cachedSeeds()[1]!.value.readings, lineBreaks(seed(1)));
  assert.deepEqual([...again.detail], [0xff, 0x0f, 0xff]);
});

test('a cache read off the thread gives what the synchronous open gives, and no bytes for a folder without one', async () => {
  const cacheDir = join(dir, 'read-async');
  const entries = await written(cacheDir);
  const bytes = await FolderCache.read(cacheDir, FOLDER);
  assert.ok(bytes && bytes.length > 0);
  const cache = FolderCache.of<CachedAnalysis>(cacheDir, FOLDER, VERSION, () => undefined, bytes);
  const opened = FolderCache.open<CachedAnalysis>(cacheDir, FOLDER, VERSION, () => undefined);
  entries.forEach(({ key }, n) => assert.deepEqual(cache.get(pathOf(n), key), opened.get(pathOf(n), key)));
  assert.equal(cache.hits, entries.length);
  assert.equal(await FolderCache.read(cacheDir, '/no/such/folder'), null);
});
