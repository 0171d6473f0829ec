// The editor agrees with the command line on which isnad.yaml applies: in a
// workspace with one isnad.yaml per desk, an article takes its rule settings
// and its publication date from the nearest one upward, with what that one
// extends; a folder left out by ignore: or .gitignore is not indexed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { LspClient, SEED_FILES, positionOf, seedPath, uriOf } from './client.js';

let client: LspClient;
let root: string;
const seed = SEED_FILES[1]!; // 001: the unsourced 5200
const at = (...parts: string[]): string => join(root, ...parts);

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'isnad-lsp-chain-'));
  for (const dir of ['desk', 'desk/drafts', 'other', 'build']) mkdirSync(at(dir), { recursive: true });
  writeFileSync(at('isnad.yaml'), 'rules:\n  unsourced-figure: hint\n');
  writeFileSync(at('shared.yaml'), 'rules:\n  unsourced-figure: error\n');
  writeFileSync(at('desk', 'isnad.yaml'), `extends: ../shared.yaml\nignore: [drafts/]\narticles:\n  ${seed}: { published: 2020-01-24 }\n`);
  writeFileSync(at('.gitignore'), 'build/\n');
  for (const dir of ['desk', 'desk/drafts', 'other', 'build']) copyFileSync(seedPath(1), at(dir, seed));
  client = await LspClient.start({ root });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
});

test('each article takes its severity from the nearest isnad.yaml, through extends:', async () => {
  const desk = (await client.diagnostics(uriOf(at('desk', seed)))).filter((d) => d.code === 'unsourced-figure');
  const other = (await client.diagnostics(uriOf(at('other', seed)))).filter((d) => d.code === 'unsourced-figure');
  assert.deepEqual(desk.map((d) => d.severity), [1], 'error, from shared.yaml through desk/isnad.yaml');
  assert.deepEqual(other.map((d) => d.severity), [4], 'hint, from the root\'s isnad.yaml');
});

test('the hover on the figure finds the same quantity in the one other indexed copy, not in the ignored ones', async () => {
  const { uri, text } = await client.open(at('desk', seed));
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '5200 جندي', { into: 1 }) });
  const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
  assert.match(value, /Same quantity\*\* in 1 other article/);
  assert.ok(value.includes('/other/') && !value.includes('/drafts/') && !value.includes('/build/'), value);
});

test('folders left out by ignore: and .gitignore are not indexed', async () => {
  const symbols = await client.request<{ location: { uri: string } }[]>('workspace/symbol', { query: 'جيفري' });
  const uris = new Set(symbols.map((s) => s.location.uri));
  assert.ok(uris.has(uriOf(at('desk', seed))) && uris.has(uriOf(at('other', seed))));
  assert.ok(!uris.has(uriOf(at('desk', 'drafts', seed))), 'desk/drafts is ignored by desk/isnad.yaml');
  assert.ok(!uris.has(uriOf(at('build', seed))), 'build/ is in .gitignore');
});

test('in an untrusted workspace extends: reads nothing outside the workspace folder, and says so', async () => {
  // the workspace is desk/: its isnad.yaml extends ../shared.yaml, which lies outside it
  const inDesk = async (trusted: boolean): Promise<{ figure: (number | undefined)[]; config: string[] }> => {
    const desk = await LspClient.start({ root: at('desk'), initializationOptions: { trusted } });
    try {
      await desk.indexed();
      const figure = (await desk.diagnostics(uriOf(at('desk', seed)))).filter((d) => d.code === 'unsourced-figure').map((d) => d.severity);
      // a config without problems publishes nothing: only the untrusted one is waited for
      const config = trusted ? [] : (await desk.diagnostics(uriOf(at('desk', 'isnad.yaml')))).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
      return { figure, config };
    } finally {
      await desk.stop();
    }
  };
  assert.deepEqual((await inDesk(true)).figure, [1], 'trusted: error, from ../shared.yaml');
  const untrusted = await inDesk(false);
  assert.deepEqual(untrusted.figure, [2], 'untrusted: the default warning; ../shared.yaml is not read');
  assert.ok(untrusted.config.some((m) => /extends \.\.\/shared\.yaml: outside the folder: not read in an untrusted workspace/.test(m)), JSON.stringify(untrusted.config));
});
