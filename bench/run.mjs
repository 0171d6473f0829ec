// npm run bench: the benchmarks of issue 5, each in a child process with a
// timeout, then a table of every number beside its target, also written to
// bench/results.json. Nothing here is asserted; the numbers are for reading.
//
//   npm run bench [-- --only cli,passes,lsp,startup,growth,quantity] [--peer-files N] [--no-peer]
//                 [--budget-s 600] [--requests 1000] [--edits 120] [--kind-budget-s 180] [--no-warm]
//
// The corpus parts (1–3) need ../shared (SaudiNewsNet); without it they are
// skipped with a message, and start-up and growth (on seeds/) still run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE, ROOT, corpusAvailable, corpusFiles, ensureCorpus } from './lib/corpus.mjs';
import { runPeer } from './lib/peer.mjs';
import { measure, stopAll } from './lib/proc.mjs';
import { printTable } from './lib/table.mjs';

const PARTS = ['cli', 'passes', 'lsp', 'startup', 'growth', 'quantity'];
const { values: opt } = parseArgs({
  options: {
    only: { type: 'string' }, 'peer-files': { type: 'string' }, 'no-peer': { type: 'boolean' },
    'budget-s': { type: 'string', default: '600' }, requests: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '120' }, 'kind-budget-s': { type: 'string', default: '180' }, 'no-warm': { type: 'boolean' },
  },
});
const parts = new Set(opt.only ? opt.only.split(',') : PARTS);
const budgetS = Number(opt['budget-s']);
const SUBSET = 5000;
/** Articles of part 6, one quantity in each (issue 13). */
const QUANTITY_ARTICLES = 2000;
const TSX = ['--import', 'tsx'];
const tmp = mkdtempSync(join(tmpdir(), 'isnad-bench-'));

const say = (m) => console.error(`bench: ${m}`);

function newest(dir) {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? newest(p) : statSync(p).mtimeMs;
  }));
}

/** dist/ as the tests use it: rebuilt when missing or older than the sources. */
function ensureBuilt() {
  const bundles = ['cli.js', 'server.js', 'worker.js'].map((f) => join(ROOT, 'dist', f));
  const built = Math.min(...bundles.map((b) => (existsSync(b) ? statSync(b).mtimeMs : 0)));
  if (built >= newest(join(ROOT, 'server', 'src'))) return new Date(built).toISOString();
  say('building dist/ (older than server/src)');
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  return new Date().toISOString();
}

/**
 * The analysis parts bundled as esbuild.mjs bundles the CLI: through tsx,
 * each call between modules goes through an export getter, which makes the
 * passes some 20 % slower than in dist/cli.js. (Written as .js, which
 * ESLint leaves alone, like dist/.)
 */
async function bundled(script) {
  const { build } = await import('esbuild');
  const outfile = join(CACHE, 'build', script.replace(/^bench\//, '').replace(/\.ts$/, '.js'));
  await build({ entryPoints: [join(ROOT, script)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  return outfile;
}

/** Runs a TypeScript part (through tsx, or bundled); its JSON result comes back through a file. */
async function tsPart(name, script, args, timeoutMs, { bundle = false } = {}) {
  const out = join(tmp, `${name}.json`);
  const entry = bundle ? [await bundled(script)] : [...TSX, script];
  say(`${name}: node ${entry.join(' ')} ${args.join(' ')}`);
  const run = await measure(process.execPath, [...entry, ...args, '--out', out], { cwd: ROOT, timeoutMs, quiet: true });
  if (run.code !== 0 || !existsSync(out)) {
    return { error: run.timedOut ? `timed out after ${timeoutMs / 1000} s` : run.stderrTail.trim() || `exit ${run.code}` };
  }
  return { ...JSON.parse(readFileSync(out, 'utf8')), processPeakMB: run.peakMB, wallMs: run.wallMs };
}

async function cliPart(r, corpus) {
  // no --jobs: the CLI's default, one thread per core (the main thread and a worker per other core), as users run it
  const jobs = availableParallelism();
  say(`cli: node dist/cli.js analyze <corpus> --format jsonl > /dev/null (${jobs} threads, the default: the main thread and ${jobs - 1} worker${jobs === 2 ? '' : 's'})`);
  const cli = await measure(process.execPath, ['dist/cli.js', 'analyze', corpus.dir, '--format', 'jsonl'], { cwd: ROOT, timeoutMs: 3_600_000, quiet: true });
  const rate = (run) => ({ mbPerS: corpus.bytes / 1e6 / (run.wallMs / 1000), articlesPerS: corpus.files / (run.wallMs / 1000) });
  r.cli = { ...cli, ...rate(cli), jobs, stdout: undefined, stderrTail: cli.stderrTail.split('\n').slice(0, 5).join('\n') };
  say(`cli: ${(cli.wallMs / 1000).toFixed(1)} s, ${r.cli.mbPerS.toFixed(2)} MB/s with ${jobs} threads, CPU ${cli.cpuPercent ?? '?'}%, peak ${cli.peakMB.toFixed(0)} MB`);
  // the same in one thread (--jobs 1): the analysis's own speed, without the second core
  say('cli: the same with --jobs 1 (this thread alone)');
  const one = await measure(process.execPath, ['dist/cli.js', 'analyze', corpus.dir, '--format', 'jsonl', '--jobs', '1'], { cwd: ROOT, timeoutMs: 3_600_000, quiet: true });
  r.cliOneThread = { ...one, ...rate(one), jobs: 1, stdout: undefined, stderrTail: undefined };
  say(`cli --jobs 1: ${(one.wallMs / 1000).toFixed(1)} s, ${r.cliOneThread.mbPerS.toFixed(2)} MB/s`);
  say('floor: node bench/floor.mjs <corpus>');
  const floor = await measure(process.execPath, ['bench/floor.mjs', corpus.dir], { cwd: ROOT, timeoutMs: 600_000, stdout: 'pipe' });
  r.floor = { ...floor, ...rate(floor), saw: JSON.parse(floor.stdout || '{}'), stdout: undefined };
  if (opt['no-peer']) return;
  const all = corpusFiles(corpus.dir);
  const files = opt['peer-files'] ? all.slice(0, Number(opt['peer-files'])) : all;
  say(`peer: cspell on ${files.length} files (takes about 2 minutes on the whole corpus)`);
  const peer = await runPeer(corpus.dir, files.map((f) => f.path), 1_800_000);
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  r.peer = peer.skipped ? peer : { ...peer, bytes, subset: files.length < all.length, mbPerS: bytes / 1e6 / (peer.wallMs / 1000) };
}

function lspArgs(dir) {
  const pass = ['budget-s', 'requests', 'edits', 'kind-budget-s'].flatMap((k) => [`--${k}`, String(opt[k])]);
  return [dir, ...pass, ...(opt['no-warm'] ? ['--no-warm'] : [])];
}

async function lspPart(r, corpus) {
  // a hard stop well past the parts' own budgets: two indexings, four kinds of requests, the edits
  const timeoutMs = (3 * budgetS + 4 * Number(opt['kind-budget-s']) + 600) * 1000;
  r.lsp = await tsPart('lsp', 'bench/lsp.ts', lspArgs(corpus.dir), timeoutMs);
  if (r.lsp.error || r.lsp.indexing?.indexed) return;
  say(`the server did not index the corpus within ${budgetS} s: running again on the first ${SUBSET} articles`);
  const subset = ensureCorpus(`corpus-${SUBSET}`, SUBSET);
  r.lspSubset = await tsPart('lsp-subset', 'bench/lsp.ts', lspArgs(subset.dir), timeoutMs);
}

function describeMachine() {
  const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return {
    date: new Date().toISOString(), node: process.versions.node, cpus: cpus().length, cpuModel: cpus()[0]?.model,
    memoryGB: totalmem() / 1e9, commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedSources: git('status', '--porcelain', '--', 'server/src').split('\n').filter(Boolean).length,
    loadavgAtStart: loadavg(),
  };
}

async function main() {
  const r = { machine: describeMachine(), skipped: {} };
  r.machine.dist = ensureBuilt();
  const corpusParts = ['cli', 'passes', 'lsp', 'quantity'].filter((p) => parts.has(p));
  if (corpusParts.length && !corpusAvailable()) {
    r.skipped.corpus = 'skipped: ../shared/corpus is absent (the SaudiNewsNet corpus lives there)';
    say(r.skipped.corpus);
  } else if (corpusParts.length) {
    r.corpus = ensureCorpus('corpus');
    say(`corpus: ${r.corpus.files} articles, ${(r.corpus.bytes / 1e6).toFixed(1)} MB in ${r.corpus.dir}`);
    if (parts.has('cli')) await cliPart(r, r.corpus);
    if (parts.has('passes')) r.passes = await tsPart('passes', 'bench/passes.ts', [r.corpus.dir], 3_600_000, { bundle: true });
    if (parts.has('lsp')) await lspPart(r, r.corpus);
    if (parts.has('quantity')) {
      const first = ensureCorpus(`corpus-${QUANTITY_ARTICLES}`, QUANTITY_ARTICLES);
      r.quantity = await tsPart('quantity', 'bench/quantity.ts', [first.dir, '--articles', String(QUANTITY_ARTICLES), '--budget-s', String(budgetS)], (2 * budgetS + 120) * 1000);
    }
  }
  if (parts.has('startup')) r.startup = await tsPart('startup', 'bench/startup.ts', [], 300_000);
  if (parts.has('growth')) r.growth = await tsPart('growth', 'bench/growth.ts', ['--seeds', join(ROOT, 'seeds')], 600_000, { bundle: true });
  r.machine.loadavgAtEnd = loadavg();
  console.log(`\nIsnad benchmarks, ${r.machine.date} (commit ${r.machine.commit}, ${r.machine.uncommittedSources} uncommitted source files; ` +
    `${r.machine.cpus} cores; load ${r.machine.loadavgAtStart.map((x) => x.toFixed(1)).join(' ')} at start)`);
  r.targets = printTable(r);
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(r, null, 2) + '\n');
  console.log('\nwritten to bench/results.json');
}

main()
  .catch((e) => {
    console.error(`bench: ${e instanceof Error ? e.stack : e}`);
    process.exitCode = 1;
  })
  .finally(() => {
    stopAll();
    rmSync(tmp, { recursive: true, force: true });
  });
