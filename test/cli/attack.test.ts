// The command line under attack (issue 13): a folder made to hang it, and
// text made to take over the terminal reading its output.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isControl } from '../../server/src/host/controls.js';
import { ROOT, buildServer } from '../lsp/client.js';

const CLI = join(ROOT, 'dist', 'cli.js');
let dir: string;

before(() => {
  buildServer();
  dir = mkdtempSync(join(tmpdir(), 'isnad-attack-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function isnad(args: string[], timeout = 60_000): { code: number | null; signal: string | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const folder = (name: string): string => {
  const path = join(dir, name);
  rmSync(path, { recursive: true, force: true });
  return (mkdtempSync(join(dir, `${name}-`)));
};

test('a files: glob made to backtrack, with one long file name, does not hang check', () => {
  const root = folder('glob');
  writeFileSync(join(root, 'isnad.yaml'), `files:\n  - "${'*a'.repeat(30)}*b"\n`);
  writeFileSync(join(root, 'a'.repeat(60)), 'قال الوزير إن 300 جندي وصلوا.\n');
  writeFileSync(join(root, `${'a'.repeat(59)}b`), 'قال الوزير إن 300 جندي وصلوا.\n');
  const r = isnad(['check', root, '--format', 'json']);
  assert.equal(r.signal, null, 'check was killed: it hung');
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const files = (JSON.parse(r.stdout) as { files?: { file: string }[] });
  assert.ok(JSON.stringify(files).includes(`${'a'.repeat(59)}b`), 'the file the pattern names is checked');
});

test('escape sequences, newlines and bidi overrides from files and file names are shown, not obeyed, in text output', () => {
  const root = folder('controls');
  // an escape sequence that would retitle the terminal and clear it, inside an article and in a file name, and a figure with U+202E
  const sneaky = 'x\u001b]0;owned\u0007\u001b[2J.txt';
  writeFileSync(join(root, sneaky), 'وقال الوزير إن القوات وصلت.\nبلغ عدد الجنود \u202e5200 جندي في المنطقة.\n');
  writeFileSync(join(root, 'a\nb.txt:1:1 error forged-rule a line of our making.txt'), 'بلغ عدد الجنود 300 جندي في المنطقة.\n');
  writeFileSync(join(root, 'isnad.yaml'), 'speakers:\n  - name: "مصدر\u001b[31m"\n    nickname: x\n');
  const outputs = [isnad(['check', root]), isnad(['analyze', root, '--format', 'text']), isnad(['related', root])];
  for (const r of outputs) {
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    for (const text of [r.stdout, r.stderr]) {
      assert.ok(![...text].some((c) => isControl(c.charCodeAt(0)) && c !== '\n'), `a control reached the terminal:\n${JSON.stringify(text).slice(0, 400)}`);
      assert.doesNotMatch(text, /^b\.txt:1:1 error forged-rule/m, 'no line forged by a file name');
    }
  }
  assert.match(outputs[0]!.stdout, /a\\nb\.txt:1:1 error forged-rule/, 'the newline is shown as \\n');
  assert.match(outputs[0]!.stdout, /x\\e\]0;owned\\x07\\e\[2J\.txt/, 'the escape sequence is shown');
});

test('check says what it skipped and why: a named pipe, a dangling link, a name that is not UTF-8 (never "ENOENT")', { skip: process.platform === 'win32' }, () => {
  const root = folder('skipped');
  writeFileSync(join(root, 'a.txt'), 'قال الوزير إن 300 جندي وصلوا.\n');
  spawnSync('mkfifo', [join(root, 'pipe.txt')]);
  symlinkSync(join(root, 'gone.txt'), join(root, 'dangling.txt'));
  writeFileSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x6d, 0xe9, 0x6d, 0x6f]), Buffer.from('.txt')]), 'نص\n');
  const r = isnad(['check', root]);
  assert.equal(r.signal, null, 'check hung on the pipe');
  assert.match(r.stdout, /pipe\.txt: skipped: not a regular file/);
  assert.match(r.stdout, /dangling\.txt: skipped: a link to a file that does not exist/);
  assert.match(r.stdout, /m\ufffdmo\.txt: skipped: its name is not valid UTF-8/);
  assert.doesNotMatch(r.stdout + r.stderr, /ENOENT/);
  assert.match(r.stdout, /files? skipped/);
});

test('an isnad.yaml that is a link to /dev/zero or a named pipe is refused like such an article, never read for ever', { skip: process.platform === 'win32' }, () => {
  for (const make of [(p: string) => symlinkSync('/dev/zero', p), (p: string) => spawnSync('mkfifo', [p])]) {
    const root = folder('config');
    writeFileSync(join(root, 'a.txt'), 'قال الوزير إن 300 جندي وصلوا.\n');
    make(join(root, 'isnad.yaml'));
    const r = isnad(['check', root], 30_000);
    assert.equal(r.signal, null, 'check hung on isnad.yaml');
    assert.match(r.stdout, /isnad\.yaml:1:1 error config cannot read it: not a regular file/);
  }
});
