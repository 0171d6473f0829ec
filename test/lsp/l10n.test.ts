// The server speaks the editor's language: started with the locale `ar` in
// its initialization options, its diagnostics, hovers, quick fixes, code
// lenses and outline are in Arabic; with `en`, in English. On seeds/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CodeLens, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver';
import { LspClient, offsetOf, positionOf, seedPath } from './client.js';

let arabic: LspClient;
let english: LspClient;

before(async () => {
  [arabic, english] = await Promise.all([
    LspClient.start({ initializationOptions: { locale: 'ar' } }),
    LspClient.start({ initializationOptions: { locale: 'en' } }),
  ]);
  await Promise.all([arabic.indexed(), english.indexed()]);
});

after(async () => {
  await Promise.all([arabic.stop(), english.stop()]);
});

const FIGURE = '5200 جندي';
const LATIN = /[A-Za-z]/;

interface Seen {
  diagnostic: Diagnostic;
  hover: string;
  claimHover: string;
  actions: string[];
  lenses: string[];
  outline: string[];
}

/** What a client sees of seed 1: the unsourced 5200's diagnostic, hover and quick fixes, a claim's hover, lenses and outline. */
async function seen(client: LspClient): Promise<Seen> {
  const { uri, text } = await client.open(seedPath(1));
  const diagnostics = await client.diagnostics(uri);
  const at = (d: Diagnostic): string => text.slice(offsetOf(text, d.range.start), offsetOf(text, d.range.end));
  const diagnostic = diagnostics.find((d) => d.code === 'unsourced-figure' && at(d) === FIGURE);
  assert.ok(diagnostic, `the unsourced ${FIGURE} is reported`);
  const hoverOn = async (needle: string): Promise<string> => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, { into: 1 }) });
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };
  const actions = await client.request<CodeAction[]>('textDocument/codeAction',
    { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  return {
    diagnostic,
    hover: await hoverOn(FIGURE),
    claimHover: await hoverOn('بمرور الوقت'),
    actions: actions.map((a) => a.title),
    lenses: lenses.map((l) => l.command?.title ?? ''),
    outline: symbols.map((s) => s.name),
  };
}

/** The hover's paragraphs with what comes from the articles taken out: links' targets, isolated names, file names. */
const ownWords = (markdown: string): string[] => markdown.split('\n\n')
  .map((p) => p.replace(/\]\([^)]*\)/g, ']').replace(/\u2068[^\u2069]*\u2069/g, '').replace(/[\w-]+\.txt/g, ''));

test('locale ar: the diagnostic, the hovers, the quick fixes, the lenses and the outline are in Arabic', async () => {
  const s = await seen(arabic);
  assert.equal(s.diagnostic.message, `رقم بلا مصدر «${FIGURE}»: لا يقف وراءه أي متحدث أو مصدر في المقال.\u200f`);
  assert.match(s.diagnostic.relatedInformation?.[0]?.message ?? '', /^أقرب تصريح، على لسان /);
  assert.deepEqual(s.actions, ['تحديد المصدر…', 'ليس رقمًا', 'تجاهل مع ذكر السبب…', 'أوقف القاعدة unsourced-figure في هذا المجلد (isnad.yaml)']);
  assert.match(s.hover, /\*\*رقم\*\* · 5,200/);
  assert.match(s.hover, /\*\*بلا مصدر\*\*: لا يقف وراءه أي متحدث أو مصدر في المقال\./);
  assert.match(s.claimHover, /\*\*تصريح\*\* · اقتباس مباشر/);
  assert.match(s.claimHover, /جيفري/);
  for (const hover of [s.hover, s.claimHover]) {
    for (const paragraph of hover.split('\n\n').filter((p) => p !== '---')) {
      assert.match(paragraph, /^\u200f.*\u200f$/s, `a right-to-left paragraph: ${paragraph}`);
    }
    for (const words of ownWords(hover)) assert.doesNotMatch(words, LATIN, `English in an Arabic hover: ${words}`);
  }
  assert.ok(s.lenses.length > 0 && s.lenses.every((l) => /^(تصريحات من الحدث نفسه|تصريحات أخرى على لسان|قيم أخرى لهذا الرقم)/.test(l)), s.lenses.join(' | '));
  for (const lens of s.lenses) assert.doesNotMatch(lens, LATIN, lens);
  assert.equal(s.outline.at(-1), 'التسلسل الزمني');
});

test('locale en: the same places are in English, left to right', async () => {
  const s = await seen(english);
  // the figure isolated, so that its number stays on its Arabic side in a left-to-right row
  assert.equal(s.diagnostic.message, `Unsourced figure "\u2068${FIGURE}\u2069": no speaker or source in the article stands behind it.`);
  assert.deepEqual(s.actions, ['Mark as sourced…', 'Not a figure', 'Dismiss with a reason…', 'Turn off unsourced-figure in this folder (isnad.yaml)']);
  assert.match(s.hover, /\*\*Figure\*\* · 5,200/);
  assert.match(s.claimHover, /\*\*Claim\*\* · direct quotation/);
  assert.doesNotMatch(s.hover + s.claimHover, /\u200f/);
  assert.equal(s.outline.at(-1), 'Timeline');
});
