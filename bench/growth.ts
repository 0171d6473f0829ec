// Benchmark 5: growth. One article built from the seeds at 1×, 2×, 4× and 8×
// their size (the five seeds joined, then that repeated), analysed several
// times each; the median time per KB shows whether the analysis is linear,
// and the per-pass times show which pass is not.
//   node --import tsx bench/growth.ts --out FILE [--seeds DIR]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASSES, analyzeTimed, zeroTimes } from './lib/passes.js';
import type { PassTimes } from './lib/passes.js';

const FACTORS = [1, 2, 4, 8];
/** Runs per size: enough for a stable median, bounded on the largest. */
const RUNS = 7;
/** Rounds over every size before measuring, so that no size is timed on colder code than another. */
const WARM_UP_ROUNDS = 3;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function medianTimes(text: string): PassTimes {
  const runs: PassTimes[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = zeroTimes();
    analyzeTimed(text, {}, t);
    runs.push(t);
  }
  const totals = runs.map((t) => PASSES.reduce((n, p) => n + t[p], 0));
  // the passes of the run whose total is the median, so that they add up
  return runs[totals.indexOf(median(totals))]!;
}

function main(): void {
  const out = process.argv[process.argv.indexOf('--out') + 1];
  if (!out) throw new Error('usage: growth.ts --out FILE [--seeds DIR]');
  // a flag, not __dirname alone: bench/run.mjs runs this file bundled from elsewhere
  const dir = process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1]! : join(__dirname, '..', 'seeds');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const base = seeds.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
  const texts = FACTORS.map((factor) => Array.from({ length: factor }, () => base).join('\n\n'));
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const text of texts) analyzeTimed(text, {}, zeroTimes());
  const sizes = FACTORS.map((factor, i) => {
    const text = texts[i]!;
    const kb = Buffer.byteLength(text) / 1024;
    const passes = medianTimes(text);
    const ms = PASSES.reduce((n, p) => n + passes[p], 0);
    return { factor, kb, chars: text.length, ms, msPerKb: ms / kb, passes };
  });
  writeFileSync(out, JSON.stringify({ base: `the ${seeds.length} seeds joined`, runs: RUNS, sizes }));
}

main();
