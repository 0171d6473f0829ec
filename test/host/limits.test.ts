import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE_MB, maxFileBytes, readArticleFile } from '../../server/src/host/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-limits-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

test('the size limit: the setting in MB, else the default of 5 MB', () => {
  assert.equal(DEFAULT_MAX_FILE_SIZE_MB, 5);
  assert.equal(maxFileBytes(undefined), 5 * MB);
  assert.equal(maxFileBytes(0.5), MB / 2);
  for (const bad of [0, -3, Number.NaN, Infinity, '7', null, {}]) assert.equal(maxFileBytes(bad), 5 * MB, String(bad));
});

test('a file above the limit is not read, and the message names the setting; at the limit it is read', () => {
  const path = join(dir, 'big.txt');
  writeFileSync(path, 'ا'.repeat(MB)); // 2 MB of UTF-8
  const refused = readArticleFile(path, MB, 'isnad.maxFileSizeMB');
  assert.deepEqual(refused, { problem: '2 MB, larger than the 1 MB limit (raise isnad.maxFileSizeMB to analyse it)' });
  const read = readArticleFile(path, 2 * MB, 'isnad.maxFileSizeMB');
  assert.ok('text' in read && read.text.length === MB);
});

test('missing files, folders, pipes and dangling links are problems, never a hang or a throw', () => {
  mkdirSync(join(dir, 'folder.txt'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
  assert.deepEqual(readArticleFile(join(dir, 'missing.txt'), MB, 's'), { problem: 'cannot read it (ENOENT)' });
  assert.deepEqual(readArticleFile(join(dir, 'dangling.txt'), MB, 's'), { problem: 'cannot read it (ENOENT)' });
  assert.deepEqual(readArticleFile(join(dir, 'folder.txt'), MB, 's'), { problem: 'not a regular file' });
  try {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  } catch {
    return; // no mkfifo here
  }
  assert.deepEqual(readArticleFile(join(dir, 'pipe.txt'), MB, 's'), { problem: 'not a regular file' });
});

test('a file is read whole, whatever its size against the buffers: empty, small, at the limit', () => {
  const text = 'قال الوزير إن 25 جنديًا وصلوا.\n';
  for (const [name, content] of [['empty.txt', ''], ['small.txt', text], ['many.txt', text.repeat(40_000)]] as const) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const read = readArticleFile(path, Buffer.byteLength(content) || 1, 's');
    assert.ok('text' in read && read.text === content, name);
  }
});

test('a file longer than its measured size (as /proc files are) is read to its end, and still cut at the limit', (t) => {
  const path = '/proc/self/status'; // stat gives 0 bytes; reading gives more
  if (!existsSync(path)) return t.skip('no /proc here');
  const read = readArticleFile(path, MB, 's');
  assert.ok('text' in read && read.text.startsWith('Name:') && read.text.includes('\nPid:'), JSON.stringify(read).slice(0, 200));
  const cut = readArticleFile(path, 64, 's');
  assert.ok('problem' in cut && /larger than the 0 MB limit/.test(cut.problem), JSON.stringify(cut));
});

test('a socket and a device are not regular files: refused, never read', async (t) => {
  if (process.platform === 'win32') return t.skip('no unix sockets or /dev here');
  const path = join(dir, 'socket.txt');
  const server = createServer();
  await new Promise<void>((listening) => server.listen(path, listening));
  try {
    assert.deepEqual(readArticleFile(path, MB, 's'), { problem: 'not a regular file' });
  } finally {
    await new Promise((closed) => server.close(closed));
  }
  if (existsSync('/dev/zero')) assert.deepEqual(readArticleFile('/dev/zero', MB, 's'), { problem: 'not a regular file' });
});
