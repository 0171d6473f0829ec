// Work that a pool of worker threads can run: a name (a worker finds the task
// by it in its registry, entry.ts) and how to start it. The setup of a run is
// sent once to each worker that takes part; then each item is sent in a batch
// and comes back as a result. Setups, items and results cross threads, so
// they must be plain data (structured-clonable: no functions or classes).

export interface Task<Setup, Item, Result> {
  readonly name: string;
  /** Called once per run in each worker (or in this thread); the function it returns is called on every item. */
  readonly start: (setup: Setup) => (item: Item) => Result | Promise<Result>;
}

export function defineTask<Setup, Item, Result>(
  name: string,
  start: (setup: Setup) => (item: Item) => Result | Promise<Result>,
): Task<Setup, Item, Result> {
  return { name, start };
}

/** What the pool sends a worker. */
export type ToWorker =
  | { type: 'start'; run: number; task: string; setup: unknown }
  | { type: 'batch'; run: number; batch: number; items: unknown[] }
  | { type: 'end'; run: number };

/** What a worker answers: a batch's results, in the order of its items, or why the task threw. */
export type FromWorker =
  | { type: 'results'; run: number; batch: number; results: unknown[] }
  | { type: 'failed'; run: number; batch: number; message: string };

/** What a worker is told when it starts (its workerData). */
export interface WorkerSetup {
  /** Yield the cores to the thread that started it: see PoolOptions.background. */
  background: boolean;
}
