// What the VSIX holds: .vscodeignore keeps the bundles and the files the
// manifest points at, and nothing else (no sources, tests, seeds, corpus or
// node_modules). The same rule as vsce: a file is left out when an ignore
// pattern matches it and no `!` pattern does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { WALKTHROUGH_NOTE, readmeWithoutPictures } from '../../scripts/readme-pictures.mjs';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

const lines = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const ignore = lines.filter((l) => !l.startsWith('!')).map((p) => picomatch(p, { dot: true }));
const keep = lines.filter((l) => l.startsWith('!')).map((p) => picomatch(p.slice(1), { dot: true }));
const shipped = (path: string): boolean => !ignore.some((m) => m(path)) || keep.some((m) => m(path));

const manifest = JSON.parse(read('package.json')) as {
  main: string; icon: string; license: string;
  contributes: {
    languages: Array<{ configuration: string }>;
    walkthroughs: Array<{ steps: Array<{ media: { image?: string; markdown?: string } }> }>;
  };
};
const bare = (p: string): string => p.replace(/^\.\//, '');
const pointedAt = [
  bare(manifest.main), manifest.icon,
  ...manifest.contributes.languages.map((l) => bare(l.configuration)),
  ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.flatMap((step) => [step.media.image, step.media.markdown]))
    .filter((p): p is string => typeof p === 'string'),
];

test('every file the manifest points at is shipped and, bundles aside, exists', () => {
  for (const path of [...pointedAt, 'dist/server.js', 'dist/worker.js', 'dist/import.js', 'package.json', 'LICENSE', 'package.nls.json', 'package.nls.ar.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.ar.json']) {
    assert.ok(shipped(path), `${path} is not in the VSIX`);
    if (!path.startsWith('dist/')) assert.ok(existsSync(join(root, path)), `${path} does not exist`);
  }
  const esbuild = read('esbuild.mjs');
  for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/worker.js', 'dist/import.js']) assert.ok(esbuild.includes(`out: '${bundle}'`), `esbuild writes no ${bundle}`);
});

test('nothing else is shipped: sources, tests, seeds, maps, the CLI, node_modules stay out', () => {
  const outside = [
    'seeds/001_07f643b4c079ef5b.txt', 'server/src/lsp/main.ts', 'client/src/extension.ts', 'test/client/package.test.ts',
    'test/e2e/screenshots/hover.png', 'node_modules/yaml/package.json', 'dist/cli.js', 'dist/extension.js.map',
    'scripts/package.mjs', 'scratch/notes.txt', 'bench/run.mjs', '.ci/run', '.git/HEAD', 'isnad.vsix', 'tsconfig.json',
    'package-lock.json', 'ARCHITECTURE.md', 'images/source.xcf', 'README.md', 'EXTENSION.md',
  ];
  for (const path of outside) assert.ok(!shipped(path), `${path} would be in the VSIX`);
  // Every top-level entry of the repository is out unless it is one of the shipped files.
  const top = new Set(['package.json', 'package.nls.json', 'package.nls.ar.json', 'LICENSE', 'CHANGELOG.md', 'language-configuration.json']);
  for (const entry of readdirSync(root)) {
    if (!top.has(entry)) assert.ok(!shipped(entry) && !shipped(`${entry}/x`), `${entry} would be in the VSIX`);
  }
});

test('the licence is MIT, held by the Isnad authors', () => {
  assert.equal(manifest.license, 'MIT');
  const license = read('LICENSE');
  assert.match(license, /^MIT License/);
  assert.match(license, /Copyright \(c\) \d{4} The Isnad authors/);
});

test('the icon is a 128×128 PNG', () => {
  const png = readFileSync(join(root, manifest.icon));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
});

test('the extension\'s page is the users\' README, EXTENSION.md: given to vsce, its images relative, existing and shipped', () => {
  assert.match(read('scripts/package.mjs'), /'--readme-path', readme/);
  assert.match(read('scripts/package.mjs'), /const README = 'EXTENSION\.md'/);
  const readme = read('EXTENSION.md');
  const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1]!, path: m[2]! }));
  assert.ok(images.length >= 3, `${images.length} images`);
  for (const { alt, path } of images) {
    assert.ok(alt.length > 20, `${path} has no description`);
    assert.ok(!/^[a-z]+:|^\//.test(path), `${path} is not relative: vsce would not ship it`);
    assert.ok(existsSync(join(root, path)), `${path} does not exist`);
    assert.ok(shipped(path), `${path} is not in the VSIX`);
  }
  assert.doesNotMatch(readme, /npm (ci|test|run)|\.\.\/shared|seeds\//, 'it is for users, not for developers');
});

test('packaged with no https address for its pictures, the VSIX\'s README is EXTENSION.md without them, pointing to the walkthrough', () => {
  const readme = read('EXTENSION.md');
  const bare = readmeWithoutPictures(readme);
  assert.doesNotMatch(bare, /!\[|<img/i, 'no picture left to show broken on the extension\'s page');
  assert.equal(bare.split(WALKTHROUGH_NOTE).length, 2, 'the note, once');
  assert.ok(bare.indexOf(WALKTHROUGH_NOTE) < bare.indexOf('## Getting started'), 'where the first picture was');
  const words = (text: string): string[] => text.split('\n').filter((line) => line.trim() && !line.startsWith('![')).filter((line) => line !== WALKTHROUGH_NOTE);
  assert.deepEqual(words(bare), words(readme), 'every other line kept, in order');
  assert.doesNotMatch(bare, /\n\n\n/);
  assert.match(WALKTHROUGH_NOTE, new RegExp(JSON.parse(read('package.nls.json'))['walkthrough.title'] as string), 'the walkthrough by its title');
  assert.throws(() => readmeWithoutPictures('Text ![inline](images/readme/hover.png) here'), /not a line of its own/);
  assert.throws(() => readmeWithoutPictures('<img src="images/readme/hover.png">'), /not a line of its own/);
});
