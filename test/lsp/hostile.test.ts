// The server on what real archives hold (issue 6): files in a legacy
// encoding, binary files and files over isnad.maxFileSizeMB get a notice on
// the file and the rest of the folder is analysed; a changed limit takes
// effect; half-typed isnad.yaml keeps the last good configuration; a
// cancelled workspace request is answered RequestCancelled; an article that
// breaks the analysis leaves a notice, not a dead server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver';
import { analyse } from '../../server/src/lsp/articles.js';
import { LspClient, SEED_FILES, positionOf, seedPath, uriOf } from './client.js';
import { randomBytes } from '../fixtures/hostile/generate.js';

let dir: string;
const SEED = SEED_FILES[1]!;
const seed = readFileSync(seedPath(1), 'utf8');
/** A limit the seed is under and three copies of it are over. */
const LIMIT_MB = (2 * Buffer.byteLength(seed)) / (1024 * 1024);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-lsp-hostile-'));
  copyFileSync(seedPath(1), join(dir, SEED));
  writeFileSync(join(dir, 'legacy.txt'), iconv.encode(seed, 'windows-1256'));
  writeFileSync(join(dir, 'scan.txt'), randomBytes(4096));
  writeFileSync(join(dir, 'long.txt'), `${seed}\n`.repeat(3));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const published = (client: LspClient, path: string, test: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> =>
  client.waitFor((r) => r.method === 'textDocument/publishDiagnostics'
    && (r.params as PublishDiagnosticsParams).uri === uriOf(path) && test((r.params as PublishDiagnosticsParams).diagnostics))
    .then((r) => (r.params as PublishDiagnosticsParams).diagnostics);

const text = (d: Diagnostic | undefined): string => (typeof d?.message === 'string' ? d.message : '');
const findings = (ds: Diagnostic[]): string[] => ds.filter((d) => d.code === 'unsourced-figure').map((d) => `${JSON.stringify(d.range)} ${d.message}`);

test('a folder scan: legacy encoding analysed with a notice, binary and too-large files get a notice naming why', async () => {
  const settings = { maxFileSizeMB: LIMIT_MB };
  const client = await LspClient.start({ root: dir, settings });
  const valid = await published(client, join(dir, SEED));
  assert.ok(findings(valid).length > 0);
  const legacy = await published(client, join(dir, 'legacy.txt'));
  assert.equal(legacy[0]?.code, 'encoding');
  assert.equal(legacy[0]?.severity, 3);
  assert.match(text(legacy[0]), /Windows-1256/);
  assert.deepEqual(findings(legacy), findings(valid), 'the same findings at the same places as the UTF-8 seed');
  const binary = await published(client, join(dir, 'scan.txt'));
  assert.equal(binary.length, 1);
  assert.equal(binary[0]?.code, 'unreadable');
  assert.match(text(binary[0]), /binary file/);
  const long = await published(client, join(dir, 'long.txt'));
  assert.equal(long[0]?.code, 'unreadable');
  assert.match(text(long[0]), /larger than the [\d.]+ MB limit \(raise isnad\.maxFileSizeMB to analyse it\)/);
  // an open document over the limit: the editor's text is not analysed either
  const { uri } = await client.open(join(dir, 'typed.txt'), `${seed}\n`.repeat(3));
  const [notice] = await client.diagnostics(uri);
  assert.equal(notice?.code, 'too-large');
  assert.match(text(notice), /isnad\.maxFileSizeMB/);
  // raising the limit reads the folder again: the long file is analysed now
  settings.maxFileSizeMB = 5;
  await client.rpc.sendNotification('workspace/didChangeConfiguration', { settings: { isnad: settings } });
  const now = await published(client, join(dir, 'long.txt'), (ds) => ds.some((d) => d.code === 'unsourced-figure'));
  assert.equal(findings(now).length, 3 * findings(valid).length);
  assert.deepEqual(client.logs.filter((l) => /failed/.test(l)), [], 'no handler failed');
  assert.ok(client.logs.some((l) => /skipped .*scan\.txt: binary file/.test(l)), 'the skipped file is in the log too');
  assert.equal(await client.stop(), 0);
});

test('broken isnad.yaml while typing: the last good configuration stays in force until it is fixed', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'isnad-lsp-lastgood-'));
  const article = SEED_FILES[4]!;
  copyFileSync(seedPath(4), join(folder, article));
  const good = `articles:\n  ${article}:\n    published: 2024-01-12\n`;
  writeFileSync(join(folder, 'isnad.yaml'), good);
  const client = await LspClient.start({ root: folder });
  const configUri = uriOf(join(folder, 'isnad.yaml'));
  await client.open(join(folder, 'isnad.yaml'), good, 'yaml');
  const { uri, text: original } = await client.open(join(folder, article));
  const at = { textDocument: { uri }, position: positionOf(original, 'أمس الخميس', { into: 2 }) };
  assert.match(JSON.stringify(await client.request<Hover | null>('textDocument/hover', at)), /2024-01-11/);
  await client.replace(configUri, `articles:\n  ${article}:\n    published: [2024-01-12\n`);
  const problems = await published(client, join(folder, 'isnad.yaml'), (ds) => ds.length > 0);
  assert.ok(problems.some((d) => /^syntax:/.test(text(d))), JSON.stringify(problems));
  assert.ok(problems.some((d) => /last valid configuration/.test(text(d)) && d.severity === 3));
  // the article analysed again (an edit) still takes its date from the last good isnad.yaml
  await client.replace(uri, `${original}\n`);
  await client.diagnostics(uri);
  assert.match(JSON.stringify(await client.request<Hover | null>('textDocument/hover', at)), /2024-01-11/);
  // fixed: the notice goes, and the new date applies
  await client.replace(configUri, `articles:\n  ${article}:\n    published: 2024-01-19\n`);
  await published(client, join(folder, 'isnad.yaml'), (ds) => ds.length === 0);
  await client.replace(uri, `${original}\n\n`);
  await client.diagnostics(uri);
  assert.match(JSON.stringify(await client.request<Hover | null>('textDocument/hover', at)), /2024-01-18/);
  assert.equal(await client.stop(), 0);
  rmSync(folder, { recursive: true, force: true });
});

test('a cancelled workspace request is answered RequestCancelled, and the server keeps answering', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'isnad-lsp-cancel-'));
  for (let i = 0; i < 60; i++) copyFileSync(seedPath(i % SEED_FILES.length), join(folder, `${String(i).padStart(3, '0')}.txt`));
  const client = await LspClient.start({ root: folder });
  // while the folder is being indexed, which the request would wait for
  await client.waitFor((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'begin');
  const source = new CancellationTokenSource();
  source.cancel();
  await assert.rejects(client.rpc.sendRequest('workspace/symbol', { query: 'جيفري' }, source.token), (e: { code?: number }) => e.code === -32800);
  await client.indexed();
  const symbols = await client.request<unknown[]>('workspace/symbol', { query: '' });
  assert.ok(symbols.length > 0);
  assert.equal(await client.stop(), 0);
  rmSync(folder, { recursive: true, force: true });
});

test('an analysis that throws leaves the article with a notice and logs; the server goes on', () => {
  const logged: unknown[] = [];
  const entry = analyse({ uri: 'file:///a.txt', path: '/a.txt', text: 'نص', version: 1 }, null, (e) => logged.push(e), 1024, () => {
    throw new RangeError('Maximum call stack size exceeded');
  });
  assert.equal(entry.article, null);
  assert.equal(entry.notice?.code, 'analysis-failed');
  assert.equal(logged.length, 1);
  const fine = analyse({ uri: 'file:///b.txt', path: '/b.txt', text: seed, version: 1, encodingNotice: 'Read as Windows-1256' }, null, () => undefined, 1024 * 1024);
  assert.ok(fine.article && fine.article.claims.length > 0);
  assert.equal(fine.notice?.code, 'encoding');
});
