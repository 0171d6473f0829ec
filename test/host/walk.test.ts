// What the folder walk passes over is said, with why (issue 13): an
// unreadable folder, a named pipe, a dangling link, a name that is not UTF-8;
// and in an untrusted workspace, a link out of the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { childPath, keyBelow } from '../../server/src/host/article-walk.js';
import { listArticleFiles } from '../../server/src/host/files.js';
import type { Skipped } from '../../server/src/host/files.js';

const ARTICLE = 'قال الوزير إن 300 جندي وصلوا.\n';

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'isnad-walk-'));
  writeFileSync(join(root, 'a.txt'), ARTICLE);
  mkdirSync(join(root, 'locked'));
  writeFileSync(join(root, 'locked', 'b.txt'), ARTICLE);
  chmodSync(join(root, 'locked'), 0o000);
  execFileSync('mkfifo', [join(root, 'pipe.txt')]);
  symlinkSync(join(root, 'gone.txt'), join(root, 'dangling.txt'));
  writeFileSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x6d, 0xe9, 0x6d, 0x6f]), Buffer.from('.txt')]), ARTICLE);
  writeFileSync(join(root, 'notes.bin'), 'x');
  return root;
}

const asRoot = process.getuid?.() === 0;

test('every article file or folder the walk cannot take is reported with the reason; the rest is listed', { skip: process.platform === 'win32' }, () => {
  const root = folder();
  const skipped: Skipped[] = [];
  const files = listArticleFiles(root, [], { onSkip: (s) => skipped.push(s) });
  const why = new Map(skipped.map((s) => [s.path.slice(root.length + 1), s.problem]));
  assert.ok(files.some((f) => f.rel === 'a.txt'));
  assert.equal(why.get('pipe.txt'), 'not a regular file (a pipe, a socket or a device)');
  assert.equal(why.get('dangling.txt'), 'a link to a file that does not exist');
  assert.equal(why.get('m\ufffdmo.txt'), 'its name is not valid UTF-8: rename it to read it');
  if (!asRoot) assert.match(why.get('locked/') ?? '', /^cannot read the folder \(EACCES\)$/); // root reads any folder
  assert.ok(!why.has('notes.bin'), 'files that are not articles are nobody\'s concern');
  chmodSync(join(root, 'locked'), 0o755);
});

test('in an untrusted workspace a link out of the folder is not followed, and is reported', () => {
  const root = mkdtempSync(join(tmpdir(), 'isnad-walk-'));
  const outside = join(mkdtempSync(join(tmpdir(), 'isnad-outside-')), 'secret.txt');
  writeFileSync(outside, ARTICLE);
  writeFileSync(join(root, 'inside.txt'), ARTICLE);
  symlinkSync(outside, join(root, 'out.txt'));
  symlinkSync(join(root, 'inside.txt'), join(root, 'in.txt'));
  assert.deepEqual(listArticleFiles(root).map((f) => f.rel), ['in.txt', 'inside.txt', 'out.txt'], 'trusted: links are read');
  const skipped: Skipped[] = [];
  const files = listArticleFiles(root, [], { followLinksOut: false, onSkip: (s) => skipped.push(s) });
  assert.deepEqual(files.map((f) => f.rel), ['in.txt', 'inside.txt']);
  assert.deepEqual(skipped.map((s) => [s.path, s.problem]), [[join(root, 'out.txt'), 'a link out of the folder, not followed in an untrusted workspace']]);
});

test('a walked file\'s path is what path.join gives, its folder joined once: relative, absolute, with a trailing separator, the current folder', () => {
  for (const base of ['.', '', 'seeds', './seeds', 'seeds/', '../archive', '/', '/tmp/archive', '/tmp/archive/']) {
    for (const rel of ['a.txt', 'sub/a.txt', 'sub/deeper/مقال.txt']) {
      const cut = rel.lastIndexOf('/');
      const folder = join(base, cut < 0 ? '' : rel.slice(0, cut));
      assert.equal(childPath(folder, rel.slice(cut + 1)), join(base, rel), `${base} + ${rel}`);
    }
  }
});

test('a file\'s key below a folder is what path.relative gives, with /, whatever the path holds', () => {
  const folders = ['/tmp/archive', '/tmp/archive/', '/', '/tmp/./archive', 'archive'];
  const paths = ['/tmp/archive/a.txt', '/tmp/archive/sub/مقال.txt', '/tmp/archive/sub/../a.txt', '/tmp/archive//a.txt', '/tmp/archive/./a.txt',
    '/tmp/archive/...txt', '/tmp/archive/sub/', '/tmp/archive', '/tmp/archived/a.txt', '/tmp/a.txt', '/tmp/archive/..'];
  for (const folder of folders) {
    for (const path of paths) assert.equal(keyBelow(folder, path), relative(folder, path).split(sep).join('/'), `${folder} ⟶ ${path}`);
  }
});
