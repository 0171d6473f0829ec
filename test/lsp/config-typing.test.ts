// Typing in a large isnad.yaml open in the editor (issue 13): an archive's
// lists every article, and parsing it takes seconds. It is parsed by a worker
// thread, so a hover asked while it is parsed is answered first, before the
// new problems of the file are published; and a change that leaves what the
// articles are told as it was does not analyse the folder again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { LspClient, SEED_FILES, positionOf, seedPath, uriOf } from './client.js';

let client: LspClient;
let folder: string;
const entries = Array.from({ length: 30_000 }, (_, i) => `  snn-${String(i).padStart(6, '0')}.txt:\n    published: 2015-03-01\n    outlet: مصدر`);
const CONFIG = `articles:\n  ${SEED_FILES[1]}:\n    published: 2020-01-24\n${entries.join('\n')}\n`;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-config-typing-'));
  copyFileSync(seedPath(1), join(folder, SEED_FILES[1]!));
  writeFileSync(join(folder, 'isnad.yaml'), CONFIG);
  client = await LspClient.start({ root: folder });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('a hover asked while a large open isnad.yaml is parsed is answered before the parse ends', async () => {
  const { uri, text } = await client.open(join(folder, SEED_FILES[1]!));
  await client.diagnostics(uri);
  const configUri = uriOf(join(folder, 'isnad.yaml'));
  await client.open(join(folder, 'isnad.yaml'), CONFIG, 'yaml');
  const mark = client.received.length;
  const scans = client.received.filter((r) => r.method === '$/progress').length;
  await client.replace(configUri, `${CONFIG}unknown: 1\n`); // a problem to publish when the parse is done
  const published = client.waitFor((r) => r.method === 'textDocument/publishDiagnostics' && client.received.indexOf(r) >= mark &&
    (r.params as PublishDiagnosticsParams).uri === configUri && (r.params as PublishDiagnosticsParams).diagnostics.some((d) => /unknown key "unknown"/.test(String(d.message))));
  await new Promise((done) => setTimeout(done, 400)); // past the pause before a config is read again (150 ms)
  await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '5200 جندي', { into: 1 }) });
  const answeredAt = client.received.length;
  await published;
  const publishedAt = client.received.findIndex((r, i) => i >= mark && r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === configUri);
  assert.ok(publishedAt >= answeredAt, 'the hover was answered while isnad.yaml was parsed, not after');
  await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(client.received.filter((r) => r.method === '$/progress').length, scans, 'the articles are told the same: no new scan');
});
