// What the editor draws and lists, over stdio: isnad/articleMarks (the places
// the client marks with overlays), text colours only on request
// (isnad.editor.textColors), code lenses that can be turned off
// (isnad.editor.codeLens), whose problems are published
// (isnad.diagnostics.scope), the outline's labels and order, the Isnad
// view's unsourced figures, and the related claims in a claim's hover.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, DocumentSymbol, Hover, MarkupContent, PublishDiagnosticsParams, Range, SemanticTokens } from 'vscode-languageserver';
import type { ArticleMarks, WireRange, WorkspaceOverview } from '../../server/src/lsp/protocol.js';
import { LspClient, offsetOf, positionOf, seedPath, uriOf } from './client.js';

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

test('the outline: speakers by name with their role as detail, their claims by first words with the date; then the Timeline, one entry per date', async () => {
  const { uri } = await defaults.open(seedPath(1));
  const symbols = await defaults.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const jeffrey = symbols.find((s) => s.name === '\u2068جيمس جيفري\u2069');
  assert.ok(jeffrey, symbols.map((s) => s.name).join(' | '));
  assert.equal(jeffrey.detail, '\u2068المبعوث الأمريكي الخاص بسوريا\u2069');
  assert.ok(jeffrey.children!.every((c) => c.name.startsWith('\u2068') && /^\d{4}-\d{2}-\d{2}$|^undated$/.test(c.detail ?? '')));
  const timeline = symbols.at(-1)!;
  assert.equal(timeline.name, 'Timeline');
  // the editor sorts by range start: the Timeline's is after every speaker's
  const after = (a: Range, b: Range): boolean => a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character > b.start.character);
  for (const s of symbols.slice(0, -1)) assert.ok(after(timeline.range, s.range), `${s.name} sorts after the Timeline`);
  const dates = timeline.children!.map((c) => c.name);
  assert.deepEqual(dates, [...dates].sort(), 'the dates in order');
  assert.equal(new Set(dates).size, dates.length, 'one entry per date');
  assert.ok(dates.includes('2020-01-23') && dates.includes('2019-12-05'), dates.join(' | '));
  // one shared range: the editor then orders them by name, which is by date
  assert.equal(new Set(timeline.children!.map((c) => JSON.stringify(c.range))).size, 1);
  const day = timeline.children!.find((c) => c.name === '2020-01-23')!;
  assert.match(day.detail ?? '', /جيمس جيفري.*\(\d+\)$/);
  assert.equal(day.children, undefined, 'the claims are not listed again');
});

test('isnad/workspaceOverview lists each article with its headline and its unsourced figures, each in its sentence', async () => {
  const overview = await defaults.request<WorkspaceOverview>('isnad/workspaceOverview', {});
  const first = overview.articles.find((a) => a.uri === uriOf(seedPath(1)));
  assert.equal(first?.title, 'جيفري يؤكد عدم تزايد أنشطة تنظيم “الدولة” في سوريا والعراق');
  assert.deepEqual(first?.unsourced.map((f) => f.text), ['5200 جندي']);
  assert.match(first!.unsourced[0]!.sentence, /قوة أمريكية يبلغ عددها 5200 جندي/);
  assert.ok(first!.unsourced[0]!.sentence.length <= 160);
  const none = overview.articles.find((a) => a.uri === uriOf(seedPath(3)));
  assert.deepEqual(none?.unsourced, []);
});

test('a claim\'s hover lists its related claims themselves: speaker, outlet or article, date, first words as a link; a few, the heading counting them all', async () => {
  const { uri, text } = await defaults.open(seedPath(1));
  const hover = await defaults.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'بمرور الوقت', { into: 2 }) });
  const md = (hover?.contents as MarkupContent).value;
  assert.match(md, /\*\*Related claims\*\* in the folder \(6 of the same event\) · \[show them all\]\(command:isnad\.showRelatedClaims\?/);
  const lines = md.split('\n').filter((l) => l.includes('000_c46c7f7da920bbb6.txt#') || l.includes('000_c46c7f7da920bbb6.txt\\#'));
  assert.equal(lines.length, 3, md);
  assert.match(lines[0]!, /^\u2068جيمس جيفري\u2069 · \u2068000\u2069 · 2020-01-23: \[\u2068جيفري\\?: التحالف الدولي ضد داعش مستمر[^\]]*\u2069\]\(file:\/\/\/.*000_c46c7f7da920bbb6\.txt\\?#L1,1\)/);
  assert.doesNotMatch(md, /and \d+ more/, 'the heading counts them all; no line repeats it');
  assert.match(md, /\n\n---\n\nPublished: 2020-01-24[^\n]*$/, 'then the publication, last, on one line with the outlet');
  // a section is one paragraph with hard breaks: the hover is short enough to read without scrolling
  // (VS Code caps a hover at about 250 pixels: ten lines and three rules)
  assert.ok(md.split('\n\n').filter((p) => p !== '---').length <= 4, md);
  assert.ok(md.split('\n').filter((l) => l && l !== '---').length <= 10, md);
  assert.match(md, /^\*\*Claim\*\* · direct quotation · Cue \(participle\): \u2068مضيفًا\u2069/, 'the cue on the heading\'s line');
});
