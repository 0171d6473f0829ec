// Review decisions over the protocol, on a copy of the seeds with an
// isnad.yaml of its own: the quick fixes on an unsourced figure, the decision
// written by isnad.recordReview (comments kept), the warning gone and staying
// gone through an edit above the figure, the hover and the overview telling the decision,
// `isnad check` agreeing, two decisions at once, a stale decision, and a
// decision refused over a broken isnad.yaml.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver';
import { parseConfig } from '../../server/src/host/config.js';
import { today } from '../../server/src/host/reviews.js';
import type { WorkspaceOverview } from '../../server/src/lsp/protocol.js';
import type { RecordReviewArgs, RecordReviewResult } from '../../server/src/lsp/review-protocol.js';
import { LspClient, ROOT, SEED_FILES, offsetOf, positionOf, seedPath, uriOf } from './client.js';

const CONFIG = `# The copy of the seeds the review tests work on.
articles:                            # per file, relative to this folder
  ${SEED_FILES[1]}:
    published: 2020-01-24            # the day of the press conference
rules:
  unsourced-figure: warning          # the default, said out loud
`;

let client: LspClient;
let folder: string;
const configPath = (): string => join(folder, 'isnad.yaml');
const reviews = () => parseConfig(readFileSync(configPath(), 'utf8'), configPath()).config.reviews;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-review-'));
  for (const name of SEED_FILES) copyFileSync(join(seedPath(0), '..', name), join(folder, name));
  writeFileSync(configPath(), CONFIG);
  client = await LspClient.start({ root: folder });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const textOf = (text: string, d: Diagnostic): string => text.slice(offsetOf(text, d.range.start), offsetOf(text, d.range.end));
const unsourced = (text: string, ds: Diagnostic[]): string[] => ds.filter((d) => d.code === 'unsourced-figure').map((d) => textOf(text, d));

/** The first diagnostics published for `uri` after the `mark`-th message that pass `test`. */
async function publishedAfter(mark: number, uri: string, test: (ds: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
  const r = await client.waitFor((x) => {
    const p = x.params as PublishDiagnosticsParams;
    return x.method === 'textDocument/publishDiagnostics' && p.uri === uri && client.received.indexOf(x) >= mark && test(p.diagnostics);
  });
  return (r.params as PublishDiagnosticsParams).diagnostics;
}

const execute = (args: RecordReviewArgs): Promise<RecordReviewResult> =>
  client.request('workspace/executeCommand', { command: 'isnad.recordReview', arguments: [args] });

async function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

function isnadCheck(): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', folder], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r.stdout;
}

test('the server offers code actions and the isnad.recordReview command', () => {
  assert.deepEqual(client.init?.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
  assert.deepEqual(client.init?.capabilities.executeCommandProvider, { commands: ['isnad.recordReview', 'isnad.removeReview', 'isnad.setRule', 'isnad.importArticles'] });
});

test('Mark as sourced…: isnad.yaml gains the entry with its comments kept, the warning goes, and stays gone after an edit above', async () => {
  const { uri, text } = await client.open(join(folder, SEED_FILES[1]!));
  const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'unsourced-figure' && textOf(text, d) === '5200 جندي');
  assert.ok(diagnostic, 'the unsourced 5200 is reported');
  const actions = await quickFixes(uri, diagnostic);
  // the three decisions, then the folder-wide one (test/lsp/folder-fixes.test.ts)
  assert.deepEqual(actions.map((a) => a.title), ['Mark as sourced…', 'Not a figure', 'Dismiss with a reason…', 'Turn off unsourced-figure in this folder (isnad.yaml)']);
  assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'unsourced-figure'));
  assert.deepEqual(actions.map((a) => a.command?.command), ['isnad.reviewFigure', 'isnad.recordReview', 'isnad.reviewFigure', 'isnad.setRule']);
  const args = actions[0]!.command!.arguments![0] as RecordReviewArgs;
  assert.deepEqual(args, { uri, range: diagnostic.range, figure: '5200 جندي', decision: 'sourced', note: null });

  // what the client does once the reviewer has typed the source in its input box
  const mark = client.received.length;
  const result = await execute({ ...args, note: 'وزارة الدفاع الأمريكية، بيان 20 كانون الثاني 2020' });
  assert.deepEqual(result, { recorded: true, message: null });
  const yaml = readFileSync(configPath(), 'utf8');
  assert.ok(yaml.startsWith(CONFIG), `comments and layout kept:\n${yaml}`);
  const [entry] = reviews();
  assert.equal(entry?.file, SEED_FILES[1]);
  assert.equal(entry?.figure, '5200 جندي');
  assert.equal(entry?.fingerprint, 'قوه امريكيه يبلغ عددها … تعمل علي محاربه تنظيم');
  assert.equal(entry?.decision, 'sourced');
  assert.equal(entry?.note, 'وزارة الدفاع الأمريكية، بيان 20 كانون الثاني 2020');
  assert.equal(entry?.date, today());
  assert.ok(entry?.reviewer === null || entry.reviewer.length > 0);
  const republished = await publishedAfter(mark, uri);
  assert.deepEqual(unsourced(text, republished), [], 'the warning is gone');
  const summary = await client.request<{ unsourced: number }>('isnad/articleSummary', { uri });
  assert.equal(summary.unsourced, 0, 'the status bar counts it no more');
  // the Isnad view follows: told that the overview changed, it finds the figure reviewed
  await client.waitFor((x) => x.method === 'isnad/overviewChanged' && client.received.indexOf(x) >= mark);
  const overview = await client.request<WorkspaceOverview>('isnad/workspaceOverview', {});
  assert.deepEqual(overview.articles.find((a) => a.uri === uri)?.unsourced.map((f) => f.text), []);
  const value = overview.quantities.flatMap((q) => q.values).find((v) => v.uri === uri && v.value === 5200);
  assert.deepEqual([value?.review, value?.source], ['sourced', 'وزارة الدفاع الأمريكية، بيان 20 كانون الثاني 2020']);

  const version = await client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'سطر أضافه المحرر فوق المقال، وفيه 12 كلمة.\n');
  const edited = await client.diagnostics(uri);
  assert.equal(version, 2);
  const now = `سطر أضافه المحرر فوق المقال، وفيه 12 كلمة.\n${text}`;
  assert.ok(!unsourced(now, edited).includes('5200 جندي'), 'still gone after the edit above');
  assert.deepEqual(edited.filter((d) => d.code === 'stale-review'), []);

  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(now, '5200 جندي', { into: 1 }) });
  const shown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
  assert.match(shown, /\*\*Reviewed\*\* · marked as sourced/);
  assert.doesNotMatch(shown, /\*\*Unsourced\*\*/, 'a reviewed figure is not called unsourced');
  assert.match(shown, /Source: \u2068وزارة الدفاع الأمريكية، بيان 20 كانون الثاني 2020\u2069/);
  assert.match(shown, new RegExp(`on ${today()} \\(isnad\\.yaml\\)`));

  const check = isnadCheck();
  assert.doesNotMatch(check, new RegExp(`${SEED_FILES[1]}:\\d+:\\d+ warning unsourced-figure`), 'isnad check agrees');
  assert.match(check, new RegExp(`${SEED_FILES[2]}:\\d+:\\d+ warning unsourced-figure`), 'and still reports the others');
});

test('two decisions in quick succession both land', async () => {
  const { uri, text } = await client.open(join(folder, SEED_FILES[2]!));
  const figures = (await client.diagnostics(uri)).filter((d) => d.code === 'unsourced-figure');
  assert.deepEqual(figures.map((d) => textOf(text, d)), ['حوالي 2500 جندي', 'حوالي 900 جندي']);
  const [first, second] = await Promise.all(figures.map(async (d) => (await quickFixes(uri, d)).map((a) => a.command!.arguments![0] as RecordReviewArgs)));
  const mark = client.received.length;
  const results = await Promise.all([
    execute({ ...first![2]!, note: 'رقم قديم تكرره كل وسائل الإعلام' }), // Dismiss with a reason…
    execute(second![1]!), // Not a figure, as the code action runs it
  ]);
  assert.ok(results.every((r) => r.recorded), JSON.stringify(results));
  assert.deepEqual(reviews().map((r) => `${r.figure}: ${r.decision}`), ['5200 جندي: sourced', 'حوالي 2500 جندي: dismissed', 'حوالي 900 جندي: not-a-figure']);
  await publishedAfter(mark, uri, (ds) => unsourced(text, ds).length === 0);
  assert.ok(readFileSync(configPath(), 'utf8').startsWith(CONFIG));
  assert.deepEqual(readdirSync(folder).filter((f) => f.endsWith('.tmp')), [], 'no temp file left');
});

test('a decision whose figure was rewritten is reported as stale (information)', async () => {
  const uri = uriOf(join(folder, SEED_FILES[2]!));
  const text = readFileSync(join(folder, SEED_FILES[2]!), 'utf8');
  const rewritten = text.replace('حوالي 900 جندي', 'حوالي 950 جندي');
  await client.replace(uri, rewritten);
  const ds = await client.diagnostics(uri);
  const stale = ds.filter((d) => d.code === 'stale-review');
  assert.equal(stale.length, 1);
  assert.equal(stale[0]!.severity, 3);
  assert.equal(textOf(rewritten, stale[0]!), 'حوالي 950 جندي');
  assert.match(stale[0]!.message as string, /"\u2068حوالي 900 جندي\u2069" was marked as not a figure/);
  assert.deepEqual(unsourced(rewritten, ds), ['حوالي 950 جندي']);
});

test('over a broken isnad.yaml nothing is written and the reviewer is told why', async () => {
  const { uri, text } = await client.open(join(folder, SEED_FILES[4]!));
  const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'unsourced-figure');
  assert.ok(diagnostic);
  const args = (await quickFixes(uri, diagnostic))[1]!.command!.arguments![0] as RecordReviewArgs;
  assert.equal(args.figure, textOf(text, diagnostic));
  const broken = `${readFileSync(configPath(), 'utf8')}files: [unclosed\n`;
  writeFileSync(configPath(), broken);
  // the server tells the reviewer with window/showMessageRequest (an error, no buttons)
  let told: (p: unknown) => void = () => undefined;
  const shown = new Promise((resolve) => { told = resolve; });
  client.rpc.onRequest('window/showMessageRequest', (p: unknown) => { told(p); return null; });
  const result = await execute(args);
  assert.equal(result.recorded, false);
  assert.match(result.message ?? '', /not recorded: isnad\.yaml has a syntax error on line \d+/);
  assert.deepEqual(await shown, { type: 1, message: result.message, actions: [] });
  assert.equal(readFileSync(configPath(), 'utf8'), broken);
});
