// The server's other features on the seeds, over stdio: progress, definition,
// highlights, code lenses, semantic tokens, workspace symbols, the article
// summary, and hovers on each kind of item.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  CodeLens, DocumentHighlight, Hover, Location, MarkupContent, SemanticTokens, SymbolInformation,
} from 'vscode-languageserver';
import { LspClient, offsetOf, positionOf, seedPath, uriOf } from './client.js';

let client: LspClient;
before(async () => { client = await LspClient.start(); });
after(async () => { await client.stop(); });

const hoverAt = async (uri: string, text: string, needle: string, into = 1): Promise<string> => {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, { into }) });
  return h ? (h.contents as MarkupContent).value : '';
};

test('indexing the folder is reported as progress, begin to end', async () => {
  await client.indexed();
  const values = client.received.filter((r) => r.method === '$/progress').map((r) => (r.params as { value: { kind: string; title?: string } }).value);
  assert.equal(values[0]?.kind, 'begin');
  assert.equal(values[0]?.title, 'Isnad: indexing 5 articles');
  assert.ok(values.some((v) => v.kind === 'report'));
  await client.waitFor((r) => r.method === 'workspace/codeLens/refresh'); // lenses count claims of the whole folder
});

test('definition on a speaker mention goes to where the article introduces him', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const loc = await client.request<Location | null>('textDocument/definition', {
    textDocument: { uri }, position: positionOf(text, 'وأشار جيفري', { into: 8 }),
  });
  assert.ok(loc);
  const introduced = text.slice(offsetOf(text, loc.range.start), offsetOf(text, loc.range.end));
  assert.match(introduced, /المبعوث الأمريكي الخاص بسوريا، جيمس جيفري/);
});

test('document highlight marks the other mentions of the speaker', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const marks = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', {
    textDocument: { uri }, position: positionOf(text, 'وأشار جيفري', { into: 8 }),
  });
  const texts = marks.map((m) => text.slice(offsetOf(text, m.range.start), offsetOf(text, m.range.end)));
  assert.ok(texts.length >= 4, texts.join(' | '));
  assert.ok(texts.every((t) => /جيفري|المبعوث/.test(t)), texts.join(' | '));
});

test('a code lens over each claim counts its related claims and opens them', async () => {
  await client.indexed();
  const { uri } = await client.open(seedPath(1));
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.ok(lenses.length >= 9);
  const related = lenses.find((l) => l.command?.command === 'isnad.showRelatedClaims');
  assert.ok(related, lenses.map((l) => l.command?.title).join(' | '));
  assert.match(related.command!.title, /^\d+ related claims?$/);
  const [target, position, locations] = related.command!.arguments as [string, unknown, Location[]];
  assert.equal(target, uri);
  assert.ok(position);
  assert.ok(locations.some((l) => l.uri === uriOf(seedPath(0))));
});

test('references on a claim list its related claims in the other articles', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const locations = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri }, position: positionOf(text, 'بمرور الوقت', { into: 2 }), context: { includeDeclaration: false },
  });
  assert.ok(locations.length > 0);
  assert.ok(locations.every((l) => l.uri === uriOf(seedPath(0))));
});

test('semantic tokens: the legend and non-empty data', async () => {
  assert.deepEqual(client.init?.capabilities.semanticTokensProvider?.legend, {
    tokenTypes: ['speaker', 'cue', 'quote', 'figure', 'date', 'boilerplate'], tokenModifiers: ['unsourced'],
  });
  const { uri } = await client.open(seedPath(4));
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
  const types = new Set(tokens.data.filter((_, i) => i % 5 === 3));
  for (const t of [0, 1, 3, 5]) assert.ok(types.has(t), `token type ${t} is used`); // speaker, cue, figure, boilerplate
  assert.ok(tokens.data.some((v, i) => i % 5 === 4 && v === 1), 'an unsourced figure carries the modifier');
});

test('workspace symbols find speakers and claims by normalized name', async () => {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'اسبر' });
  assert.ok(symbols.some((s) => s.name.startsWith('مارك إسبر') && s.location.uri === uriOf(seedPath(1))), symbols.map((s) => s.name).join(' | '));
  assert.ok(symbols.some((s) => s.containerName === 'مارك إسبر'), 'his claims are listed under him');
});

test('isnad/articleSummary gives the counts for the status bar', async () => {
  const { uri } = await client.open(seedPath(1));
  const summary = await client.request<{ claims: number; unsourced: number; speakers: number }>('isnad/articleSummary', { uri });
  assert.equal(summary.unsourced, 1);
  assert.ok(summary.claims >= 9 && summary.speakers >= 3, JSON.stringify(summary));
  assert.deepEqual(await client.request('isnad/articleSummary', { uri: 'file:///nowhere.txt' }), { claims: 0, unsourced: 0, speakers: 0 });
});

test('hovers on a sourced figure, a date and a speaker', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const figure = await hoverAt(uri, text, '600 جندي');
  assert.match(figure, /Sourced/);
  assert.match(figure, /مارك إسبر/);
  const date = await hoverAt(uri, text, '5 من كانون الأول 2019');
  assert.match(date, /2019-12-05 — الخميس 5 كانون الأول 2019/);
  const speaker = await hoverAt(uri, text, 'مارك إسبر');
  assert.match(speaker, /وزير الدفاع الأمريكي/);
  assert.match(speaker, /1 claim in this article/);
  const claim = await hoverAt(uri, text, 'بمرور الوقت');
  assert.match(claim, /الخميس 23 كانون الثاني 2020/);
  assert.match(claim, /command:isnad\.showRelatedClaims\?/);
});
