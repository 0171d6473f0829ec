// `npm run eval [-- --verbose ...]`: analyses the seed articles with the built
// CLI and scores the result against the gold annotations in ../shared/eval.
// Extra arguments go to the scorer (--verbose, --json, --min METRIC=VALUE).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const evalDir = join(root, '..', 'shared', 'eval');
const cli = join(root, 'dist', 'cli.js');

if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`eval: skipped: ${evalDir} (the gold annotations and scorer) is not here.`);
  process.exit(0);
}
if (!existsSync(cli)) {
  const built = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 2);
}

const work = mkdtempSync(join(tmpdir(), 'isnad-eval-'));
const analysis = join(work, 'analysis.json');
try {
  const fd = openSync(analysis, 'w');
  const run = spawnSync(process.execPath, [cli, 'analyze', 'seeds', '--config', join(evalDir, 'seeds.isnad.yaml'), '--format', 'json'], {
    cwd: root, stdio: ['ignore', fd, 'inherit'],
  });
  closeSync(fd);
  if (run.status !== 0) {
    console.error(`eval: isnad analyze exited with ${run.status ?? run.signal}`);
    process.exit(2);
  }
  const score = spawnSync(process.execPath, [
    join(evalDir, 'score.mjs'), '--gold', join(evalDir, 'gold'), '--articles', 'seeds', '--analysis', analysis,
    ...process.argv.slice(2),
  ], { cwd: root, stdio: 'inherit' });
  process.exitCode = score.status ?? 2;
} finally {
  rmSync(work, { recursive: true, force: true });
}
