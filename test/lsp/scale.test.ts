// Many articles giving one quantity (a running troop count): what the server
// publishes stays bounded. Every article conflicts with every other, so a
// diagnostic that carried every conflicting value, republished for every
// neighbour after each change, would grow with the square of the articles.
// The articles are generated here (one sentence of our own each); the test
// bounds bytes and memory, not time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeLens, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver';
import { PAIRS_PER_VALUE } from '../../server/src/lsp/overview.js';
import type { WorkspaceOverview } from '../../server/src/lsp/overview.js';
import { LspClient, positionOf, uriOf } from './client.js';

const ARTICLES = 500;
const name = (i: number): string => `a${String(i).padStart(4, '0')}.txt`;
const text = (value: number): string => `عنوان الخبر\nوقالت وزارة الدفاع الأمريكية إنه يوجد في العراق حاليا ${value} جندي أمريكي.\n`;

let client: LspClient;
let folder: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-scale-'));
  const entries: string[] = ['articles:'];
  for (let i = 0; i < ARTICLES; i++) {
    writeFileSync(join(folder, name(i)), text(3000 + i));
    entries.push(`  ${name(i)}: { published: 2024-02-10 }`);
  }
  writeFileSync(join(folder, 'isnad.yaml'), `${entries.join('\n')}\n`);
  // every article's problems published, whatever the folder's size: the case whose bytes must stay bounded
  client = await LspClient.start({ root: folder, settings: { diagnostics: { scope: 'folder' } } });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const published = (from = 0): PublishDiagnosticsParams[] => client.received.slice(from)
  .filter((r) => r.method === 'textDocument/publishDiagnostics').map((r) => r.params as PublishDiagnosticsParams);
const bytes = (ps: readonly PublishDiagnosticsParams[]): number => ps.reduce((n, p) => n + Buffer.byteLength(JSON.stringify(p)), 0);
const conflict = (ds: readonly Diagnostic[]): Diagnostic | undefined => ds.find((d) => d.code === 'conflicting-figure');

/** The server's peak resident memory in MB (Linux). */
function peakMB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

/** Two round trips: whatever the server queued for the next turns has been sent by then. */
async function settle(uri: string): Promise<void> {
  for (let i = 0; i < 2; i++) await client.request('textDocument/documentSymbol', { textDocument: { uri } });
}

test(`${ARTICLES} articles giving one quantity: each conflict names the nearest few values and counts the rest; bytes and memory stay bounded`, async () => {
  const first = uriOf(join(folder, name(0)));
  await client.waitFor((r) => r.method === 'textDocument/publishDiagnostics' && !!conflict((r.params as PublishDiagnosticsParams).diagnostics));
  await settle(first);
  const all = published();
  const last = new Map(all.map((p) => [p.uri, p.diagnostics]));
  assert.equal(last.size, ARTICLES, 'every article has its diagnostics');
  const d = conflict(last.get(first)!)!;
  assert.ok(d, 'the first article conflicts with the others');
  assert.equal(d.relatedInformation?.length, 5, 'the five nearest values are linked');
  assert.match(String(d.message), new RegExp(`and ${ARTICLES - 1 - 5} more for the same quantity`));
  const largest = Math.max(...all.map((p) => Buffer.byteLength(JSON.stringify(p))));
  assert.ok(largest < 4_000, `the largest publication is ${largest} bytes`);
  assert.ok(bytes(all) < ARTICLES * 2 * 4_000, `${bytes(all)} bytes published while indexing`);
  if (process.platform === 'linux') assert.ok(peakMB(client.child.pid!) < 500, `peak memory ${peakMB(client.child.pid!)} MB`);
});

test('an edit that leaves the value as it was republishes no other article; a new value republishes them, bounded', async () => {
  // article 1's value is among the five nearest every other article shows
  const path = join(folder, name(1));
  const { uri, text: t } = await client.open(path);
  await client.diagnostics(uri);
  await settle(uri);
  let mark = client.received.length;
  const at = positionOf(t, 'حاليا');
  await client.edit(uri, { start: at, end: at }, 'و');
  await client.diagnostics(uri);
  await settle(uri);
  assert.deepEqual(published(mark).filter((p) => p.uri !== uri).map((p) => p.uri), [], 'no neighbour republished for a word');
  mark = client.received.length;
  const value = positionOf(t, '3001');
  await client.edit(uri, { start: { line: value.line, character: value.character + 1 }, end: { line: value.line, character: value.character + 2 } }, '9');
  await client.diagnostics(uri);
  await settle(uri);
  const after = published(mark);
  assert.ok(after.length > 1, 'the neighbours hear of the new value');
  assert.ok(bytes(after) < ARTICLES * 4_000, `${bytes(after)} bytes published after the edit`);
});

test('the overview lists each value\'s nearest conflicts, code lenses and hover links carry no list of hundreds of places', async () => {
  const overview = await client.request<WorkspaceOverview>('isnad/workspaceOverview', {});
  const quantity = overview.quantities.find((q) => q.values.length === ARTICLES);
  assert.ok(quantity, 'the one quantity, with every article\'s value');
  assert.ok(quantity.conflicts.length > 0 && quantity.conflicts.length <= ARTICLES * PAIRS_PER_VALUE, `${quantity.conflicts.length} conflict pairs`);
  const uri = uriOf(join(folder, name(3)));
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.ok(lenses.length > 0);
  assert.equal(lenses[0]!.command?.title, `${ARTICLES - 1} other values of this figure`);
  assert.deepEqual(lenses[0]!.command?.arguments?.[2], null, 'the places are asked when the lens is clicked');
  assert.ok(Buffer.byteLength(JSON.stringify(lenses)) < 2_000, `${Buffer.byteLength(JSON.stringify(lenses))} bytes of code lenses`);
  const t = text(3003);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(t, 'وقالت', { into: 1 }) });
  const md = (hover.contents as MarkupContent).value;
  assert.ok(Buffer.byteLength(md) < 4_000, `${Buffer.byteLength(md)} bytes of hover`);
});
