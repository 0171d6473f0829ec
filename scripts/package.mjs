// npm run package: a production build, then isnad.vsix with @vscode/vsce.
// vsce needs Node 22 or later; on an older Node this uses Node 24 from npm
// (the `node` package), found in the e2e tools folder or installed once, with
// vsce, into a cache folder next to it (test/e2e/.code-server/, not in git).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, 'test', 'e2e', '.code-server');
const cache = join(tools, 'package-tools');
const VSCE = '@vscode/vsce@4';
const MAX_BYTES = 2 * 1024 * 1024;
const out = join(root, 'isnad.vsix');
const README = 'EXTENSION.md';

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
for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/worker.js', 'package.nls.json', 'package.nls.ar.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.ar.json', README]) {
  if (!existsSync(join(root, bundle))) {
    console.error(`package: ${bundle} was not built`);
    process.exit(1);
  }
}
const node = modernNode();
const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` };
// --no-dependencies: the bundles hold every dependency. The extension's page
// shows EXTENSION.md, the README for users (README.md is the developers'):
// its images are relative to the extension's folder and shipped in the VSIX
// (.vscodeignore), and no repository URL rewrites them.
run(node, [vsce(), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', README, '-o', out], { env });
const size = statSync(out).size;
if (size > MAX_BYTES) {
  console.error(`package: ${out} is ${size} bytes, over the 2 MB budget`);
  process.exit(1);
}
console.log(`package: ${out} (${(size / 1024).toFixed(0)} KB)`);
