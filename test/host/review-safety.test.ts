// Recording a decision where a newsroom would lose it (issue 13): two
// writers at once, an editor saving between the read and the rename, a
// linked or read-only isnad.yaml, leftovers of a killed write, and a `git`
// planted in the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Review } from '../../server/src/analysis/review/index.js';
import { parseConfig } from '../../server/src/host/config.js';
import { ReviewWriteError, cleanLeftovers, diskIo, recordReview, reviewerName } from '../../server/src/host/reviews.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'isnad-review-safety-'));
const review = (figure: string, over: Partial<Review> = {}): Review => ({
  file: 'a.txt', figure, fingerprint: '', decision: 'dismissed', note: 'سبب', reviewer: 'x', date: '2024-05-01', ...over,
});
const figures = (path: string): string[] => parseConfig(readFileSync(path, 'utf8'), path).config.reviews.map((r) => r.figure);
const CONFIG = 'articles:\n  a.txt:\n    published: 2024-05-01\n';

function writer(path: string, from: number, count: number, at: number): Promise<number | null> {
  const args = ['--import', 'tsx', join(__dirname, 'fixtures', 'record-many.ts'), path, String(from), String(count), String(at)];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  return new Promise((done) => child.on('exit', (code) => done(code)));
}

test('two processes recording at the same moment: every decision reported recorded is in the file', async () => {
  const dir = tempDir();
  const path = join(dir, 'isnad.yaml');
  writeFileSync(path, CONFIG);
  const at = Date.now() + 4_000; // both started by then: they write at the same moments
  const codes = await Promise.all([writer(path, 0, 20, at), writer(path, 100, 20, at)]);
  assert.deepEqual(codes, [0, 0]);
  const all = figures(path);
  for (let i = 0; i < 20; i++) {
    assert.ok(all.includes(`${i} جندي`), `the first process's decision ${i} is in the file`);
    assert.ok(all.includes(`${100 + i} جندي`), `the second process's decision ${100 + i} is in the file`);
  }
  assert.deepEqual(readdirSync(dir), ['isnad.yaml'], 'no lock or temp file left');
});

test('an editor saving between the read and the rename: its text is kept and the decision made again on it', async () => {
  const dir = tempDir();
  const path = join(dir, 'isnad.yaml');
  writeFileSync(path, CONFIG);
  let saved = false;
  const io = { ...diskIo, writeFile: async (p: string, text: string) => {
    if (!saved) {
      saved = true;
      writeFileSync(path, `${CONFIG}rules:\n  unsourced-figure: error\n`); // the editor's save, which takes no lock
    }
    await diskIo.writeFile(p, text);
  } };
  await recordReview(path, review('5 جنود'), { io });
  const text = readFileSync(path, 'utf8');
  assert.match(text, /unsourced-figure: error/, 'the editor\'s save is kept');
  assert.deepEqual(figures(path), ['5 جنود']);
});

test('a linked isnad.yaml is written where it points inside the folder; a link out of it, a dangling link, a read-only file are refused', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'shared'));
  const inside = join(dir, 'shared', 'reviews.yaml');
  writeFileSync(inside, CONFIG);
  const linked = join(dir, 'isnad.yaml');
  symlinkSync(inside, linked);
  await recordReview(linked, review('5 جنود'), { root: dir });
  assert.deepEqual(figures(inside), ['5 جنود'], 'the link\'s target holds the decision');
  assert.ok(readdirSync(dir).includes('isnad.yaml') && readFileSync(linked, 'utf8') === readFileSync(inside, 'utf8'), 'the link is still a link');

  const folder = tempDir();
  const elsewhere = join(tempDir(), 'isnad.yaml');
  writeFileSync(elsewhere, CONFIG);
  symlinkSync(elsewhere, join(folder, 'isnad.yaml'));
  await assert.rejects(recordReview(join(folder, 'isnad.yaml'), review('5 جنود'), { root: folder }), (e: unknown) =>
    e instanceof ReviewWriteError && /isnad\.yaml is a link to .*, outside the folder/.test(e.message));
  assert.equal(readFileSync(elsewhere, 'utf8'), CONFIG, 'nothing written outside the folder');

  const dangling = tempDir();
  symlinkSync(join(dangling, 'gone.yaml'), join(dangling, 'isnad.yaml'));
  await assert.rejects(recordReview(join(dangling, 'isnad.yaml'), review('5 جنود'), { root: dangling }), /is a link to .*gone\.yaml, which does not exist/);

  const readOnly = tempDir();
  const path = join(readOnly, 'isnad.yaml');
  writeFileSync(path, CONFIG);
  chmodSync(path, 0o444);
  await assert.rejects(recordReview(path, review('5 جنود'), { root: readOnly }), /isnad\.yaml is read-only/);
  assert.equal(readFileSync(path, 'utf8'), CONFIG);
});

test('temp files and a lock left by a killed write are removed at the next start; fresh ones are left to their writer', async () => {
  const dir = tempDir();
  const old = join(dir, '.isnad.yaml.0123456789ab.tmp');
  const fresh = join(dir, '.isnad.yaml.ba9876543210.tmp');
  const lock = join(dir, '.isnad.yaml.lock');
  const other = join(dir, '.notes.0123456789ab.tmp');
  for (const p of [old, fresh, other]) writeFileSync(p, 'half a file');
  writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: 'elsewhere', time: 0 }));
  const long = new Date(Date.now() - 3_600_000);
  for (const p of [old, lock, other]) utimesSync(p, long, long);
  const removed = await cleanLeftovers(dir);
  assert.deepEqual(removed.sort(), [old, lock].sort());
  assert.ok(existsSync(fresh) && existsSync(other));
});

test('a lock its writer has created but not yet filled is waited for, not taken for a killed writer\'s', async () => {
  const dir = tempDir();
  const path = join(dir, 'isnad.yaml');
  writeFileSync(path, CONFIG);
  const lock = join(dir, '.isnad.yaml.lock');
  writeFileSync(lock, ''); // created with O_EXCL, its content not yet written
  const recording = recordReview(path, review('7 جنود'));
  await new Promise((done) => setTimeout(done, 500));
  assert.ok(existsSync(lock), 'the empty lock is still there');
  assert.ok(!figures(path).includes('7 جنود'), 'nothing written under another writer\'s lock');
  // its writer never fills it (killed): past the grace it is stale, and the decision is recorded
  await recording;
  assert.ok(figures(path).includes('7 جنود'));
  assert.ok(!existsSync(lock));
});

test('the reviewer\'s name never comes from a git planted in the folder', async () => {
  const dir = tempDir();
  const marker = join(dir, 'ran');
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho planted > "${marker}"\necho Mallory\n`, { mode: 0o755 });
  const path = process.env['PATH'];
  process.env['PATH'] = ['.', '', path].join(delimiter); // the working folder searched first, as Windows does
  try {
    const name = await reviewerName(dir);
    assert.notEqual(name, 'Mallory');
  } finally {
    process.env['PATH'] = path;
  }
  assert.ok(!existsSync(marker), 'the planted git did not run');
});

test('recording a decision in an archive\'s isnad.yaml does not compare every key with every other', async () => {
  // yaml's duplicate-key check made this quadratic (57 s at 25,000 articles): four times the articles must cost
  // about four times as long, not sixteen (the best of two runs of each, so a busy machine counts less)
  const dir = tempDir();
  const path = join(dir, 'isnad.yaml');
  const entry = (i: number): string => `  snn-${String(i).padStart(6, '0')}.txt:\n    published: 2015-03-01\n    outlet: مصدر`;
  const config = (n: number): string => `articles:\n${Array.from({ length: n }, (_, i) => entry(i)).join('\n')}\n`;
  async function best(n: number): Promise<number> {
    let fastest = Infinity;
    for (let run = 0; run < 2; run++) {
      writeFileSync(path, config(n));
      const started = performance.now();
      await recordReview(path, review('5 جنود'));
      fastest = Math.min(fastest, performance.now() - started);
    }
    assert.deepEqual(figures(path), ['5 جنود']);
    return fastest;
  }
  const small = await best(4_000);
  const large = await best(16_000);
  assert.ok(large / small < 9, `4,000 articles: ${small.toFixed(0)} ms; 16,000: ${large.toFixed(0)} ms`);
  // a duplicate key is still refused, with its line
  writeFileSync(path, `articles:\n${[0, 1, 2, 1].map(entry).join('\n')}\n`);
  await assert.rejects(recordReview(path, review('6 جنود')), /syntax error on line 11 \(Map keys must be unique\)/);
});
