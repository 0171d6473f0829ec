// `isnad analyze --input jsonl` in bounded memory: one run over the corpus as
// JSON lines (examples/archive/folder-to-jsonl.mjs), fed through stdin; the
// resident memory of the CLI's process (every thread) sampled from
// /proc/PID/status, and read when 1,000, 10,000 … articles have come out.
// Flat means the numbers stop growing once the workers are warm.
//
//   node bench/stream-memory.mjs CORPUS.jsonl [--jobs N]
// Prints, never asserts.
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [input, ...rest] = process.argv.slice(2);
if (!input) {
  console.error('usage: node bench/stream-memory.mjs CORPUS.jsonl [--jobs N]');
  process.exit(2);
}
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const child = spawn(process.execPath, [cli, 'analyze', '--input', 'jsonl', '--format', 'jsonl', ...rest], { stdio: ['pipe', 'pipe', 'inherit'] });
createReadStream(input).pipe(child.stdin);

const rssMb = () => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
};
let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, rssMb() ?? 0); }, 50);

const marks = new Set([1_000, 2_000, 5_000, 10_000, 20_000, 30_000]);
let lines = 0;
let tail = '';
const started = performance.now();
child.stdout.on('data', (chunk) => {
  const parts = (tail + chunk.toString('utf8')).split('\n');
  tail = parts.pop();
  for (let i = 0; i < parts.length; i++) {
    lines++;
    if (marks.has(lines)) {
      const now = rssMb() ?? 0;
      peak = Math.max(peak, now);
      console.log(`${String(lines).padStart(6)} articles out: RSS ${now.toFixed(0)} MB, peak so far ${peak.toFixed(0)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
});
child.on('exit', (code) => {
  clearInterval(sampler);
  console.log(`${String(lines).padStart(6)} articles out (exit ${code}): peak RSS ${peak.toFixed(0)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
