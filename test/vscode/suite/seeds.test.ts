// The extension in a real editor, through the same API commands the UI uses:
// hover, outline, diagnostics and references on the seed articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { activateExtension, hoverText, openSeed, positionOf, rangeOf, waitForDiagnostics } from './editor';

suite('Isnad on the seeds', () => {
  let article: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  suiteSetup(async () => {
    article = await openSeed('001_');
    assert.equal(article.languageId, 'news-article');
    await activateExtension();
    diagnostics = await waitForDiagnostics(article.uri);
  });

  test('a hover on the quote "بمرور الوقت" names جيفري and gives a date', async () => {
    const at = positionOf(article, 'بمرور الوقت', 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article.uri, at);
    const text = hoverText(hovers);
    assert.match(text, /جيفري/, `hover text: ${text}`);
    assert.match(text, /20\d\d/, `hover text has no year: ${text}`);
  });

  test('the outline has جيمس جيفري with at least three claims under him', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider', article.uri);
    const names = symbols.map((symbol) => symbol.name);
    const jeffrey = symbols.find((symbol) => symbol.name.includes('جيمس جيفري'));
    assert.ok(jeffrey, `top-level symbols: ${names.join(' | ')}`);
    assert.ok(jeffrey.children.length >= 3, `claims under ${jeffrey.name}: ${jeffrey.children.length}`);
  });

  test('5200 جندي is flagged as an unsourced figure', () => {
    const figure = rangeOf(article, '5200');
    const flagged = diagnostics.filter((d) => d.range.intersection(figure));
    assert.ok(flagged.length > 0, `diagnostics: ${diagnostics.map((d) => d.message).join(' | ')}`);
    assert.equal(codeOf(flagged[0]), 'unsourced-figure');
  });

  test('in 004, 85 دولة is flagged and the sourced 61 هجوما is not', async () => {
    const other = await openSeed('004_');
    const found = await waitForDiagnostics(other.uri);
    const on = (text: string) => found.filter((d) => d.range.intersection(rangeOf(other, text)));
    assert.ok(on('85 دولة').length > 0, `diagnostics in 004: ${found.map((d) => d.message).join(' | ')}`);
    for (const occurrence of allRanges(other, '61 هجوما')) {
      assert.equal(found.filter((d) => d.range.intersection(occurrence)).length, 0, '61 هجوما is sourced');
    }
  });

  test('references on جيمس جيفري in 001 reach 000', async () => {
    const at = positionOf(article, 'جيمس جيفري', 1);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', article.uri, at);
    const files = locations.map((location) => location.uri.path.split('/').pop() ?? '');
    assert.ok(files.some((name) => name.startsWith('000_')), `references in: ${[...new Set(files)].join(', ')}`);
  });
});

function codeOf(diagnostic: vscode.Diagnostic | undefined): string | number | undefined {
  const code = diagnostic?.code;
  return typeof code === 'object' ? code.value : code;
}

function allRanges(doc: vscode.TextDocument, text: string): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  const source = doc.getText();
  for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
    ranges.push(new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length)));
  }
  return ranges;
}
