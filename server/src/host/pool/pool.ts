// A pool of worker threads that runs a task on many items and gives the
// results back in the order of the items, while the workers run ahead by a
// bounded number of batches: memory holds at most that window, however many
// items there are, and a slow reader (a full stdout) slows the workers.
//
//   const pool = new WorkerPool({ workers: 2 });
//   for await (const result of pool.run(task, setup, items)) …   // in item order
//   await pool.close();
//
// or, for one run, `runInOrder(task, setup, items, { jobs })`, which runs in
// this thread alone when there is one job, and in this thread and jobs - 1
// workers otherwise. A task is defined with defineTask
// (task.ts) and listed in entry.ts, the script of dist/worker.js. The pool
// starts its workers at its first run and keeps them; idle, they do not keep
// the process alive. Leaving the loop early (break) ends the run: batches
// in flight finish and are dropped. A task that throws fails its run with
// the message; a worker that dies fails every run in progress with a
// PoolError (the pool starts new workers for the next run).
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, Task, ToWorker, WorkerSetup } from './task.js';

/**
 * Batches each worker holds at once: one it runs and two waiting, so it
 * never idles on a round trip, nor while this thread runs a batch of its
 * own (`local`) and cannot send it more. With one waiting, the CLI's worker
 * sat idle about a twentieth of the run (a CPU profile's idle samples) and
 * the corpus took 1.02x as long.
 */
const PER_WORKER = 3;
/** Batches the workers may run ahead of the reader, per worker. */
const AHEAD_PER_WORKER = 4;
const MAX_BATCH = 32;

export class PoolError extends Error {}

export interface PoolOptions {
  /** Worker threads; default `os.availableParallelism()`. */
  workers?: number;
  /** The worker's script; default dist/worker.js beside the running bundle (`workerScript()`). */
  script?: string;
  /**
   * Work behind a thread that must answer at once (the language server's):
   * the workers yield the cores to it (worker.ts, `background`).
   */
  background?: boolean;
}

export interface RunOptions {
  /** Items sent to a worker in one message. */
  batch?: number;
  /** Batches sent ahead of the one being read, over all workers. */
  ahead?: number;
  /**
   * This thread runs batches too, whenever the result it is to give next is
   * not ready: it would otherwise wait idle while the workers work. Its
   * results do not cross threads. Not for a thread that must stay
   * responsive (the language server's).
   */
  local?: boolean;
}

/** Below this many bytes of articles, starting worker threads takes longer than analysing them in this thread. */
export const WORTH_THREADS_BYTES = 1024 * 1024;

/** Whether these sizes add up to less than WORTH_THREADS_BYTES; takes only as many as it needs (they may be stat calls). */
export function fewBytes(sizes: Iterable<number>): boolean {
  let total = 0;
  for (const size of sizes) {
    total += size;
    if (total >= WORTH_THREADS_BYTES) return false;
  }
  return true;
}

/** A file's size, 0 when it cannot be stat'ed (that is reported when it is read). */
export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The sizes of the files, stat'ed one by one as they are asked for. */
export function* fileSizes(paths: Iterable<string>): Generator<number> {
  for (const path of paths) yield fileSize(path);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The number of worker threads to use by default: one per core. */
export const defaultJobs = (): number => availableParallelism();

/** dist/worker.js when this code runs from a bundle in dist/ (cli.js, server.js); null from the sources. */
export function workerScript(): string | null {
  const script = join(__dirname, 'worker.js');
  return existsSync(script) ? script : null;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not answered. */
  busy: number;
  /** Runs this worker has the setup of. */
  started: Set<number>;
}

class Run {
  sent = 0;
  taken = 0;
  exhausted = false;
  error: Error | null = null;
  readonly done = new Map<number, unknown[]>();
  private wake: (() => void) | null = null;

  constructor(
    readonly id: number,
    readonly task: string,
    readonly setup: unknown,
    private readonly items: Iterator<unknown>,
    readonly batch: number,
    readonly ahead: number,
  ) {}

  /** The next batch of items, or null when there are no more. */
  nextItems(): unknown[] | null {
    const items: unknown[] = [];
    while (items.length < this.batch) {
      const next = this.items.next();
      if (next.done) break;
      items.push(next.value);
    }
    if (items.length === 0) this.exhausted = true;
    return items.length ? items : null;
  }

  /** The results to give next are in. */
  ready(): boolean {
    return this.done.has(this.taken);
  }

  canSend(): boolean {
    return !this.exhausted && this.error === null && this.sent - this.taken < this.ahead;
  }

  notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** The results of the next batch in order; null after the last one. */
  async take(): Promise<unknown[] | null> {
    for (;;) {
      if (this.error) throw this.error;
      const results = this.done.get(this.taken);
      if (results) {
        this.done.delete(this.taken);
        this.taken++;
        return results;
      }
      if (this.exhausted && this.taken === this.sent) return null;
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
  }
}

export class WorkerPool {
  private slots: Slot[] = [];
  private readonly runs = new Map<number, Run>();
  private nextRun = 0;
  private closed = false;
  readonly size: number;
  private readonly script: string;
  private readonly background: boolean;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.workers ?? defaultJobs()));
    const script = options.script ?? workerScript();
    if (!script) throw new PoolError(`the worker script ${join(__dirname, 'worker.js')} is missing`);
    this.script = script;
    this.background = options.background ?? false;
  }

  /** Starts the workers ahead of a first run: they take a moment to load their script. Idle, they do not keep the process alive. */
  start(): void {
    if (this.closed || this.slots.length) return;
    this.spawn();
    this.refresh();
  }

  /** Runs `task` on each item in the workers; yields the results in the order of the items. */
  async *run<S, I, R>(task: Task<S, I, R>, setup: S, items: Iterable<I>, options: RunOptions = {}): AsyncGenerator<R> {
    if (this.closed) throw new PoolError('the pool is closed');
    if (this.slots.length === 0) this.spawn();
    const batch = Math.max(1, Math.floor(options.batch ?? MAX_BATCH));
    const threads = this.size + (options.local ? 1 : 0);
    const ahead = Math.max(1, Math.floor(options.ahead ?? AHEAD_PER_WORKER * threads));
    const run = new Run(this.nextRun++, task.name, setup, items[Symbol.iterator](), batch, ahead);
    this.runs.set(run.id, run);
    this.refresh();
    // the run's items are I (Run holds them as unknown)
    const start = options.local ? task.start(setup) : null;
    const here = start && ((item: unknown) => start(item as I));
    try {
      this.pump();
      for (;;) {
        if (here && !run.ready() && run.canSend()) {
          await this.runHere(run, here);
          // the event loop turns: the workers' results that came meanwhile are received and they are sent more, or
          // they would sit idle while this thread ran batch after batch (a fifth of a worker's time was so lost)
          await nextTurn();
          continue;
        }
        const results = await run.take();
        if (!results) break;
        this.pump(); // the window moved
        for (const result of results) yield result as R;
      }
    } finally {
      this.runs.delete(run.id);
      this.endRun(run.id);
      this.refresh();
    }
  }

  /** Runs the run's next batch in this thread, as a worker would: a task that throws fails the run with its message. */
  private async runHere(run: Run, here: (item: unknown) => unknown): Promise<void> {
    let items: unknown[] | null;
    try {
      items = run.nextItems();
    } catch (e) {
      run.error = e instanceof Error ? e : new Error(String(e));
      return;
    }
    if (!items) return;
    const number = run.sent++;
    const results: unknown[] = [];
    try {
      for (const item of items) results.push(await here(item));
    } catch (e) {
      run.error ??= new Error(e instanceof Error ? e.message : String(e));
      return;
    }
    run.done.set(number, results);
    this.pump(); // workers that finished meanwhile get more
  }

  /** Ends the workers; runs in progress fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.fail(new PoolError('the pool was closed'));
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(this.script, { workerData: { background: this.background } satisfies WorkerSetup });
      const slot: Slot = { worker, busy: 0, started: new Set() };
      slot.worker.on('message', (m: FromWorker) => this.receive(slot, m));
      slot.worker.on('error', (e) => this.crash(slot, `a worker thread failed: ${e.message}`));
      slot.worker.on('messageerror', (e) => this.crash(slot, `a worker thread sent what could not be read: ${e.message}`));
      slot.worker.on('exit', (code) => this.crash(slot, `a worker thread stopped (exit code ${code})`));
      this.slots.push(slot);
    }
  }

  /** Idle workers do not keep the process alive; workers with a run do. */
  private refresh(): void {
    for (const s of this.slots) {
      if (this.runs.size) s.worker.ref();
      else s.worker.unref();
    }
  }

  /** Sends batches while a run may run ahead and a worker has room. */
  private pump(): void {
    for (const run of this.runs.values()) {
      while (run.canSend()) {
        const slot = this.slots.reduce<Slot | null>((best, s) => (best === null || s.busy < best.busy ? s : best), null);
        if (!slot || slot.busy >= PER_WORKER) return;
        let items: unknown[] | null;
        try {
          items = run.nextItems();
        } catch (e) {
          run.error = e instanceof Error ? e : new Error(String(e));
          items = null;
        }
        if (!items) {
          run.notify();
          break;
        }
        try {
          if (!slot.started.has(run.id)) {
            slot.worker.postMessage({ type: 'start', run: run.id, task: run.task, setup: run.setup } satisfies ToWorker);
            slot.started.add(run.id);
          }
          slot.worker.postMessage({ type: 'batch', run: run.id, batch: run.sent, items } satisfies ToWorker);
        } catch (e) {
          // a setup or an item that cannot cross threads fails its run (this may run in a worker's message event)
          run.error = e instanceof Error ? e : new Error(String(e));
          run.notify();
          break;
        }
        run.sent++;
        slot.busy++;
      }
    }
  }

  private receive(slot: Slot, m: FromWorker): void {
    slot.busy--;
    const run = this.runs.get(m.run);
    if (run && run.error === null) {
      if (m.type === 'results') run.done.set(m.batch, m.results);
      else run.error = new Error(m.message);
      run.notify();
    }
    this.pump();
  }

  private endRun(id: number): void {
    for (const s of this.slots) {
      if (s.started.delete(id)) s.worker.postMessage({ type: 'end', run: id } satisfies ToWorker);
    }
  }

  private fail(error: Error): void {
    for (const run of this.runs.values()) {
      run.error ??= error;
      run.notify();
    }
  }

  /** A worker died: every run in progress fails, and the next run starts new workers. */
  private crash(slot: Slot, message: string): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const slots = this.slots;
    this.slots = [];
    this.fail(new PoolError(message));
    for (const s of slots) void s.worker.terminate();
  }
}

export interface InOrderOptions extends RunOptions {
  /** Worker threads; 1 runs in this thread; default one per core. */
  jobs?: number;
  script?: string;
}

/**
 * Runs `task` on every item, the results in the order of the items: in this
 * thread and `jobs - 1` worker threads, or in this thread alone when there is
 * one job, one item, or no worker script (running from the sources). This
 * thread takes batches whenever it waits: it has the analysis compiled and
 * warm from the start, while a worker spends its first second or two
 * compiling it, so N jobs are never slower than one. The workers end with
 * the run.
 */
export async function* runInOrder<S, I, R>(task: Task<S, I, R>, setup: S, items: readonly I[], options: InOrderOptions = {}): AsyncGenerator<R> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const script = options.script ?? workerScript();
  if (jobs === 1 || items.length <= 1 || !script) {
    const run = task.start(setup);
    for (const item of items) yield await run(item);
    return;
  }
  // small batches for few items, so that every worker gets some
  const batch = options.batch ?? Math.max(1, Math.min(MAX_BATCH, Math.ceil(items.length / (jobs * AHEAD_PER_WORKER * 2))));
  const pool = new WorkerPool({ workers: Math.min(jobs - 1, Math.ceil(items.length / batch)), script });
  try {
    yield* pool.run(task, setup, items, { ...options, batch, local: true });
  } finally {
    await pool.close();
  }
}
