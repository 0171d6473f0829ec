// npm run package: a production build, then isnad.vsix with @vscode/vsce.
// vsce needs Node 22 or later; on an older Node this uses Node 24 from npm
// (the `node` package), found in the e2e tools folder or installed once, with
// vsce, into a cache folder next to it (test/e2e/.code-server/, not in git).
//
// The extension's page shows a README's pictures from https only: VS Code's
// sanitizer keeps an image's source only when it is http or https (not a
// file of the VSIX, not a data: URI; readme-pictures.mjs says where), and
// the page's policy allows `img-src https: data:`. So:
// - by default (a release with no host for its pictures) the VSIX's README
//   is EXTENSION.md without its pictures, saying that the walkthrough shows
//   them (it shows images from inside the VSIX): nothing on the page shows
//   broken;
// - given the https address the project's files are published at
//   (images/readme/hover.png is found under it), vsce writes it into the
//   README's pictures and checks each against its rules (https, no SVG):
//     npm run package -- --images-url https://host/isnad/raw/main/   (or ISNAD_README_IMAGES_URL)
//   A `repository` in package.json does the same through vsce's own rewriting.
// `--out FILE` writes the VSIX elsewhere than ./isnad.vsix (the e2e run's own).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeWithoutPictures } from './readme-pictures.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, 'test', 'e2e', '.code-server');
const cache = join(tools, 'package-tools');
const VSCE = '@vscode/vsce@4';
const MAX_BYTES = 2 * 1024 * 1024;
const README = 'EXTENSION.md';
/** The README without pictures, for a VSIX whose pictures have no https address (in dist/: built, not in git, inside the folder vsce packs). */
const README_WITHOUT_PICTURES = 'dist/EXTENSION.md';

/** `--name value` or `--name=value` from the command line. */
function option(name) {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(name.length + 3) : args[at + 1];
}

const out = resolve(root, option('out') ?? 'isnad.vsix');
const imagesUrl = option('images-url') ?? process.env.ISNAD_README_IMAGES_URL;
if (imagesUrl !== undefined && !/^https:\/\/[^/\s]+\/\S*$/.test(imagesUrl)) {
  console.error(`package: --images-url must be an https address under which images/readme/ is published (got "${imagesUrl}")`);
  process.exit(2);
}
const repository = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).repository;

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`package: ${command} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

const major = (node) => Number(spawnSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout?.trim());

/** A Node ≥ 22 binary: this one, the e2e tools' Node 24, or Node 24 installed into the cache. */
function modernNode() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  for (const node of [join(tools, 'node_modules', 'node', 'bin', 'node'), join(cache, 'node_modules', 'node', 'bin', 'node')]) {
    if (existsSync(node) && major(node) >= 22) return node;
  }
  install(['node@24']);
  return join(cache, 'node_modules', 'node', 'bin', 'node');
}

/** vsce's entry point, installed into the cache when absent. */
function vsce() {
  const bin = join(cache, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!existsSync(bin)) install([VSCE]);
  return bin;
}

function install(packages) {
  console.log(`package: installing ${packages.join(' and ')} into ${cache} (once)`);
  mkdirSync(cache, { recursive: true });
  const manifest = join(cache, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "name": "isnad-package-tools", "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages], { cwd: cache });
}

run('npm', ['run', 'build:production']);
// esbuild.mjs skips entries whose source is absent; a VSIX without a bundle would not work,
// nor one without the manifest's words (package.nls*.json) or the runtime translations (l10n/).
for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/worker.js', 'dist/import.js', 'package.nls.json', 'package.nls.ar.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.ar.json', README]) {
  if (!existsSync(join(root, bundle))) {
    console.error(`package: ${bundle} was not built`);
    process.exit(1);
  }
}
const node = modernNode();
const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` };
// --no-dependencies: the bundles hold every dependency. The extension's page
// shows EXTENSION.md, the README for users (README.md is the developers').
// Its pictures are in images/readme/, shipped in the VSIX too (the walkthrough
// shows them from there); on the page they show from their https address only.
const withPictures = Boolean(imagesUrl || repository);
const readme = withPictures ? README : README_WITHOUT_PICTURES;
if (!withPictures) writeFileSync(join(root, README_WITHOUT_PICTURES), readmeWithoutPictures(readFileSync(join(root, README), 'utf8')));
const links = imagesUrl ? ['--baseImagesUrl', imagesUrl] : repository ? [] : ['--no-rewrite-relative-links'];
run(node, [vsce(), 'package', '--no-dependencies', '--allow-missing-repository', ...links, '--readme-path', readme, '-o', out], { env });
if (!withPictures) {
  console.log('package: no --images-url and no repository in package.json: the extension\'s page shows EXTENSION.md without its pictures ' +
    '(VS Code shows a README\'s pictures from https only), pointing to the walkthrough, which shows them from the VSIX. ' +
    'Package with --images-url <https address under which images/readme/ is published> to put them on the page.');
}
const size = statSync(out).size;
if (size > MAX_BYTES) {
  console.error(`package: ${out} is ${size} bytes, over the 2 MB budget`);
  process.exit(1);
}
console.log(`package: ${out} (${(size / 1024).toFixed(0)} KB)`);
