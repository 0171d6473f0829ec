// The extension's words in two languages: the manifest's `%key%`
// placeholders have English (package.nls.json) and Arabic
// (package.nls.ar.json), the runtime bundle l10n/bundle.l10n.json is what
// `npm run l10n:export` finds in client/src today, and the Arabic bundle
// translates every message with the same placeholders. Both ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const json = (path: string): Record<string, string> => JSON.parse(read(path)) as Record<string, string>;

const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
const LATIN_WORD = /[A-Za-z]{3,}/g;
/** What may stay in Latin letters in Arabic: names of files, settings, rules, codicons and VS Code. */
// words a translation keeps: code, setting names, links' targets (web and command links), product names
const KEPT = /`[^`]*`|\*\*[a-z-]+\*\*|isnad\.\w+|\$\([a-z-]+\)|https?:\/\/\S*|\]\(command:[^)]*\)|Escape|VS Code|Isnad|seeds/g;

test('package.nls.json and package.nls.ar.json have the same keys, and every %key% of package.json is in them', () => {
  const english = json('package.nls.json');
  const arabic = json('package.nls.ar.json');
  assert.deepEqual(Object.keys(arabic).sort(), Object.keys(english).sort());
  const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.ok(used.length >= 30, `${used.length} placeholders`);
  for (const key of used) assert.ok(key in english && key in arabic, `%${key}% has no words`);
  for (const key of Object.keys(english)) assert.ok(used.includes(key), `${key} is not used by package.json`);
  for (const [key, text] of Object.entries(arabic)) {
    assert.ok(text.trim(), key);
    assert.deepEqual(text.replace(KEPT, '').match(LATIN_WORD), null, `English left in ${key}: ${text}`);
  }
});

test('the manifest says Isnad in English and إسناد in Arabic where it names itself', () => {
  const manifest = JSON.parse(read('package.json')) as { displayName: string; l10n: string; contributes: { commands: Array<{ category: string }> } };
  assert.equal(manifest.displayName, '%displayName%');
  assert.equal(manifest.l10n, './l10n');
  assert.ok(manifest.contributes.commands.every((c) => c.category === '%command.category%'));
  assert.equal(json('package.nls.json')['command.category'], 'Isnad');
  assert.equal(json('package.nls.ar.json')['command.category'], 'إسناد');
});

test('l10n/bundle.l10n.json holds exactly the messages of client/src (npm run l10n:export)', () => {
  const out = mkdtempSync(join(tmpdir(), 'isnad-l10n-'));
  try {
    const cli = join(root, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'export', '--outDir', out, join(root, 'client', 'src')], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const fresh = JSON.parse(readFileSync(join(out, 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(json('l10n/bundle.l10n.json')).sort(), Object.keys(fresh).sort(), 'run npm run l10n:export');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the Arabic bundle translates every message, keeping its placeholders', () => {
  const english = json('l10n/bundle.l10n.json');
  const arabic = json('l10n/bundle.l10n.ar.json');
  assert.deepEqual(Object.keys(arabic).sort(), Object.keys(english).sort());
  for (const [message, translation] of Object.entries(arabic)) {
    assert.deepEqual(placeholders(translation), placeholders(message), message);
    assert.notEqual(translation, message, `not translated: ${message}`);
    assert.deepEqual(translation.replace(KEPT, '').match(LATIN_WORD), null, `English left in: ${translation}`);
  }
});

test('the VSIX ships the manifest words and the bundles', () => {
  const ignore = read('.vscodeignore');
  for (const path of ['package.nls.json', 'package.nls.ar.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.ar.json']) {
    assert.match(ignore, new RegExp(`^!${path.replace(/\./g, '\\.')}$`, 'm'), `${path} is not let back into the VSIX`);
  }
});
