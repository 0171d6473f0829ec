// The worker side of the pool: runs the batches the pool sends, one after
// another, with the tasks it was given. A task that throws fails its batch
// (the pool fails the run); the worker itself goes on serving other runs.
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, Task, ToWorker, WorkerSetup } from './task.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of tasks of every type
type AnyTask = Task<any, any, any>;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** How much nicer a background worker is than its process: the scheduler gives a thread ten steps less nice about ten times its share. */
const BACKGROUND_NICER = 10;
/** The nicest a thread can be. */
const NICEST = 19;

/**
 * A background worker lowers its own priority, so that the thread that
 * started it (the language server's, answering the editor) gets a core
 * the moment it has work, however busy the workers are. Only on Linux,
 * where a thread's priority is its own: elsewhere setPriority would lower
 * the whole process, the server's thread with it.
 */
function yieldCores(): void {
  if (process.platform !== 'linux' || !(workerData as WorkerSetup | null)?.background) return;
  try {
    setPriority(Math.min(NICEST, getPriority() + BACKGROUND_NICER));
  } catch {
    // not allowed here (a container's limits): the worker runs at the usual priority
  }
}

export function serveTasks(tasks: readonly AnyTask[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  yieldCores();
  const registry = new Map(tasks.map((t) => [t.name, t]));
  const runs = new Map<number, (item: unknown) => unknown>();
  const failedStarts = new Map<number, string>();

  async function handle(m: ToWorker): Promise<FromWorker | null> {
    if (m.type === 'end') {
      runs.delete(m.run);
      failedStarts.delete(m.run);
      return null;
    }
    if (m.type === 'start') {
      const task = registry.get(m.task);
      try {
        if (!task) throw new Error(`no task named ${m.task} in this worker`);
        runs.set(m.run, task.start(m.setup));
      } catch (e) {
        failedStarts.set(m.run, message(e));
      }
      return null;
    }
    const run = runs.get(m.run);
    if (!run) return { type: 'failed', run: m.run, batch: m.batch, message: failedStarts.get(m.run) ?? `run ${m.run} was not started` };
    try {
      const results: unknown[] = [];
      for (const item of m.items) results.push(await run(item));
      return { type: 'results', run: m.run, batch: m.batch, results };
    } catch (e) {
      return { type: 'failed', run: m.run, batch: m.batch, message: message(e) };
    }
  }

  // one message at a time, in the order sent, even when a task is asynchronous
  let queue = Promise.resolve();
  port.on('message', (m: ToWorker) => {
    queue = queue.then(async () => {
      const answer = await handle(m);
      if (!answer) return;
      try {
        port.postMessage(answer);
      } catch (e) {
        // a result that cannot cross threads (a function, a class instance) fails its run, not the worker
        port.postMessage({ type: 'failed', run: answer.run, batch: answer.batch, message: message(e) } satisfies FromWorker);
      }
    });
  });
}
