// isnad.importArticles over the protocol, as the editor's "Import Article…"
// sends it: a saved page and a Word document become articles of the
// workspace folder, analysed and published at once; a second import is
// recognised; a changed article is a conflict until overwrite; a folder
// outside the workspace is refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportArticlesResult } from '../../server/src/lsp/import-protocol.js';
import { NEWS_ARTICLE_LD, OPEN_GRAPH, newsPage, wordDocument } from '../host/import/pages.js';
import { LspClient, SEED_FILES, seedPath, uriOf } from './client.js';

let client: LspClient;
let root: string;
let page: string;
let doc: string;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'isnad-lsp-import-'));
  mkdirSync(join(root, 'desk'));
  writeFileSync(join(root, 'desk', 'isnad.yaml'), '# the desk\nrules:\n  unsourced-figure: error\n');
  copyFileSync(seedPath(1), join(root, SEED_FILES[1]!)); // a folder with an article in it to index
  const saved = mkdtempSync(join(tmpdir(), 'isnad-saved-'));
  page = join(saved, 'dams.html');
  doc = join(saved, 'report.docx');
  writeFileSync(page, newsPage({ head: OPEN_GRAPH, jsonLd: [NEWS_ARTICLE_LD] }));
  writeFileSync(doc, await wordDocument());
  client = await LspClient.start({ root });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
});

const importArticles = (paths: string[], folder: string, overwrite = false): Promise<ImportArticlesResult> =>
  client.request('workspace/executeCommand', { command: 'isnad.importArticles', arguments: [{ paths, folder, overwrite }] });

test('a page and a document become articles of the folder, with their entries, and are published at once', async () => {
  const desk = join(root, 'desk');
  const result = await importArticles([page, doc], desk);
  assert.deepEqual(result.files.map((f) => f.kind), ['imported', 'imported']);
  const first = result.files[0]!;
  assert.equal(first.kind === 'imported' && first.metadata.published, '2024-03-02');
  assert.equal(first.kind === 'imported' && first.title, 'الوزارة تعلن خطة لبناء ثلاثة سدود');
  assert.match(readFileSync(join(desk, 'isnad.yaml'), 'utf8'), /^# the desk\nrules:\n {2}unsourced-figure: error\narticles:\n {2}dams\.txt:\n {4}published: 2024-03-02\n/);
  assert.ok(existsSync(join(desk, 'report.txt')));
  // filed in the folder index at once: its speaker is found across the workspace
  const symbols = await client.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: 'الحلبي' });
  assert.ok(symbols.some((s) => s.location.uri === uriOf(join(desk, 'dams.txt'))), JSON.stringify(symbols));
});

test('again: unchanged; after an edit: a conflict, replaced with overwrite', async () => {
  const desk = join(root, 'desk');
  assert.deepEqual((await importArticles([page], desk)).files.map((f) => f.kind), ['unchanged']);
  writeFileSync(join(desk, 'dams.txt'), 'نص عدّله المحرر\n');
  const conflict = (await importArticles([page], desk)).files[0]!;
  assert.equal(conflict.kind, 'conflict');
  assert.deepEqual(conflict.kind === 'conflict' && conflict.reasons, ['imported before as dams.txt, and the text has changed since']);
  assert.equal((await importArticles([page], desk, true)).files[0]!.kind, 'imported');
  assert.match(readFileSync(join(desk, 'dams.txt'), 'utf8'), /^الوزارة تعلن خطة لبناء ثلاثة سدود\n/);
});

test('a folder outside the workspace is refused, and nothing is written there', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'isnad-outside-'));
  const result = await importArticles([page], outside);
  assert.deepEqual(result.files.map((f) => f.kind === 'failed' && f.problem), ['the folder is not in the workspace']);
  assert.ok(!existsSync(join(outside, 'dams.txt')) && !existsSync(join(outside, 'isnad.yaml')));
});
