// The cache of analyses through the protocol: a first server on the seeds,
// given a cache folder as the client gives its storage folder, writes it
// after indexing (never into the seeds folder); a second server on the same
// folder reads every article from it and publishes the same diagnostics and
// hovers. A server given no cache folder writes nothing. A file whose stat is
// as the cache saw it is not read; a touched one is read and hits by hash;
// a changed one is analysed again.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Location } from 'vscode-languageserver';
import { answers, diagnosticsOf, logged } from './closed-seeds.js';
import { LspClient, SEEDS, SEED_FILES, seedPath, uriOf } from './client.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'isnad-lsp-cache-'));
after(() => rmSync(cacheDir, { recursive: true, force: true }));




/** A copy of the seeds, last modified an hour ago (old enough for the stat shortcut), and a cache folder of its own. */
function seedsCopy(name: string): { folder: string; cache: string } {
  const folder = join(cacheDir, name);
  cpSync(SEEDS, folder, { recursive: true });
  const hourAgo = (Date.now() - 3_600_000) / 1000;
  for (const file of SEED_FILES) utimesSync(join(folder, file), hourAgo, hourAgo);
  return { folder, cache: join(cacheDir, `${name}-cache`) };
}

async function run(): Promise<{ diagnostics: Record<string, unknown>; answers: unknown[]; log: string }> {
  const client = await LspClient.start({ initializationOptions: { cacheDir } });
  const log = logged(client, /^analysis cache: \d+ articles/);
  await client.indexed();
  const written = logged(client, /^analysis cache: wrote/);
  // the answers come after every diagnostics notification the scan sent
  const result = { answers: await answers(client), diagnostics: diagnosticsOf(client), log: await log };
  if (/ [1-9]\d* analysed/.test(result.log)) await written;
  assert.equal(await client.stop(), 0);
  return result;
}

test('a second start reads every seed from the cache and answers as the first', async () => {
  const seedsBefore = readdirSync(SEEDS).sort();
  const first = await run();
  assert.match(first.log, new RegExp(`0 articles of .* from the cache .*, ${SEED_FILES.length} analysed`));
  assert.deepEqual(readdirSync(SEEDS).sort(), seedsBefore, 'nothing is written into the folder');
  assert.ok(readdirSync(join(cacheDir, 'analyses')).some((f) => f.endsWith('.bin')));
  const second = await run();
  assert.match(second.log, new RegExp(`${SEED_FILES.length} articles of .* from the cache .*, 0 analysed`));
  // closed files with nothing to report are not published: the client has nothing to clear
  assert.ok(Object.keys(second.diagnostics).length > 0);
  for (const [uri, list] of Object.entries(second.diagnostics)) assert.ok((list as unknown[]).length > 0, uri);
  assert.deepEqual(second.diagnostics, first.diagnostics);
  assert.deepEqual(second.answers, first.answers);
  assert.ok((first.answers[2] as Location[]).some((l) => l.uri === uriOf(seedPath(0))), 'references reach 000');
});

test('without a cache folder nothing is cached', async () => {
  const client = await LspClient.start();
  await client.indexed();
  await answers(client);
  assert.equal(await client.stop(), 0);
  assert.ok(!client.logs.some((m) => m.startsWith('analysis cache')), client.logs.join('\n'));
});

test('unchanged files are not read, a touched one hits by hash, a changed one is analysed again', async () => {
  const { folder, cache } = seedsCopy('copy');
  const start = async (): Promise<string> => {
    const client = await LspClient.start({ root: folder, initializationOptions: { cacheDir: cache } });
    const log = logged(client, /^analysis cache: \d+ articles/);
    await client.indexed();
    const summary = await log;
    if (/ [1-9]\d* analysed/.test(summary)) await logged(client, /^analysis cache: wrote/);
    assert.equal(await client.stop(), 0);
    return summary;
  };
  assert.match(await start(), new RegExp(`0 articles of .* from the cache \\(0 of them not read\\), ${SEED_FILES.length} analysed`));
  const now = Date.now() / 1000;
  utimesSync(join(folder, SEED_FILES[0]!), now, now); // touched: same text
  appendFileSync(join(folder, SEED_FILES[1]!), '\nسطر أخير\n'); // changed
  const n = SEED_FILES.length;
  assert.match(await start(), new RegExp(`${n - 1} articles of .* from the cache \\(${n - 2} of them not read\\), 1 analysed`));
});

test('an article open in the editor is cached under the editor\'s text: the next start takes it if the file holds that text', async () => {
  const { folder, cache } = seedsCopy('open');
  const first = await LspClient.start({ root: folder, initializationOptions: { cacheDir: cache } });
  const written = logged(first, /^analysis cache: wrote/);
  // opened before the scan: one as saved, one with an edit not saved
  await first.open(join(folder, SEED_FILES[0]!));
  const { uri, text } = await first.open(join(folder, SEED_FILES[1]!));
  await first.replace(uri, `${text}\nسطر لم يحفظ بعد\n`);
  await first.indexed();
  await written;
  assert.equal(await first.stop(), 0);
  const second = await LspClient.start({ root: folder, initializationOptions: { cacheDir: cache } });
  const summary = logged(second, /^analysis cache: \d+ articles/);
  await second.indexed();
  const n = SEED_FILES.length;
  // the saved one is read and hashed (an open document has no stamp), the edited one analysed again
  assert.match(await summary, new RegExp(`${n - 1} articles of .* from the cache \\(${n - 2} of them not read\\), 1 analysed`));
  assert.equal(await second.stop(), 0);
});
