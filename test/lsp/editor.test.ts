// What the editor draws and lists, over stdio: isnad/articleMarks (the places
// the client marks with overlays), text colours only on request
// (isnad.editor.textColors), code lenses that can be turned off
// (isnad.editor.codeLens), and whose problems are published
// (isnad.diagnostics.scope).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, PublishDiagnosticsParams, SemanticTokens } from 'vscode-languageserver';
import type { ArticleMarks, WireRange } from '../../server/src/lsp/protocol.js';
import { LspClient, offsetOf, seedPath, uriOf } from './client.js';

let defaults: LspClient;
let chosen: LspClient;

before(async () => {
  [defaults, chosen] = await Promise.all([
    LspClient.start(),
    LspClient.start({ settings: { editor: { textColors: true, codeLens: false }, diagnostics: { scope: 'openFiles' } } }),
  ]);
  await Promise.all([defaults.indexed(), chosen.indexed()]);
});

after(async () => {
  await Promise.all([defaults.stop(), chosen.stop()]);
});

const textsOf = (text: string, ranges: readonly WireRange[]): string[] =>
  ranges.map((r) => text.slice(offsetOf(text, r.start), offsetOf(text, r.end)));

test('isnad/articleMarks: speakers, cues, quotations, figures (sourced or not), dates and boilerplate of an open article', async () => {
  const { uri, text } = await defaults.open(seedPath(1));
  const marks = await defaults.request<ArticleMarks>('isnad/articleMarks', { uri });
  assert.equal(marks.version, 1);
  assert.ok(textsOf(text, marks.speakers).some((t) => t.endsWith('جيمس جيفري')), textsOf(text, marks.speakers).join(' | '));
  assert.ok(textsOf(text, marks.cues).some((t) => t === 'قال' || t === 'وأشار'), textsOf(text, marks.cues).join(' | '));
  assert.ok(textsOf(text, marks.quotes).some((t) => t.includes('بمرور الوقت')), textsOf(text, marks.quotes).join(' | '));
  assert.deepEqual(textsOf(text, marks.unsourced), ['5200 جندي']);
  assert.ok(textsOf(text, marks.figures).some((t) => t.includes('600 جندي')), textsOf(text, marks.figures).join(' | '));
  assert.ok(textsOf(text, marks.dates).some((t) => t.includes('23 من كانون الثاني')), textsOf(text, marks.dates).join(' | '));
  assert.ok(textsOf(text, marks.boilerplate).some((t) => t.includes('مقالات متعلقة')), 'the related-articles list is boilerplate');
});

test('isnad/articleMarks of a closed article: no version; of an unknown file: nothing', async () => {
  const marks = await defaults.request<ArticleMarks>('isnad/articleMarks', { uri: uriOf(seedPath(4)) });
  assert.equal(marks.version, null);
  assert.ok(marks.speakers.length > 0 && marks.unsourced.length > 0);
  const none = await defaults.request<ArticleMarks>('isnad/articleMarks', { uri: 'file:///nowhere/x.txt' });
  assert.deepEqual(none, { version: null, speakers: [], cues: [], quotes: [], figures: [], unsourced: [], dates: [], boilerplate: [] });
});

test('with isnad.editor.textColors on, semantic tokens colour speakers, cues, figures and boilerplate', async () => {
  const { uri } = await chosen.open(seedPath(4));
  const tokens = await chosen.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
  const types = new Set(tokens.data.filter((_, i) => i % 5 === 3));
  for (const t of [0, 1, 3, 5]) assert.ok(types.has(t), `token type ${t} is used`); // speaker, cue, figure, boilerplate
  assert.ok(tokens.data.some((v, i) => i % 5 === 4 && v === 1), 'an unsourced figure carries the modifier');
});

test('with isnad.editor.codeLens off, no code lenses', async () => {
  const { uri } = await chosen.open(seedPath(1));
  assert.deepEqual(await chosen.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
});

/** The uris that were ever given a non-empty list of problems. */
function withProblems(client: LspClient): Set<string> {
  return new Set(client.received
    .filter((r) => r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).diagnostics.length > 0)
    .map((r) => (r.params as PublishDiagnosticsParams).uri));
}

test('isnad.diagnostics.scope: "auto" publishes the problems of every article of a small folder, "openFiles" only of the open ones', async () => {
  // 002 has unsourced figures; neither server opens it
  const closed = uriOf(seedPath(2));
  assert.ok(withProblems(defaults).has(closed), 'auto, 5 articles: the whole folder');
  const { uri } = await chosen.open(seedPath(4));
  assert.ok((await chosen.diagnostics(uri)).length > 0, 'the open article has its problems');
  const shown = withProblems(chosen);
  assert.ok(!shown.has(closed), 'openFiles: a closed article has none');
  assert.ok([...shown].every((u) => [uriOf(seedPath(1)), uriOf(seedPath(4))].includes(u)), [...shown].join(', '));
});
