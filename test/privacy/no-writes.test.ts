// Isnad reads articles and never writes them: after the CLI (every command
// and format) and the server (indexing, opening, editing, closing, file
// events, a settings change) have run on a copy of the seeds, every file has
// the same bytes and modification time, and no file has been added.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { LspClient, ROOT, SEEDS, buildServer, uriOf } from '../lsp/client.js';

let dir: string;
let snapshot: Map<string, { bytes: Buffer; mtimeMs: number }>;

function take(folder: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  return new Map(readdirSync(folder).sort().map((name) => {
    const path = join(folder, name);
    return [name, { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }];
  }));
}

function assertUntouched(): void {
  const now = take(dir);
  assert.deepEqual([...now.keys()], [...snapshot.keys()], 'no file added or removed');
  for (const [name, before] of snapshot) {
    const after = now.get(name)!;
    assert.ok(after.bytes.equals(before.bytes), `${name}: bytes changed`);
    assert.equal(after.mtimeMs, before.mtimeMs, `${name}: modified`);
  }
}

before(() => {
  buildServer();
  dir = mkdtempSync(join(tmpdir(), 'isnad-no-writes-'));
  cpSync(SEEDS, dir, { recursive: true });
  const first = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[1]!;
  writeFileSync(join(dir, 'legacy.txt'), iconv.encode(readFileSync(join(SEEDS, first), 'utf8'), 'windows-1256'));
  writeFileSync(join(dir, 'isnad.yaml'), `# the reviewer's notes stay as they are\narticles:\n  ${first}:\n    published: 2020-01-24\n`);
  // writable, as a reviewer's own files are (the seeds are read-only in the repository)
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
  snapshot = take(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the CLI, in every command and format, writes no article and no config', () => {
  const cli = join(ROOT, 'dist', 'cli.js');
  const runs = [['check'], ['check', '--format', 'json'], ['check', '--format', 'sarif'], ['analyze'], ['analyze', '--format', 'text'], ['analyze', '--format', 'jsonl']];
  for (const args of runs) {
    const r = spawnSync(process.execPath, [cli, args[0]!, dir, ...args.slice(1)], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: ${r.stderr}`);
  }
  assertUntouched();
});

test('the server, indexing, editing, closing and told of changes, writes no article and no config', async () => {
  const settings = { maxFileSizeMB: 5 };
  const client = await LspClient.start({ root: dir, settings });
  await client.indexed();
  const articles = [...snapshot.keys()].filter((f) => f.endsWith('.txt'));
  for (const name of articles) {
    const { uri } = await client.open(join(dir, name), readFileSync(join(dir, name), 'latin1'));
    await client.replace(uri, 'قال الوزير إن 300 جندي وصلوا.');
    await client.diagnostics(uri);
    await client.rpc.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  await client.rpc.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [...snapshot.keys()].map((name) => ({ uri: uriOf(join(dir, name)), type: 2 })),
  });
  settings.maxFileSizeMB = 1;
  await client.rpc.sendNotification('workspace/didChangeConfiguration', { settings: { isnad: settings } });
  await client.request('workspace/symbol', { query: '' });
  assert.equal(await client.stop(), 0);
  assertUntouched();
});
