// CPU time of each thread of a process, for telling what a slow number is
// made of: the language server's main thread, its index workers, and V8's
// own threads (parallel scavenges, concurrent marking and compiling), which
// a CPU profile does not show and which take cores from the workers. Load it
// into the process measured (Linux: it reads /proc/self/task):
//   NODE_OPTIONS="--require ./bench/thread-cpu.js" node --import tsx bench/lsp.ts FOLDER --out /tmp/lsp.json --no-warm
// Every second it appends one line to /tmp/isnad-threads-PID.txt: seconds
// since start, then the CPU seconds so far of the main thread and of each
// other thread, most first (Node names them all "node": the workers are the
// large ones); and it keeps the main thread's garbage-collection pauses by
// kind in /tmp/isnad-threads-PID.txt.gc.json. A script of bench/ (the
// bench's own process) is left alone, so only the server it starts writes.
const { appendFileSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { isMainThread } = require('node:worker_threads');

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux). */
const TICKS = 100;
const GC_KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

function watch() {
  const out = `/tmp/isnad-threads-${process.pid}.txt`;
  const pauses = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = GC_KINDS[entry.detail?.kind] ?? 'other';
      pauses[kind] ??= { count: 0, ms: 0 };
      pauses[kind].count++;
      pauses[kind].ms += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  // a thread that ended (a worker closed) keeps its last reading
  const seconds = new Map();
  const sample = () => {
    for (const id of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seconds.set(id, (Number(fields[11]) + Number(fields[12])) / TICKS);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    const others = [...seconds].filter(([id]) => id !== String(process.pid)).map(([, s]) => s).sort((x, y) => y - x);
    const main = seconds.get(String(process.pid)) ?? 0;
    appendFileSync(out, `${process.uptime().toFixed(1)} s: main ${main.toFixed(2)}; others ${others.map((s) => s.toFixed(2)).join(' ')} CPU-s\n`);
    writeFileSync(`${out}.gc.json`, JSON.stringify(pauses));
  };
  setInterval(sample, 1000).unref();
  process.on('exit', sample);
}

if (isMainThread && process.platform === 'linux' && !/[\\/]bench[\\/]/.test(process.argv[1] ?? '')) watch();
