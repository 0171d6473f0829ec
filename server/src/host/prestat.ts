// The stat of each file of a scan, taken in a thread of its own ahead of the
// scan. A warm start takes most of an archive from the cache by the stat
// shortcut (cache.ts), so it stats every file: 31,030 calls that were a
// tenth of the main thread's time, and as many Stats objects for its
// collector. The thread loads no module of ours (it starts from the source
// below, in a few milliseconds) and sends the stats back in batches, as
// numbers in typed arrays. The scan takes a file's stat from here when it
// has come, and stats the file itself when not: it never waits.
import { Worker } from 'node:worker_threads';

/** What the stat shortcut reads of a stat. */
export interface FileStat {
  isFile(): boolean;
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Numbers per file: kind (0 no stat, 1 a regular file, 2 anything else), size, mtime, inode. */
const FIELDS = 4;
const BATCH = 1024;

/** The thread: statSync of each path, in order, BATCH at a time. */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const { paths } = workerData;
for (let from = 0; from < paths.length; from += ${BATCH}) {
  const to = Math.min(paths.length, from + ${BATCH});
  const out = new Float64Array((to - from) * ${FIELDS});
  for (let i = from, k = 0; i < to; i++, k += ${FIELDS}) {
    let s;
    try { s = statSync(paths[i], { throwIfNoEntry: false }); } catch { s = undefined; }
    if (!s) continue;
    out[k] = s.isFile() ? 1 : 2; out[k + 1] = s.size; out[k + 2] = s.mtimeMs; out[k + 3] = s.ino;
  }
  parentPort.postMessage({ from, out }, [out.buffer]);
}
`;

const yes = (): boolean => true;
const no = (): boolean => false;

export class Prestat {
  /** FIELDS numbers per path; NaN until its batch has come. */
  private readonly numbers: Float64Array;
  private worker: Worker | null;

  constructor(paths: readonly string[]) {
    this.numbers = new Float64Array(paths.length * FIELDS).fill(Number.NaN);
    this.worker = paths.length ? new Worker(SOURCE, { eval: true, workerData: { paths } }) : null;
    this.worker?.unref();
    this.worker?.on('message', (m: { from: number; out: Float64Array }) => this.numbers.set(m.out, m.from * FIELDS));
    // a thread that cannot run leaves every stat to the caller
    this.worker?.on('error', () => this.close());
  }

  /** The stat of the i-th path: undefined when it has not come yet, null when the file could not be stat'ed. */
  get(i: number): FileStat | null | undefined {
    const k = i * FIELDS;
    const kind = this.numbers[k];
    if (kind === undefined || Number.isNaN(kind)) return undefined;
    if (kind === 0) return null;
    return { isFile: kind === 1 ? yes : no, size: this.numbers[k + 1]!, mtimeMs: this.numbers[k + 2]!, ino: this.numbers[k + 3]! };
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
