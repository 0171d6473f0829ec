// The server's other features on the seeds, over stdio: progress, definition,
// highlights, code lenses, semantic tokens (none by default: see
// editor.test.ts), workspace symbols, the article summary, and hovers on each
// kind of item.
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

test('a code lens over a claim line says what it reaches in the other articles and opens it; none where nothing is reached', async () => {
  await client.indexed();
  const { uri, text } = await client.open(seedPath(1));
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const titles = lenses.map((l) => l.command?.title ?? '');
  assert.ok(lenses.length >= 2, titles.join(' | '));
  assert.ok(lenses.every((l) => l.command?.command === 'isnad.showRelatedClaims'), 'every lens reaches something');
  assert.ok(titles.every((t) => !/No related/.test(t) && t !== ''), titles.join(' | '));
  const lines = lenses.map((l) => l.range.start.line);
  assert.equal(new Set(lines).size, lines.length, 'one lens per line at most');
  // Jeffrey's press conference of 23 January is reported by 000 too
  const event = lenses.find((l) => /claims? of the same event/.test(l.command!.title));
  assert.ok(event, titles.join(' | '));
  assert.match(event.command!.title, /^\d+ claims? of the same event \(\u2068مؤتمر صحفي\u2069\)/);
  const [target, position, locations] = event.command!.arguments as [string, Location['range']['start'], Location[]];
  assert.equal(target, uri);
  assert.equal(position.line, event.range.start.line);
  assert.ok(locations.some((l) => l.uri === uriOf(seedPath(0))));
  // the line of Esper's statement has no claim of another article's event: its lens, if any, says what else it reaches
  const esper = positionOf(text, 'قال وزير الدفاع الأمريكي، مارك إسبر').line;
  for (const l of lenses.filter((x) => x.range.start.line === esper)) assert.doesNotMatch(l.command!.title, /same event/);
});

test('references on a claim list its related claims in the other articles', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const locations = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri }, position: positionOf(text, 'بمرور الوقت', { into: 2 }), context: { includeDeclaration: false },
  });
  assert.ok(locations.length > 0);
  assert.ok(locations.every((l) => l.uri === uriOf(seedPath(0))));
});

test('semantic tokens: the legend, and no text colours unless isnad.editor.textColors asks for them', async () => {
  assert.deepEqual(client.init?.capabilities.semanticTokensProvider?.legend, {
    tokenTypes: ['speaker', 'cue', 'quote', 'figure', 'date', 'boilerplate'], tokenModifiers: ['unsourced'],
  });
  const { uri } = await client.open(seedPath(4));
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.deepEqual(tokens.data, []);
});

test('workspace symbols find speakers and claims by normalized name', async () => {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'اسبر' });
  // names isolated (U+2068 … U+2069): a claim that starts with a number or a quote still reads right to left
  assert.ok(symbols.some((s) => s.name === '\u2068مارك إسبر\u2069' && s.location.uri === uriOf(seedPath(1))), symbols.map((s) => s.name).join(' | '));
  assert.ok(symbols.some((s) => s.containerName === '\u2068مارك إسبر\u2069'), 'his claims are listed under him');
  assert.ok(symbols.some((s) => s.name.startsWith('\u2068قال وزير الدفاع الأمريكي') && s.name.endsWith('…\u2069')), 'a claim by its first words');
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
