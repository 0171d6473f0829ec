import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configCandidates, isInside, matchesFilesSetting } from '../../client/src/articles.js';

const folder = '/home/r/news';

test('isnad.files globs are relative to the workspace folder', () => {
  assert.ok(matchesFilesSetting('/home/r/news/articles/2020/a.txt', folder, ['articles/**/*.txt']));
  assert.ok(matchesFilesSetting('/home/r/news/x.article', folder, ['**/*.article']));
  assert.ok(!matchesFilesSetting('/home/r/news/notes/a.txt', folder, ['articles/**/*.txt']));
  assert.ok(!matchesFilesSetting('/home/r/news/a.txt', folder, []));
  assert.ok(!matchesFilesSetting('/home/r/news/a.txt', folder, ['', '  ']));
});

test('an absolute glob matches the whole path, inside a folder or not', () => {
  assert.ok(matchesFilesSetting('/data/wires/a.txt', undefined, ['/data/wires/*.txt']));
  assert.ok(!matchesFilesSetting('/data/wires/a.txt', undefined, ['wires/*.txt']));
  assert.ok(matchesFilesSetting('/home/r/news/.hidden/a.txt', folder, ['**/*.txt']), 'dot folders too');
});

test('isnad.yaml is looked for from the file up to its workspace folder, nearest first', () => {
  assert.deepEqual(configCandidates('/home/r/news/a/b/x.txt', folder), [
    '/home/r/news/a/b/isnad.yaml', '/home/r/news/a/isnad.yaml', '/home/r/news/isnad.yaml',
  ]);
  assert.deepEqual(configCandidates('/home/r/news/x.txt', folder), ['/home/r/news/isnad.yaml']);
});

test('outside a workspace folder only the file\'s own folder counts; only .txt files qualify', () => {
  assert.deepEqual(configCandidates('/tmp/x.txt', undefined), ['/tmp/isnad.yaml']);
  assert.deepEqual(configCandidates('/elsewhere/x.txt', folder), ['/elsewhere/isnad.yaml']);
  assert.deepEqual(configCandidates('/home/r/news/notes.md', folder), []);
  assert.deepEqual(configCandidates('/home/r/news/A.TXT', folder), ['/home/r/news/isnad.yaml']);
});

test('isInside is strict and not fooled by a shared prefix', () => {
  assert.ok(isInside('/home/r/news/a.txt', folder));
  assert.ok(!isInside('/home/r/news', folder));
  assert.ok(!isInside('/home/r/newsroom/a.txt', folder));
});
