// Issue 3's "Done when", checked by an independent LSP client driving the
// built server over stdio on the seeds folder, with no configuration.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentSymbol, Hover, Location, MarkupContent } from 'vscode-languageserver';
import { LspClient, offsetOf, positionOf, seedPath, uriOf } from './client.js';

let client: LspClient;
before(async () => { client = await LspClient.start(); });
after(async () => { await client.stop(); });

/** The text each diagnostic covers. */
function covered(text: string, diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => text.slice(offsetOf(text, d.range.start), offsetOf(text, d.range.end)));
}

const hoverText = (h: Hover | null): string => (h ? (h.contents as MarkupContent).value : '');

test('001: a warning on the unsourced 5200, pointing at the nearest claim', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const diagnostics = await client.diagnostics(uri);
  const figure = diagnostics.find((d) => covered(text, [d])[0]!.includes('5200'));
  assert.ok(figure, `no diagnostic on 5200: ${covered(text, diagnostics).join(' | ')}`);
  assert.equal(figure.source, 'isnad');
  assert.equal(figure.code, 'unsourced-figure');
  assert.equal(figure.severity, 2);
  assert.equal(figure.relatedInformation?.[0]?.location.uri, uri);
});

test('004: a warning on 85 دولة, none on the sourced 61 هجوما', async () => {
  const { uri, text } = await client.open(seedPath(4));
  const texts = covered(text, await client.diagnostics(uri));
  assert.ok(texts.some((t) => t.includes('85 دولة')), texts.join(' | '));
  assert.ok(!texts.some((t) => t.includes('61')), texts.join(' | '));
});

test('000: nothing in the related-articles list (1873)', async () => {
  const { uri, text } = await client.open(seedPath(0));
  const texts = covered(text, await client.diagnostics(uri));
  assert.ok(!texts.some((t) => t.includes('1873')), texts.join(' | '));
});

test('001: a hover on the quote "بمرور الوقت …" names جيفري and gives a date', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'بمرور الوقت', { into: 3 }) });
  const md = hoverText(h);
  assert.match(md, /جيفري/);
  assert.match(md, /\d{4}-\d{2}-\d{2}/);
});

test('001: a hover on 5200 is not empty', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '5200', { into: 1 }) });
  assert.match(hoverText(h), /5,?200/);
});

test('001: the outline has جيمس جيفري with at least three of his claims under him', async () => {
  const { uri } = await client.open(seedPath(1));
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const jeffrey = symbols.find((s) => s.name === '\u2068جيمس جيفري\u2069');
  assert.ok(jeffrey, symbols.map((s) => s.name).join(' | '));
  assert.ok((jeffrey.children?.length ?? 0) >= 3);
});

test('001: references on جيمس جيفري reach 000', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const locations = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri }, position: positionOf(text, 'جيمس جيفري', { into: 2 }), context: { includeDeclaration: true },
  });
  assert.ok(locations.some((l) => l.uri === uriOf(seedPath(0))), locations.map((l) => l.uri).join(' | '));
  assert.ok(locations.some((l) => l.uri === uri));
});
