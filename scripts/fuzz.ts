// npm run fuzz [-- --seed N] [-- --scale X]: 100,000 random inputs through
// the analysis core (random Unicode, lexicon-built Arabic, mutated seeds, and
// the context of random isnad.yaml files), plus isnad.yaml and byte strings
// through the parser and the decoder. Fails with fast-check's shrunk input
// on the first exception or unsound model; otherwise reports the slowest
// inputs (absolute, and per KB), timed again to set GC pauses aside.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../server/src/analysis/index.js';
import { fuzz, quietYamlKeyWarnings } from '../test/fuzz/properties.js';
import type { FuzzRuns, TimedInput, Timings } from '../test/fuzz/properties.js';

const RUNS: FuzzRuns = { unicode: 40_000, tokens: 30_000, seeds: 15_000, configs: 15_000, bytes: 20_000 };

const { values } = parseArgs({ options: { seed: { type: 'string' }, scale: { type: 'string' } } });
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
const scale = values.scale ? Number(values.scale) : 1;
const runs = Object.fromEntries(Object.entries(RUNS).map(([k, n]) => [k, Math.max(1, Math.round(n * scale))])) as unknown as FuzzRuns;

/** The median of three more runs of an input: the fuzz timing may include a GC pause. */
function retime({ text, context }: TimedInput): number {
  const times = [0, 1, 2].map(() => {
    const t = performance.now();
    analyzeArticle(text, context);
    return performance.now() - t;
  });
  return times.sort((a, b) => a - b)[1]!;
}

/** Saves an input (the article, and its context as JSON beside it) for a profiling run. */
function keep(name: string, { text, context }: TimedInput): string {
  const path = join(tmpdir(), `isnad-fuzz-${name}.txt`);
  writeFileSync(path, text);
  writeFileSync(`${path}.context.json`, JSON.stringify(context, null, 2));
  return path;
}

const kb = (input: TimedInput): number => Buffer.byteLength(input.text) / 1024;

function describe(kind: string, t: Timings): string {
  const slowest = t.slowest[0], perKB = t.slowestPerKB[0];
  return `${kind.padEnd(8)} ${String(t.inputs).padStart(6)} inputs; slowest ${slowest ? `${slowest.score.toFixed(1)} ms (${kb(slowest.input).toFixed(1)} KB)` : '-'}; `
    + `most per KB ${perKB ? `${perKB.score.toFixed(2)} ms/KB (${kb(perKB.input).toFixed(1)} KB)` : '- (all under 1 KB)'}`;
}

/** The kept inputs timed again; the worst of them, by `score`. */
function worstRetimed(kept: { input: TimedInput }[], score: (ms: number, input: TimedInput) => number): { input: TimedInput; value: number } {
  return kept.map(({ input }) => ({ input, value: score(retime(input), input) })).sort((a, b) => b.value - a.value)[0]!;
}

quietYamlKeyWarnings();
const started = performance.now();
console.log(`isnad fuzz: seed ${seed} (repeat with npm run fuzz -- --seed ${seed})`);
const report = fuzz(runs, seed, (kind) => console.log(`  ${kind} …`));
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\n${report.core.inputs} inputs through the core, ${report.configs} isnad.yaml through the parser, ${report.bytes} byte strings through the decoder, in ${seconds} s: no exception.`);
console.log('First timings (a GC pause or a cold start may be in them):');
for (const [kind, t] of Object.entries(report.byKind)) console.log(`  ${describe(kind, t)}`);
const perKB = worstRetimed(report.core.slowestPerKB, (ms, input) => ms / kb(input));
const slowest = worstRetimed(report.core.slowest, (ms) => ms);
console.log(`Largest time per KB, the ${report.core.slowestPerKB.length} worst timed again: ${perKB.value.toFixed(2)} ms/KB on ${kb(perKB.input).toFixed(1)} KB (kept in ${keep('per-kb', perKB.input)})`);
console.log(`Slowest input, the ${report.core.slowest.length} slowest timed again: ${slowest.value.toFixed(1)} ms on ${kb(slowest.input).toFixed(1)} KB (kept in ${keep('slowest', slowest.input)})`);
