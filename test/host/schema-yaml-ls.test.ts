// The schema as editors use it: the YAML language server (yaml-language-server,
// the server inside Red Hat's YAML extension for VS Code), started over stdio
// with schemas/isnad.schema.json associated to isnad.yaml as the manifest's
// yamlValidation does, completes the keys of isnad.yaml and reports what the
// schema refuses, at its line.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = join(__dirname, '..', '..');
const SCHEMA = pathToFileURL(join(ROOT, 'schemas', 'isnad.schema.json')).href;
const URI = 'file:///newsroom/desk/isnad.yaml';
const TEXT = 'rules:\n  \narticles:\n  a.txt:\n    published: 2024-13-02\n    \nspeakers:\n  - name: سامر الحلبي\n    type: robot\ncolour: blue\n';

interface Diagnostic { range: { start: { line: number; character: number } }; message: string }

let child: ChildProcessWithoutNullStreams;
let connection: MessageConnection;
let published: Promise<Diagnostic[]>;

before(async () => {
  child = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio']);
  connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const settings = { schemas: { [SCHEMA]: 'isnad.yaml' }, validate: true, completion: true, hover: true };
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  published = new Promise((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      if (p.uri === URI && p.diagnostics.length) resolve(p.diagnostics);
    });
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: TEXT } });
});

after(() => {
  connection.dispose();
  child.kill();
});

async function complete(line: number, character: number): Promise<string[]> {
  const r = await connection.sendRequest<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character } });
  return r.items.map((i) => i.label).sort();
}

test('it completes the rules, an article\'s fields and the top-level keys from the schema', async () => {
  await published; // the schema is loaded once the file is validated against it
  assert.deepEqual(await complete(1, 2), ['conflicting-figure', 'stale-review', 'unsourced-figure']);
  assert.deepEqual(await complete(5, 4), ['author', 'outlet', 'url'], 'published is already there');
  assert.deepEqual(await complete(10, 0), ['extends', 'files', 'ignore', 'reviews']);
});

test('it reports a bad date, an unknown speaker type and an unknown key at their lines', async () => {
  const diagnostics = await published;
  const at = diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message.split('\n')[0]}`);
  assert.ok(at.some((d) => d.startsWith('5: String does not match the pattern')), at.join(' | '));
  assert.ok(at.some((d) => d.startsWith('9: Value is not accepted')), at.join(' | '));
  assert.ok(at.some((d) => d.startsWith('10: Property colour is not allowed')), at.join(' | '));
});
