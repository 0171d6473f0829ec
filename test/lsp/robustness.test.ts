// The server over stdio on inputs it must survive and settings it must
// honour: incremental edits, random garbage, a huge text, a folder with an
// isnad.yaml (good and bad parts), client settings; then a clean exit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeLens, Diagnostic, DocumentSymbol, Hover, PublishDiagnosticsParams, SemanticTokens } from 'vscode-languageserver';
import { LspClient, SEED_FILES, offsetOf, positionOf, seedPath, uriOf } from './client.js';

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-lsp-'));
  copyFileSync(seedPath(1), join(folder, SEED_FILES[1]!));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** Deterministic "random" text: Arabic, Latin, digits, quotes of every style, controls, bidi marks, lone surrogates. */
function garbage(seed: number, length: number): string {
  const alphabet = ['ق', 'ا', 'ل', ' ', '\n', '\r', '"', '“', '«', '»', '”', ':', '،', '5', '٣', 'a', '\u200f', '\u0000', '\ud800', '\udc00', 'َ', 'ـ', '-', '%', 'إن', 'قال', 'مليون', 'أمس'];
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

test('an incremental edit is analysed at its version', async () => {
  const client = await LspClient.start({ root: folder });
  const { uri, text } = await client.open(join(folder, SEED_FILES[1]!));
  assert.equal((await client.diagnostics(uri)).length, 1);
  const end = positionOf(text, 'في عموم المناطق السورية.', { into: 'في عموم المناطق السورية.'.length });
  await client.edit(uri, { start: end, end }, '\n\nويعيش في المخيمات 300 ألف شخص.');
  const diagnostics = await client.diagnostics(uri);
  assert.equal(diagnostics.length, 2, JSON.stringify(diagnostics));
  assert.equal(await client.stop(), 0);
});

test('the server survives random garbage and a huge text, and still answers', async () => {
  const client = await LspClient.start({ root: folder });
  const { uri } = await client.open(join(folder, 'garbage.txt'), 'نص أول');
  await client.diagnostics(uri);
  for (let i = 1; i <= 8; i++) {
    const text = garbage(i, 500 * i * i);
    await client.replace(uri, text);
    await client.diagnostics(uri);
    const position = positionOf(text, text[Math.floor(text.length / 2)]!);
    await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  }
  await client.replace(uri, 'قال '.repeat(1_000_000));
  const [notice] = await client.diagnostics(uri);
  assert.equal(notice?.code, 'too-large');
  assert.equal(notice?.severity, 3);
  const seed = await client.open(join(folder, SEED_FILES[1]!));
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: seed.uri }, position: positionOf(seed.text, '5200') });
  assert.ok(h);
  assert.deepEqual(client.logs.filter((l) => /failed/.test(l)), [], 'no handler failed');
  assert.equal(await client.stop(), 0);
});

function configFolder(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-lsp-config-'));
  copyFileSync(seedPath(1), join(dir, SEED_FILES[1]!));
  copyFileSync(seedPath(4), join(dir, SEED_FILES[4]!));
  writeFileSync(join(dir, 'isnad.yaml'), yaml);
  return dir;
}

test('isnad.yaml: rule severities and context are used; its problems are diagnostics on it', async () => {
  const dir = configFolder([
    'rules:',
    '  unsourced-figure: error',
    'articles:',
    `  ${SEED_FILES[4]}:`,
    '    published: 2024-01-12',
    '    colour: blue',
    '',
  ].join('\n'));
  const client = await LspClient.start({ root: dir, settings: { rules: { 'unsourced-figure': 'off' } } });
  const config = await client.waitFor((r) => r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === uriOf(join(dir, 'isnad.yaml')));
  const problems = (config.params as PublishDiagnosticsParams).diagnostics;
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message as string, /unknown key "colour"/);
  assert.equal(problems[0]!.range.start.line, 5);
  const { uri, text } = await client.open(join(dir, SEED_FILES[4]!));
  const diagnostics: Diagnostic[] = await client.diagnostics(uri);
  assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.severity === 1), 'isnad.yaml wins over the client setting');
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'أمس الخميس', { into: 2 }) });
  assert.match(JSON.stringify(h), /2024-01-11/, 'أمس counts from the publication date isnad.yaml gives');
  assert.equal(await client.stop(), 0);
  rmSync(dir, { recursive: true, force: true });
});

test('editing an open isnad.yaml updates its problems and the folder\'s diagnostics', async () => {
  const dir = configFolder('rules:\n  unsourced-figure: loud\n');
  const client = await LspClient.start({ root: dir });
  const configUri = uriOf(join(dir, 'isnad.yaml'));
  const publishedFor = (uri: string, test: (p: PublishDiagnosticsParams) => boolean) => client.waitFor((r) =>
    r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === uri && test(r.params as PublishDiagnosticsParams));
  await publishedFor(configUri, (p) => p.diagnostics.some((d) => /loud/.test(d.message as string)));
  const article = await client.open(join(dir, SEED_FILES[1]!));
  assert.equal((await client.diagnostics(article.uri)).length, 1);
  await client.open(join(dir, 'isnad.yaml'), readFileSync(join(dir, 'isnad.yaml'), 'utf8'), 'yaml');
  await client.replace(configUri, 'rules:\n  unsourced-figure: off\n');
  await publishedFor(configUri, (p) => p.diagnostics.length === 0);
  await publishedFor(article.uri, (p) => p.version === 1 && p.diagnostics.length === 0);
  assert.equal(await client.stop(), 0);
  rmSync(dir, { recursive: true, force: true });
});

test('client settings switch a rule off', async () => {
  const dir = configFolder('');
  const client = await LspClient.start({ root: dir, settings: { rules: { 'unsourced-figure': 'off' } } });
  const { uri, text } = await client.open(join(dir, SEED_FILES[1]!));
  assert.deepEqual(await client.diagnostics(uri), []);
  assert.equal(offsetOf(text, positionOf(text, '5200')), text.indexOf('5200'));
  assert.equal(await client.stop(), 0);
  rmSync(dir, { recursive: true, force: true });
});

test('a handler that throws logs, answers empty, and the server stays up', async () => {
  const client = await LspClient.start({ root: folder });
  assert.equal(await client.request('textDocument/hover', { position: null }), null);
  assert.deepEqual(await client.request('textDocument/documentSymbol', {}), []);
  await client.waitFor((r) => r.method === 'window/logMessage' && /hover failed/.test((r.params as { message: string }).message));
  const { uri, text } = await client.open(join(folder, SEED_FILES[1]!));
  assert.ok(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '5200') }));
  assert.equal(await client.stop(), 0);
});

test('a file the client sends is never written to', async () => {
  const before = readFileSync(seedPath(1), 'utf8');
  const client = await LspClient.start();
  const { uri } = await client.open(seedPath(1));
  await client.replace(uri, 'نص جديد');
  await client.diagnostics(uri);
  assert.equal(await client.stop(), 0);
  assert.equal(readFileSync(seedPath(1), 'utf8'), before);
});
