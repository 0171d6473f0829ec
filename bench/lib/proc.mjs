// Running a measured child process: wall time, peak memory and CPU share,
// with a timeout. Peak memory comes from GNU time (`/usr/bin/time -v`) when
// it is there, else from sampling the child's high-water mark in /proc (or
// its RSS through `ps`). Every child runs in a process group of its own, so
// a timeout or an interrupted bench ends it and whatever it started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;
const live = new Set();

/** Ends every child still running (their whole process groups). */
export function stopAll() {
  for (const child of live) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}

process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** Peak RSS in kB of a running process: VmHWM from /proc, else the current RSS from ps. */
function sampleKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    if (hwm) return Number(hwm[1]);
  } catch {
    // no /proc (macOS): ps below
  }
  const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  const kb = Number(ps.stdout?.trim());
  return Number.isFinite(kb) ? kb : 0;
}

function parseGnuTime(text) {
  const field = (name) => new RegExp(`${name}: (.+)`).exec(text)?.[1]?.trim();
  const cpu = field('Percent of CPU this job got');
  return {
    peakKb: Number(field('Maximum resident set size \\(kbytes\\)') ?? 0),
    cpuPercent: cpu ? Number(cpu.replace('%', '')) : null,
    userS: Number(field('User time \\(seconds\\)') ?? NaN),
    systemS: Number(field('System time \\(seconds\\)') ?? NaN),
  };
}

/**
 * Runs `command args` and measures it. `stdout`: 'ignore' (to /dev/null) or
 * 'pipe' (kept, returned). Never throws on the child's failure: the result
 * says how it ended.
 */
export function measure(command, args, { cwd, env, timeoutMs, stdout = 'ignore', quiet = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  const timeFile = join(dir, 'time.txt');
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd, env, detached: true, stdio: ['ignore', stdout, 'pipe'] });
  live.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => {
    err = (err + d).slice(-20_000);
    if (!quiet) process.stderr.write(d);
  });
  let sampledKb = 0;
  // without GNU time, the innermost process is the child itself
  const sampler = hasGnuTime ? null : setInterval(() => { sampledKb = Math.max(sampledKb, sampleKb(child.pid)); }, 50);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }, timeoutMs ?? 600_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      live.delete(child);
      const time = hasGnuTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : null;
      rmSync(dir, { recursive: true, force: true });
      resolve({
        code, signal, timedOut, wallMs,
        peakMB: (time?.peakKb ?? sampledKb) * 1024 / 1e6,
        cpuPercent: time?.cpuPercent ?? null,
        // CPU seconds (user + system) barely change when other work shares the machine; wall time does
        cpuS: time ? time.userS + time.systemS : null,
        memorySource: hasGnuTime ? '/usr/bin/time -v' : 'sampled every 50 ms',
        stdout: out,
        stderrTail: err.slice(-2000),
      });
    });
  });
}
