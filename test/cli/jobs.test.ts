// The CLI in worker threads (--jobs 2) writes what it writes in one thread
// (--jobs 1): the same bytes on stdout and stderr, in the same order, and the
// same exit status, for every command and format, on a folder of copies of
// the seeds among files it must skip. A preloaded counter
// (fixtures/count-workers.js) tells how many worker threads each run started.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CLI, ROOT, ensureBuilt } from '../helpers/build.js';
import { SEEDS, SEED_FILES, oneLineArticle, randomBytes, seedText } from '../fixtures/hostile/generate.js';

const WORKER = join(ROOT, 'dist', 'worker.js');
const COPIES = ['a', 'b', 'c', 'd/e', 'f', 'g'];
let dir: string;

/** dist/worker.js, built after dist/cli.js by the same esbuild.mjs run (an older esbuild.mjs did not write it). */
function ensureWorker(): void {
  ensureBuilt();
  if (existsSync(WORKER) && statSync(WORKER).mtimeMs >= statSync(CLI).mtimeMs) return;
  const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
}

/** Copies of the seeds in subfolders, with their isnad.yaml, among a binary file, a Windows-1256 one, an empty one and one over the limit. */
function writeFolder(root: string): void {
  copyFileSync(join(SEEDS, 'isnad.yaml'), join(root, 'isnad.yaml'));
  for (const sub of COPIES) {
    mkdirSync(join(root, sub), { recursive: true });
    for (const f of SEED_FILES) copyFileSync(join(SEEDS, f), join(root, sub, f));
  }
  writeFileSync(join(root, 'b', 'binary.txt'), randomBytes(64 * 1024));
  writeFileSync(join(root, 'c', 'windows-1256.txt'), iconv.encode(seedText(2), 'windows-1256'));
  writeFileSync(join(root, 'd', 'empty.txt'), '');
  writeFileSync(join(root, 'f', 'large.txt'), seedText(3).repeat(40)); // over the 0.1 MB limit the runs set
}

before(() => {
  ensureWorker();
  dir = mkdtempSync(join(tmpdir(), 'isnad-jobs-'));
  writeFolder(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const COUNTER = join(__dirname, 'fixtures', 'count-workers.js');

/** The CLI's exit status and output, and how many worker threads it started. */
function isnad(args: string[]): { code: number | null; stdout: string; stderr: string; workers: number } {
  const countFile = join(dir, '.workers');
  const r = spawnSync(process.execPath, ['-r', COUNTER, CLI, ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, WORKER_COUNT_FILE: countFile },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, workers: Number(readFileSync(countFile, 'utf8')) };
}

const COMMANDS = [
  ['analyze'], ['analyze', '--format', 'jsonl'], ['analyze', '--format', 'text'],
  ['check'], ['check', '--format', 'json'], ['check', '--format', 'sarif'],
  ['export'], ['export', '--format', 'json'], ['related'], ['related', '--format', 'json'],
];

test('every command and format writes the same bytes and exits the same with --jobs 2 as with --jobs 1', () => {
  for (const command of COMMANDS) {
    const args = [...command, dir, '--max-file-size-mb', '0.1'];
    const one = isnad([...args, '--jobs', '1']);
    const two = isnad([...args, '--jobs', '2']);
    const name = command.join(' ');
    // --jobs 2: the main thread and one worker
    assert.deepEqual([one.workers, two.workers], [0, 1], `${name}: worker threads started`);
    assert.ok(one.stdout.length > 1000, `${name}: ${one.stderr}`);
    assert.equal(two.code, one.code, `${name}: ${two.stderr}`);
    assert.equal(two.stderr, one.stderr, name);
    assert.ok(two.stdout === one.stdout, `${name}: the outputs differ`);
  }
});

test('what cannot be read is reported in file order, whatever the threads', () => {
  const r = isnad(['analyze', dir, '--format', 'jsonl', '--max-file-size-mb', '0.1', '--jobs', '2']);
  assert.equal(r.code, 1, r.stderr);
  const reported = r.stderr.trim().split('\n').map((line) => line.replace(`isnad: ${dir}`, '').split(': ').slice(0, 2).join(': '));
  assert.deepEqual(reported, ['/b/binary.txt: skipped', '/c/windows-1256.txt: information', '/f/large.txt: skipped']);
  assert.match(r.stderr, /large\.txt: skipped: [\d.]+ MB, larger than the 0\.1 MB limit \(raise --max-file-size-mb/);
  const files = r.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file.replace(dir, ''));
  assert.equal(files.length, COPIES.length * SEED_FILES.length + 2);
  assert.deepEqual(files, [...files].sort(), 'file order');
  // the seeds' isnad.yaml reaches the workers: the copies have their publication dates
  const published = r.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { published: string | null }).published);
  assert.ok(published.filter(Boolean).length >= COPIES.length * SEED_FILES.length, 'publication dates from isnad.yaml');
});

test('by default, the main thread alone analyses under 1 MB of articles, and with a worker per other core more', (t) => {
  const one = isnad(['analyze', 'seeds', '--jobs', '1']);
  const small = isnad(['analyze', 'seeds']);
  assert.equal(small.code, 0, small.stderr);
  assert.deepEqual([small.workers, small.stderr, small.code], [0, one.stderr, one.code]);
  assert.ok(small.stdout === one.stdout && one.stdout.includes('"documents"'));
  if (availableParallelism() < 2) return t.skip('one core here');
  const big = join(dir, 'big');
  mkdirSync(big);
  for (const f of SEED_FILES) copyFileSync(join(SEEDS, f), join(big, f));
  writeFileSync(join(big, 'one-line.txt'), oneLineArticle(1024 * 1024));
  const threads = isnad(['check', big]);
  const main = isnad(['check', big, '--jobs', '1']);
  assert.equal(threads.workers, availableParallelism() - 1);
  assert.deepEqual([threads.code, threads.stderr], [main.code, main.stderr]);
  assert.ok(threads.stdout === main.stdout && /6 files checked/.test(main.stdout), main.stdout);
});
