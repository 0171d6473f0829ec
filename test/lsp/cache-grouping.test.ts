// The folder index's grouping kept in the cache folder (lsp/kept-grouping.ts)
// through the protocol: a first server on a copy of the seeds groups the
// folder and keeps it; a second start with every article as it was takes it
// instead of regrouping and answers as the first; an article changed,
// removed or added is another set of articles: the folder is grouped afresh
// (and kept again).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, logged } from './closed-seeds.js';
import { LspClient, SEEDS, SEED_FILES } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-lsp-grouping-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const folder = join(dir, 'folder');
const cache = join(dir, 'cache');

/** One start: whether it took the kept grouping, and what it answers; waits for what it writes for the next. */
async function start(): Promise<{ taken: boolean; answers: unknown[] }> {
  const client = await LspClient.start({ root: folder, initializationOptions: { cacheDir: cache } });
  const summary = logged(client, /^analysis cache: \d+ articles/);
  const kept = logged(client, /^analysis cache: folder index .* kept for the next start/);
  await client.indexed();
  // the grouping is settled on the turn after the end of indexing, before these requests arrive
  const result = await answers(client);
  const taken = client.logs.some((m) => m.includes('taken as kept, not regrouped'));
  if (/ [1-9]\d* analysed/.test(await summary)) await logged(client, /^analysis cache: wrote/);
  if (!taken) await kept; // written for the next start
  assert.equal(await client.stop(), 0);
  return { taken, answers: result };
}

test('a second start with the same articles takes the kept grouping; a change, a removal or an addition regroups', async () => {
  cpSync(SEEDS, folder, { recursive: true });
  const first = await start();
  assert.equal(first.taken, false);
  const second = await start();
  assert.equal(second.taken, true);
  assert.deepEqual(second.answers, first.answers);
  appendFileSync(join(folder, SEED_FILES[1]!), '\nسطر أخير\n');
  assert.equal((await start()).taken, false, 'an article changed');
  assert.equal((await start()).taken, true, 'kept again after the change');
  rmSync(join(folder, SEED_FILES[2]!));
  assert.equal((await start()).taken, false, 'an article removed');
  copyFileSync(join(SEEDS, SEED_FILES[2]!), join(folder, 'copy-of-002.txt'));
  assert.equal((await start()).taken, false, 'an article added');
});
