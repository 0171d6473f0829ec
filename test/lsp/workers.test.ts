// Folder indexing in the pool's worker threads (lsp/index-task.ts, served by
// the built dist/worker.js) against the same server analysing in its own
// thread (ISNAD_INDEX_WORKERS=0): the same diagnostics for every closed seed,
// the same hovers, references and workspace symbols (which read the text of
// articles the workers analysed without sending it back), and the same
// cache written for the next start.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, Location, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver';
import { LspClient, ROOT, SEEDS, positionOf, seedPath, uriOf } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-lsp-workers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WORKERS_LOG = /^indexing: \d+ articles analysed in (\d+) worker threads/;

/** The last diagnostics published for each closed seed. */
function diagnosticsOf(client: LspClient): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of client.received) {
    const p = r.params as PublishDiagnosticsParams;
    if (r.method === 'textDocument/publishDiagnostics' && p.uri.endsWith('.txt')) out[p.uri] = p.diagnostics;
  }
  return out;
}

/** Hovers, references and symbols on closed seeds: answered from the folder's analyses. */
async function answers(client: LspClient): Promise<unknown[]> {
  const text = readFileSync(seedPath(1), 'utf8');
  const uri = uriOf(seedPath(1));
  const at = (needle: string) => ({ textDocument: { uri }, position: positionOf(text, needle, { into: 2 }) });
  return [
    await client.request<Hover | null>('textDocument/hover', at('بمرور الوقت')),
    await client.request<Hover | null>('textDocument/hover', at('5200')),
    await client.request<Location[]>('textDocument/references', { ...at('جيمس جيفري'), context: { includeDeclaration: true } }),
    await client.request<SymbolInformation[]>('workspace/symbol', { query: 'جيفري' }),
    await client.request<SymbolInformation[]>('workspace/symbol', { query: 'القوات' }), // claim texts: read from disk
  ];
}

const logged = (client: LspClient, pattern: RegExp): Promise<string> =>
  client.waitFor((r) => r.method === 'window/logMessage' && pattern.test((r.params as { message: string }).message))
    .then((r) => (r.params as { message: string }).message);

async function run(workers: string, cacheDir: string): Promise<{ diagnostics: Record<string, unknown>; answers: unknown[]; logs: string[] }> {
  const client = await LspClient.start({ initializationOptions: { cacheDir }, env: { ISNAD_INDEX_WORKERS: workers } });
  const summary = logged(client, /^analysis cache: \d+ articles/);
  await client.indexed();
  const result = { answers: await answers(client), diagnostics: diagnosticsOf(client), logs: client.logs };
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
