// Quick fixes that change the folder's isnad.yaml, over the protocol: a
// stale review decision removed, a rule turned off for the folder (comments
// kept, diagnostics published again); and every diagnostic of a rule links
// to the rule's page (codeDescription).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { parseConfig } from '../../server/src/host/config.js';
import { LspClient, SEED_FILES, seedPath, uriOf } from './client.js';

const SEED = SEED_FILES[1]!;
const CONFIG = `# the desk's settings
articles:
  ${SEED}:
    published: 2020-01-24
reviews:
  - file: ${SEED}
    figure: 7300 جندي          # rewritten since: no such figure now
    fingerprint: قوه امريكيه … تعمل علي
    decision: sourced
    source: بيان الوزارة
`;

let client: LspClient;
let folder: string;
const configPath = (): string => join(folder, 'isnad.yaml');

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-fixes-'));
  copyFileSync(seedPath(1), join(folder, SEED));
  writeFileSync(configPath(), CONFIG);
  client = await LspClient.start({ root: folder });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function fixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
}

async function run(action: CodeAction): Promise<unknown> {
  return client.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
}

/** The next diagnostics published for `uri` that pass `test`. */
async function published(uri: string, test: (ds: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const mark = client.received.length;
  const r = await client.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && client.received.indexOf(x) >= mark &&
    (x.params as PublishDiagnosticsParams).uri === uri && test((x.params as PublishDiagnosticsParams).diagnostics));
  return (r.params as PublishDiagnosticsParams).diagnostics;
}

test('each rule diagnostic links to its documentation page, which exists', async () => {
  const ds = await client.diagnostics(uriOf(join(folder, SEED)));
  const rules = ds.filter((d) => d.code === 'unsourced-figure' || d.code === 'stale-review');
  assert.ok(rules.length >= 2, JSON.stringify(ds));
  for (const d of rules) {
    const href = d.codeDescription?.href ?? '';
    assert.match(href, new RegExp(`/docs/rules/${d.code}\\.md$`));
    assert.ok(existsSync(fileURLToPath(href)), href);
  }
});

test('"Remove the stale review decision" deletes its entry, comments kept; the note goes', async () => {
  const uri = uriOf(join(folder, SEED));
  const stale = (await client.diagnostics(uri)).find((d) => d.code === 'stale-review')!;
  const actions = await fixes(uri, stale);
  const remove = actions.find((a) => a.title.startsWith('Remove the stale review decision on "7300 جندي"'));
  assert.ok(remove, actions.map((a) => a.title).join(' | '));
  const after = published(uri, (ds) => !ds.some((d) => d.code === 'stale-review'));
  assert.deepEqual(await run(remove), { done: true });
  await after;
  const text = readFileSync(configPath(), 'utf8');
  assert.ok(text.startsWith(`# the desk's settings\narticles:\n  ${SEED}:\n    published: 2020-01-24\nreviews:\n`), text);
  assert.deepEqual(parseConfig(text, 'isnad.yaml').config.reviews, []);
});

test('"Turn off unsourced-figure in this folder" writes rules: unsourced-figure: off; the warning goes', async () => {
  const uri = uriOf(join(folder, SEED));
  const warning = (await client.diagnostics(uri)).find((d) => d.code === 'unsourced-figure')!;
  const off = (await fixes(uri, warning)).find((a) => a.title === 'Turn off unsourced-figure in this folder (isnad.yaml)');
  assert.ok(off);
  const after = published(uri, (ds) => !ds.some((d) => d.code === 'unsourced-figure'));
  assert.deepEqual(await run(off), { done: true });
  await after;
  const text = readFileSync(configPath(), 'utf8');
  assert.ok(text.startsWith('# the desk\'s settings\n'));
  assert.equal(parseConfig(text, 'isnad.yaml').config.rules.get('unsourced-figure'), 'off');
});

test('a command with arguments that name nothing changes nothing and says so', async () => {
  const before = readFileSync(configPath(), 'utf8');
  assert.deepEqual(await client.request('workspace/executeCommand', { command: 'isnad.setRule', arguments: [{ uri: 'x', rule: 'nope', setting: 'off' }] }), { done: false });
  assert.equal(readFileSync(configPath(), 'utf8'), before);
});
