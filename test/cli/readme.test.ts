// The README's command lines work as written, also when their output goes to
// a file: `npm run isnad` without --silent writes npm's own lines first,
// which breaks a redirected CSV (its byte order mark must come first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from '../helpers/build.js';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('every README command that runs isnad through npm is silent', () => {
  const runs = [...readme.matchAll(/npm run (--silent )?isnad\b/g)];
  assert.ok(runs.length >= 2, 'the README runs isnad');
  assert.deepEqual(runs.filter((m) => !m[1]).map((m) => m[0]), [], 'npm run isnad without --silent');
});

test('npm run --silent isnad -- export seeds --format csv gives the CSV alone, its byte order mark first', () => {
  ensureBuilt();
  const r = spawnSync('npm', ['run', '--silent', 'isnad', '--', 'export', 'seeds', '--format', 'csv'], { cwd: root, encoding: 'buffer' });
  assert.equal(r.status, 0, r.stderr.toString());
  assert.deepEqual([...r.stdout.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(r.stdout.subarray(3, 200).toString('utf8'), /^file,/);
});
