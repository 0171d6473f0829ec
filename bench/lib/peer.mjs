// The peer: cspell with its Arabic dictionary on the same files, installed
// into bench/.cache/peer (never into the project's dependencies). cspell
// 10.4.1 does not install from the registry; 10.3.6 does, and it needs
// Node 22.18 or later: on an older Node, Node 24 from npm (the `node`
// package) comes with it. It must run from inside the corpus folder with a
// config of `language: ar` importing the dictionary, or it checks nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE } from './corpus.mjs';
import { measure } from './proc.mjs';

const PEER = join(CACHE, 'peer');
const CSPELL_VERSION = '10.3.6';
const modules = join(PEER, 'node_modules');
const cspellBin = join(modules, 'cspell', 'bin.mjs');
const dictionary = join(modules, '@cspell', 'dict-ar', 'cspell-ext.json');
const npmNode = join(modules, 'node', 'bin', 'node');

const nodeIsRecent = (version) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 18);
};

const installedVersion = (pkg) => {
  try {
    return JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** Installs cspell (and a recent Node when this one is too old) once; a message when it cannot. */
function install() {
  const needsNode = !nodeIsRecent(process.versions.node);
  const ready = installedVersion('cspell') === CSPELL_VERSION && existsSync(dictionary) && (!needsNode || existsSync(npmNode));
  if (ready) return null;
  mkdirSync(PEER, { recursive: true });
  const packages = [`cspell@${CSPELL_VERSION}`, '@cspell/dict-ar', ...(needsNode ? ['node@24'] : [])];
  console.error(`bench: installing ${packages.join(', ')} into ${PEER} (once)`);
  const r = spawnSync('npm', ['install', '--prefix', PEER, '--save-exact', '--no-audit', '--no-fund', '--loglevel=error', ...packages],
    { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0 || !existsSync(cspellBin) || !existsSync(dictionary)) {
    return `cspell could not be installed (${(r.stderr || String(r.error ?? '')).trim().split('\n').slice(-2).join(' ')})`;
  }
  return null;
}

/** Runs cspell on `files` (absolute paths inside `corpusDir`); a result, or { skipped } with why. */
export async function runPeer(corpusDir, files, timeoutMs) {
  const problem = install();
  if (problem) return { skipped: problem };
  const node = nodeIsRecent(process.versions.node) ? process.execPath : npmNode;
  const config = join(PEER, 'cspell.json');
  writeFileSync(config, JSON.stringify({ version: '0.2', language: 'ar', import: [dictionary] }, null, 2));
  const list = join(PEER, 'files.txt');
  writeFileSync(list, files.join('\n') + '\n');
  const args = [cspellBin, 'lint', '--config', config, '--no-progress', '--no-color', '--no-cache', '--file-list', list];
  // its findings (one line each, 200,000 on the corpus) go to /dev/null; the summary comes on stderr
  const run = await measure(node, args, { cwd: corpusDir, timeoutMs, quiet: true });
  const summary = /Files checked: (\d+), Issues found: (\d+)/.exec(run.stderrTail);
  const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (run.timedOut) return { skipped: `cspell did not finish within ${timeoutMs / 1000} s` };
  if (!summary || Number(summary[1]) !== files.length) {
    return { skipped: `cspell did not check the files (${run.stderrTail.trim().split('\n').slice(-2).join(' ')})` };
  }
  return { ...run, stderrTail: undefined, version: CSPELL_VERSION, node: nodeVersion, checked: Number(summary[1]), issues: Number(summary[2]) };
}
