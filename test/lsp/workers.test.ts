// Folder indexing in the pool's worker threads (lsp/index-task.ts, served by
// the built dist/worker.js) against the same server analysing in its own
// thread (ISNAD_INDEX_WORKERS=0): the same diagnostics for every closed seed,
// the same hovers, references and workspace symbols (which read the text of
// articles the workers analysed without sending it back), and the same
// cache written for the next start.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, diagnosticsOf, logged } from './closed-seeds.js';
import type { SymbolInformation } from 'vscode-languageserver';
import { LspClient, ROOT, SEEDS } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-lsp-workers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WORKERS_LOG = /^indexing: \d+ articles analysed in (\d+) worker threads/;

/** The server on the seeds with ISNAD_INDEX_WORKERS set to `workers` (undefined: not set, the default). */
async function run(workers: string | undefined, cacheDir: string): Promise<{ diagnostics: Record<string, unknown>; answers: unknown[]; logs: string[] }> {
  const env: Record<string, string> = workers === undefined ? {} : { ISNAD_INDEX_WORKERS: workers };
  const client = await LspClient.start({ initializationOptions: { cacheDir }, env });
  const summary = logged(client, /^analysis cache: \d+ articles/);
  await client.indexed();
  const result = { answers: await answers(client, true), diagnostics: diagnosticsOf(client), logs: client.logs };
  // a scan that analysed anything writes the cache after it
  if (/ [1-9]\d* analysed/.test(await summary)) await logged(client, /^analysis cache: wrote/);
  assert.equal(await client.stop(), 0);
  return result;
}

test('the seeds indexed in worker threads answer as those indexed in the server\'s thread', async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'worker.js')), 'dist/worker.js is built with the server');
  const inThread = await run('0', join(dir, 'in-thread'));
  const inWorkers = await run('2', join(dir, 'workers'));
  assert.ok(!inThread.logs.some((m) => WORKERS_LOG.test(m)), inThread.logs.join('\n'));
  assert.equal(inWorkers.logs.find((m) => WORKERS_LOG.test(m))?.match(WORKERS_LOG)?.[1], '2', inWorkers.logs.join('\n'));
  assert.ok(Object.keys(inWorkers.diagnostics).length > 0);
  assert.deepEqual(inWorkers.diagnostics, inThread.diagnostics);
  assert.deepEqual(inWorkers.answers, inThread.answers);
  assert.ok((inWorkers.answers[4] as SymbolInformation[]).length > 0, 'claim texts match (read from disk)');
  // the next start reads what the workers' analyses left in the cache, and answers alike
  const again = await run('2', join(dir, 'workers'));
  assert.ok(again.logs.some((m) => new RegExp(`^analysis cache: 5 articles of ${SEEDS}`).test(m)), again.logs.join('\n'));
  assert.deepEqual(again.answers, inThread.answers);
});

test('by default, a folder of under 1 MB is indexed in the server\'s thread, sooner than a worker starts, and answers alike', async () => {
  assert.equal(process.env['ISNAD_INDEX_WORKERS'], undefined, 'the test runs with the default');
  const inThread = await run('0', join(dir, 'default-in-thread'));
  const byDefault = await run(undefined, join(dir, 'default'));
  assert.ok(!byDefault.logs.some((m) => WORKERS_LOG.test(m)), byDefault.logs.join('\n'));
  assert.deepEqual(byDefault.diagnostics, inThread.diagnostics);
  assert.deepEqual(byDefault.answers, inThread.answers);
});
