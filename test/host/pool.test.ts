// The worker pool: results in the order of the items whatever order the
// workers finish in, a bounded window ahead of the reader, and failures
// (a task that throws, a result that cannot cross threads, a worker that
// dies) that end the run with an error instead of hanging it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { PoolError, WorkerPool, runInOrder } from '../../server/src/host/pool/pool.js';
import type { Task } from '../../server/src/host/pool/task.js';
import { exitTask, niceTask, squareTask, threadTask, throwTask, uncaughtTask, uncloneableTask } from './fixtures/pool-tasks.js';

const script = join(__dirname, 'fixtures', 'pool-worker.js');
const numbers = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

async function collect<R>(results: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of results) out.push(r);
  return out;
}

/** The error a run ends with. */
async function failure<S, R>(pool: WorkerPool, task: Task<S, number, R>, setup: S): Promise<unknown> {
  try {
    await collect(pool.run(task, setup, numbers(40), { batch: 3 }));
  } catch (e) {
    return e;
  }
  assert.fail('the run did not fail');
}

test('results come in the order of the items, in workers as in this thread', async () => {
  const items = numbers(200);
  const expected = items.map((n) => ({ n, square: n * n + 1, spin: true }));
  const inThread = await collect(runInOrder(squareTask, { offset: 1 }, items, { jobs: 1, script }));
  assert.deepEqual(inThread, expected);
  for (const batch of [1, 7, 32]) {
    const inWorkers = await collect(runInOrder(squareTask, { offset: 1 }, items, { jobs: 2, batch, script }));
    assert.deepEqual(inWorkers, expected, `batches of ${batch}`);
  }
});

test('with two jobs, this thread and one worker share the batches, the results in order', async () => {
  const results = await collect(runInOrder(threadTask, {}, numbers(120), { jobs: 2, batch: 4, script }));
  assert.deepEqual(results.map((r) => r.n), numbers(120));
  const here = results.filter((r) => r.main).length;
  assert.ok(here > 0 && here < 120, `${here} of 120 items in this thread`);
  // a task that throws in this thread fails the run as it would in a worker
  const failed = await collect(runInOrder(throwTask, {}, numbers(40), { jobs: 2, batch: 1, script })).then(() => null, (e: unknown) => e);
  assert.ok(failed instanceof Error && failed.message === 'no 5', String(failed));
});

test('the workers run at most `ahead` batches ahead of the reader', async () => {
  const pool = new WorkerPool({ workers: 2, script });
  let pulled = 0;
  function* items(): Generator<number> {
    for (const n of numbers(60)) {
      pulled++;
      yield n;
    }
  }
  try {
    let read = 0;
    for await (const r of pool.run(squareTask, { offset: 0 }, items(), { batch: 2, ahead: 3 })) {
      assert.equal(r.n, read);
      read++;
      // the batch being read, and at most three more
      assert.ok(pulled <= Math.ceil(read / 2) * 2 + 3 * 2, `${pulled} items sent when ${read} were read`);
      // a slow reader: work in this thread while the workers go on
      squareTask.start({ offset: 0 })(12);
    }
    assert.equal(read, 60);
  } finally {
    await pool.close();
  }
});

test('a task that throws fails its run with the message; the workers serve the next run', async () => {
  const pool = new WorkerPool({ workers: 2, script });
  try {
    const e = await failure(pool, throwTask, {});
    assert.ok(e instanceof Error && e.message === 'no 5', String(e));
    const again = await collect(pool.run(squareTask, { offset: 0 }, numbers(10)));
    assert.deepEqual(again.map((r) => r.square), numbers(10).map((n) => n * n));
  } finally {
    await pool.close();
  }
});

test('a result that cannot cross threads fails the run', async () => {
  const pool = new WorkerPool({ workers: 1, script });
  try {
    const e = await failure(pool, uncloneableTask, {});
    assert.ok(e instanceof Error && /could not be cloned/.test(e.message), String(e));
  } finally {
    await pool.close();
  }
});

test('an item that cannot cross threads fails the run, wherever it comes', async () => {
  const pool = new WorkerPool({ workers: 2, script });
  try {
    const items: unknown[] = [...numbers(30), () => 0, ...numbers(5)];
    await assert.rejects(collect(pool.run(squareTask, { offset: 0 }, items as number[], { batch: 2, ahead: 2 })), /could not be cloned/);
    await assert.rejects(collect(pool.run(squareTask, { offset: 0, f: () => 0 } as { offset: number }, numbers(4))), /could not be cloned/);
  } finally {
    await pool.close();
  }
});

test('a worker that dies fails the run with a PoolError instead of hanging it; the next run has new workers', async () => {
  const pool = new WorkerPool({ workers: 2, script });
  try {
    const exited = await failure(pool, exitTask, {});
    assert.ok(exited instanceof PoolError, String(exited));
    assert.match(exited.message, /a worker thread stopped \(exit code 7\)/);
    const uncaught = await failure(pool, uncaughtTask, {});
    assert.ok(uncaught instanceof PoolError, String(uncaught));
    assert.match(uncaught.message, /a worker thread failed: uncaught in the worker/);
    const again = await collect(pool.run(squareTask, { offset: 2 }, numbers(5)));
    assert.deepEqual(again.map((r) => r.square), [2, 3, 6, 11, 18]);
  } finally {
    await pool.close();
  }
});

test('a reader that stops early ends its run; the pool serves the next one, and closing ends the workers', async () => {
  const pool = new WorkerPool({ workers: 2, script });
  const first: number[] = [];
  for await (const r of pool.run(squareTask, { offset: 0 }, numbers(100), { batch: 4 })) {
    first.push(r.n);
    if (first.length === 10) break;
  }
  assert.deepEqual(first, numbers(10));
  const second = await collect(pool.run(squareTask, { offset: 0 }, numbers(20), { batch: 4 }));
  assert.equal(second.length, 20);
  await pool.close();
  await assert.rejects(collect(pool.run(squareTask, { offset: 0 }, numbers(3))), PoolError);
});

test('workers started ahead of a run serve it; asking again, or after the pool is closed, does nothing', async () => {
  const pool = new WorkerPool({ workers: 2, script });
  pool.start();
  pool.start();
  const results = await collect(pool.run(threadTask, null, numbers(12), { batch: 2 }));
  assert.deepEqual(results.map((r) => r.n), numbers(12));
  assert.ok(results.every((r) => !r.main));
  await pool.close();
  assert.doesNotThrow(() => pool.start());
});

test('a background pool\'s workers yield the cores to this thread; the others run at its priority', { skip: process.platform !== 'linux' && 'a thread has its own priority on Linux only' }, async () => {
  const here = getPriority();
  for (const [background, expected] of [[true, Math.min(19, here + 10)], [false, here]] as const) {
    const pool = new WorkerPool({ workers: 2, script, background });
    try {
      const nice = await collect(pool.run(niceTask, {}, numbers(8), { batch: 1 }));
      assert.deepEqual(new Set(nice), new Set([expected]), `background: ${background}`);
    } finally {
      await pool.close();
    }
  }
  assert.equal(getPriority(), here, 'this thread keeps its priority');
});
