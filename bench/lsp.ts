// Benchmark 3: the language server on a folder, through the real protocol
// (dist/server.js --stdio). Time from `initialize` to the end of indexing,
// with 20 articles opened at the start and hovered every 50 ms while it
// runs (is the editor still answered?); memory after indexing; latency of
// hover, outline, references and workspace symbols; edit → diagnostics on
// a ~10 KB article; then a second opening of the folder (the warm start).
// Both openings are given a cache folder of their own (a temporary folder,
// as the editor gives its storage folder): the first writes the cache of
// analyses after indexing, the second reads it.
//   node --import tsx bench/lsp.ts FOLDER --out FILE [--budget-s 600] [--requests 1000] [--edits 120]
//     [--kind-budget-s 180] [--no-warm] [--quiet-indexing] [--server-cpu-prof DIR] [--server FILE]
// --server-cpu-prof writes a V8 CPU profile of each server process into DIR
// (open it in Chrome's DevTools or VS Code) to see what bounds a slow number;
// with --server FILE, a bundle that is not minified, its names are readable.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { BenchClient } from './lib/lsp-client.js';
import { chooseProbes } from './lib/probes.js';
import type { Probe, Probes } from './lib/probes.js';
import { summarize } from './lib/stats.js';
import type { Percentiles } from './lib/stats.js';
import { Converter } from '../server/src/lsp/convert.js';

/** Requests before the measured ones, so that the server's code is compiled (JIT) when timing starts. */
const WARM_UP = 50;
/** The spacing of the hovers sent while the folder is indexed: a user, not a flood. */
const HOVER_EVERY_MS = 50;
const REQUEST_TIMEOUT_MS = 60_000;
/** The word inserted and deleted again by the edit benchmark. */
const EDIT_WORD = 'جدا ';

interface Options {
  folder: string;
  out: string;
  budgetMs: number;
  requests: number;
  edits: number;
  /** The most time one kind of request may take in all (its count is then below `requests`). */
  kindBudgetMs: number;
  warm: boolean;
  /** Node flags for the server. */
  serverArgs: string[];
  /** Open nothing and ask nothing while the folder is indexed (the articles are opened after). */
  quietIndexing: boolean;
  /** The server bundle (default dist/server.js): a bundle that is not minified gives readable profiles. */
  server: string | undefined;
}

function options(argv: string[]): Options {
  const value = (flag: string, fallback: number): number => (argv.includes(flag) ? Number(argv[argv.indexOf(flag) + 1]) : fallback);
  const out = argv[argv.indexOf('--out') + 1];
  if (!argv[0] || !out || !argv.includes('--out')) throw new Error('usage: lsp.ts FOLDER --out FILE [--budget-s S] [--requests N] [--edits N] [--kind-budget-s S] [--no-warm] [--quiet-indexing] [--server-cpu-prof DIR] [--server FILE]');
  return {
    folder: argv[0], out, budgetMs: value('--budget-s', 600) * 1000,
    requests: value('--requests', 1000), edits: value('--edits', 120), kindBudgetMs: value('--kind-budget-s', 180) * 1000, warm: !argv.includes('--no-warm'),
    quietIndexing: argv.includes('--quiet-indexing'),
    server: argv.includes('--server') ? argv[argv.indexOf('--server') + 1] : undefined,
    serverArgs: argv.includes('--server-cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', argv[argv.indexOf('--server-cpu-prof') + 1]!] : [],
  };
}

interface Indexing {
  indexed: boolean;
  /** initialize → the progress "begin" (the folder listed) and → its "end". */
  beginMs: number | null;
  indexMs: number | null;
  diagnosticsPublished: number;
  memory: { rssMB: number | null; peakMB: number | null };
  hoverWhileIndexing: Percentiles | null;
  /**
   * initialize → the answer to a references request sent at the end of
   * indexing: the folder index regrouped (the server does it right after
   * indexing, before anyone asks), so the folder is ready for every request.
   */
  readyMs: number | null;
  /** What the server logged of its cache of analyses (articles from the cache, articles analysed) and of its worker threads. */
  cache: string[];
}

/** Hovers on the open articles, one every HOVER_EVERY_MS, until `done()`. */
async function hoverUntil(client: BenchClient, probes: Probe[], done: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; probes.length && !done(); i++) {
    const p = probes[i % probes.length]!;
    const started = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: p.uri }, position: p.position }, REQUEST_TIMEOUT_MS);
    samples.push(performance.now() - started);
    await pause(HOVER_EVERY_MS);
  }
  return samples;
}

/**
 * Opens the folder, opens `probes.paths` at once (none for a quiet opening),
 * and waits for the indexing within the budget; then asks for references of
 * `ready` (closed or not) and times the answer.
 */
async function indexFolder(client: BenchClient, folder: string, budgetMs: number, probes: Probes | null, cacheDir: string, ready: Probe | undefined): Promise<Indexing> {
  let diagnosticsPublished = 0;
  const cache: string[] = [];
  client.listen((m, p) => {
    if (m === 'textDocument/publishDiagnostics') diagnosticsPublished++;
    const message = m === 'window/logMessage' ? (p as { message: string }).message : '';
    if (message.startsWith('analysis cache') || message.startsWith('indexing')) cache.push(message);
  });
  const started = performance.now();
  let beginMs: number | null = null;
  void client.next((m, p) => m === '$/progress' && (p as { value?: { kind?: string } }).value?.kind === 'begin', budgetMs, 'indexing begin')
    .then(() => { beginMs = performance.now() - started; }, () => undefined);
  const end = client.indexed(budgetMs);
  let finished = false;
  end.then(() => { finished = true; }, () => { finished = true; });
  await client.initialize(folder, { cacheDir });
  for (const path of probes?.paths ?? []) await client.open(path);
  const hovers = await hoverUntil(client, probes?.hover ?? [], () => finished);
  const indexed = await end.then(() => true, () => false);
  const indexMs = indexed ? performance.now() - started : null;
  const memory = client.memory();
  let readyMs: number | null = null;
  if (indexed && ready) {
    await client.request('textDocument/references', { textDocument: { uri: ready.uri }, position: ready.position, context: { includeDeclaration: false } }, REQUEST_TIMEOUT_MS);
    readyMs = performance.now() - started;
  }
  return { indexed, beginMs, indexMs, readyMs, diagnosticsPublished, memory, hoverWhileIndexing: hovers.length ? summarize(hovers) : null, cache };
}

interface Latency extends Percentiles {
  /** The share of requests that got a non-empty answer (probes that hit something). */
  answered: number;
  /** The mean size of the answers that are lists. */
  meanItems: number;
}

/** At least this many requests are timed, whatever the budget says, so that a slow kind still gets a number. */
const MIN_SAMPLES = 5;

/**
 * `n` requests after a warm-up, fewer if the kind's time budget runs out
 * first (the count says so). The warm-up takes at most a tenth of the budget.
 */
async function latency(client: BenchClient, n: number, budgetMs: number, request: (i: number) => [string, unknown]): Promise<Latency> {
  const started = performance.now();
  let i = 0;
  for (; i < WARM_UP && performance.now() - started < budgetMs / 10; i++) await client.request(...request(i), REQUEST_TIMEOUT_MS);
  const samples: number[] = [];
  let answered = 0, items = 0;
  for (; samples.length < n && (samples.length < MIN_SAMPLES || performance.now() - started < budgetMs); i++) {
    const [method, params] = request(i);
    const sent = performance.now();
    const result = await client.request<unknown>(method, params, REQUEST_TIMEOUT_MS);
    samples.push(performance.now() - sent);
    const size = Array.isArray(result) ? result.length : result ? 1 : 0;
    if (size) answered++;
    items += size;
  }
  const count = samples.length || 1;
  return { ...summarize(samples), answered: answered / count, meanItems: items / count };
}

async function requestLatencies(client: BenchClient, probes: Probes, n: number, budgetMs: number): Promise<Record<string, Latency>> {
  const at = (list: Probe[], i: number): Probe => list[i % list.length]!;
  const doc = (p: Probe) => ({ textDocument: { uri: p.uri }, position: p.position });
  const outlineUris = [...new Set(probes.hover.map((p) => p.uri))];
  return {
    hover: await latency(client, n, budgetMs, (i) => ['textDocument/hover', doc(at(probes.hover, i))]),
    outline: await latency(client, n, budgetMs, (i) => ['textDocument/documentSymbol', { textDocument: { uri: outlineUris[i % outlineUris.length] } }]),
    references: await latency(client, n, budgetMs, (i) => ['textDocument/references', { ...doc(at(probes.references, i)), context: { includeDeclaration: false } }]),
    workspaceSymbols: await latency(client, n, budgetMs, (i) => ['workspace/symbol', { query: probes.queries[i % probes.queries.length] }]),
  };
}

/** Edits (then hovers after) that are timed; the hovers are fewer, each may regroup the whole folder index. */
interface EditPlan {
  edits: number;
  hovers: number;
}

type EditResult = Percentiles & { file: string; bytes: number; hoverAfterEdit: Percentiles };

/**
 * Inserts a word in the middle of the article and deletes it again, timing
 * each change to its diagnostics; then, a few times, a change and a hover on
 * a claim of the article (the first request after a change that asks the
 * folder index).
 */
async function editLatency(client: BenchClient, probes: Probes, alreadyOpen: boolean, plan: EditPlan): Promise<EditResult> {
  const { uri, text } = await client.open(probes.editPath);
  if (!alreadyOpen) await client.diagnostics(uri, 1, REQUEST_TIMEOUT_MS);
  const conv = new Converter(text);
  const insertAt = conv.position(text.indexOf(' ', Math.floor(text.length / 2)) + 1);
  const word = { start: insertAt, end: { line: insertAt.line, character: insertAt.character + EDIT_WORD.length } };
  let inserted = false;
  const change = (): Promise<number> => {
    inserted = !inserted;
    return inserted ? client.editAndWait(uri, { start: insertAt, end: insertAt }, EDIT_WORD, REQUEST_TIMEOUT_MS) : client.editAndWait(uri, word, '', REQUEST_TIMEOUT_MS);
  };
  const samples: number[] = [];
  for (let i = 0; i < plan.edits; i++) samples.push(await change());
  const hovers: number[] = [];
  for (let i = 0; i < plan.hovers; i++) {
    await change();
    const started = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: probes.editCue }, REQUEST_TIMEOUT_MS);
    hovers.push(performance.now() - started);
  }
  return { ...summarize(samples), file: basename(probes.editPath), bytes: Buffer.byteLength(text), hoverAfterEdit: summarize(hovers) };
}

async function withServer<T>(o: Options, run: (client: BenchClient) => Promise<T>): Promise<T> {
  const client = BenchClient.spawn(o.serverArgs, o.server);
  const kill = (): void => { client.child.kill('SIGKILL'); };
  process.once('exit', kill);
  try {
    return await run(client);
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\nserver log:\n${client.logs.join('')}`, { cause: e });
  } finally {
    await client.stop();
    process.removeListener('exit', kill);
  }
}

/** How long the first server may take to write its cache after the requests, before the second opening. */
const CACHE_WRITE_MS = 120_000;

/** Waits (polling: the file is the server's business) until the server has written a cache file into `cacheDir`. */
async function cacheWritten(cacheDir: string): Promise<boolean> {
  const folder = join(cacheDir, 'analyses');
  const started = performance.now();
  while (performance.now() - started < CACHE_WRITE_MS) {
    if (existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('.bin'))) return true;
    await pause(100);
  }
  return false;
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const probes = chooseProbes(o.folder);
  const cacheDir = mkdtempSync(join(tmpdir(), 'isnad-bench-cache-'));
  process.once('exit', () => rmSync(cacheDir, { recursive: true, force: true }));
  let cacheReady = false;
  const cold = await withServer(o, async (client) => {
    const indexing = await indexFolder(client, o.folder, o.budgetMs, o.quietIndexing ? null : probes, cacheDir, probes.references[0]);
    if (!indexing.indexed) return { indexing };
    if (o.quietIndexing) for (const path of probes.paths) await client.open(path);
    const requests = await requestLatencies(client, probes, o.requests, o.kindBudgetMs);
    const plan = { edits: o.edits, hovers: Math.max(MIN_SAMPLES, Math.round(o.edits / 6)) };
    const edit = await editLatency(client, probes, probes.paths.includes(probes.editPath), plan);
    cacheReady = o.warm && await cacheWritten(cacheDir);
    return { indexing, requests, edit };
  });
  const warm = o.warm && cold.indexing.indexed
    ? { ...await withServer(o, (client) => indexFolder(client, o.folder, o.budgetMs, null, cacheDir, probes.references[0])), cacheWritten: cacheReady }
    : null;
  const chosen = { openArticles: probes.paths.map((p) => basename(p)), hoverProbes: probes.hover.length, referenceProbes: probes.references.length, queries: probes.queries.length };
  const workers = process.env['ISNAD_INDEX_WORKERS'] ?? 'one per core';
  writeFileSync(o.out, JSON.stringify({ folder: o.folder, budgetMs: o.budgetMs, indexWorkers: workers, probes: chosen, ...cold, warm }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
