// A decision recorded while the folder's isnad.yaml is open in the editor
// with unsaved changes (issue 13): the decision goes into the editor's text
// as an edit (workspace/applyEdit), the file on disk is left alone, and once
// the editor holds the edit, the warning goes and the hover tells the decision.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver';
import type { RecordReviewArgs, RecordReviewResult } from '../../server/src/lsp/review-protocol.js';
import { LspClient, SEED_FILES, offsetOf, seedPath, uriOf } from './client.js';

const CONFIG = `articles:\n  ${SEED_FILES[1]}:\n    published: 2020-01-24\n`;
let client: LspClient;
let folder: string;
const edits: unknown[] = [];

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-review-open-'));
  copyFileSync(seedPath(1), join(folder, SEED_FILES[1]!));
  writeFileSync(join(folder, 'isnad.yaml'), CONFIG);
  client = await LspClient.start({ root: folder, applyEdit: (params) => { edits.push(params); return { applied: true }; } });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const textOf = (text: string, d: Diagnostic): string => text.slice(offsetOf(text, d.range.start), offsetOf(text, d.range.end));

test('with isnad.yaml open and unsaved, the decision is an edit of the editor\'s text; the disk is untouched', async () => {
  const configUri = uriOf(join(folder, 'isnad.yaml'));
  const buffer = `${CONFIG}# a note typed and not saved yet\n`;
  await client.open(join(folder, 'isnad.yaml'), buffer, 'yaml');
  const { uri, text } = await client.open(join(folder, SEED_FILES[1]!));
  const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'unsourced-figure' && textOf(text, d) === '5200 جندي');
  assert.ok(diagnostic);
  const args: RecordReviewArgs = { uri, range: diagnostic.range, figure: '5200 جندي', decision: 'not-a-figure', note: null };
  const result = await client.request<RecordReviewResult>('workspace/executeCommand', { command: 'isnad.recordReview', arguments: [args] });
  assert.deepEqual(result, { recorded: true, message: null });
  assert.equal(readFileSync(join(folder, 'isnad.yaml'), 'utf8'), CONFIG, 'the file on disk is left to the editor\'s save');
  assert.equal(edits.length, 1);
  const change = (edits[0] as { edit: { documentChanges: TextDocumentEdit[] } }).edit.documentChanges[0]!;
  assert.equal(change.textDocument.uri, configUri);
  assert.equal(change.textDocument.version, 1, 'for the buffer as the server saw it');
  const edit = change.edits[0] as { range: { start: unknown }; newText: string } | undefined;
  assert.match(edit!.newText, /reviews:\n {2}- file: .*\n {4}figure: 5200 جندي\n/);
  assert.deepEqual(edit!.range.start, { line: 4, character: 0 }, 'appended after the unsaved note, which is kept');

  // the editor applies it: its text now holds the decision, and the warning goes
  const mark = client.received.length;
  await client.replace(configUri, buffer + edit!.newText);
  const r = await client.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && client.received.indexOf(x) >= mark &&
    (x.params as PublishDiagnosticsParams).uri === uri && !(x.params as PublishDiagnosticsParams).diagnostics.some((d) => textOf(text, d) === '5200 جندي'));
  assert.ok(r);
});
