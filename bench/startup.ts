// Benchmark 4: start-up. The built server is started on seeds/ ten times;
// each time, from sending `initialize` to the first diagnostics (and to the
// end of indexing). Medians, since the first runs pay for a cold disk cache.
//   node --import tsx bench/startup.ts --out FILE [--runs 10]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchClient, ROOT } from './lib/lsp-client.js';
import { median } from './lib/stats.js';

const SEEDS = join(ROOT, 'seeds');
const TIMEOUT_MS = 30_000;

interface Run {
  /** From spawning the process to the answer to initialize. */
  spawnToInitializedMs: number;
  firstDiagnosticsMs: number;
  indexedMs: number;
}

async function once(): Promise<Run> {
  const spawned = performance.now();
  const client = BenchClient.spawn();
  try {
    const first = client.next((m) => m === 'textDocument/publishDiagnostics', TIMEOUT_MS, 'the first diagnostics');
    const end = client.indexed(TIMEOUT_MS);
    const started = performance.now();
    let firstAt = 0, endAt = 0;
    const firstSeen = first.then(() => { firstAt = performance.now(); });
    const endSeen = end.then(() => { endAt = performance.now(); });
    const both = Promise.all([firstSeen, endSeen]);
    both.catch(() => undefined); // awaited below; handled here too should initialize fail first
    await client.initialize(SEEDS);
    const initializedAt = performance.now();
    await both;
    return { spawnToInitializedMs: initializedAt - spawned, firstDiagnosticsMs: firstAt - started, indexedMs: endAt - started };
  } finally {
    await client.stop();
  }
}

async function main(): Promise<void> {
  const out = process.argv[process.argv.indexOf('--out') + 1];
  if (!out || !process.argv.includes('--out')) throw new Error('usage: startup.ts --out FILE [--runs N]');
  const count = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 10;
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) runs.push(await once());
  const med = (k: keyof Run): number => median(runs.map((r) => r[k]));
  writeFileSync(out, JSON.stringify({
    runs: count,
    firstDiagnosticsMs: med('firstDiagnosticsMs'),
    indexedMs: med('indexedMs'),
    spawnToInitializedMs: med('spawnToInitializedMs'),
    all: runs,
  }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
