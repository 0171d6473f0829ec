// The one token model of an article (passes/tokens.ts), the views the
// passes read it through, and the clitic readings they share (clitics.ts).
// Each case marks with ⟦ ⟧ the tokens its view should read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliticForms, cliticSpellings, frontClitics, lookupUnderClitics, oneCliticThenArticle, onlyClitics, withoutArticle } from '../../server/src/analysis/passes/clitics.js';
import { textStarts, textTokens } from '../../server/src/analysis/passes/dates-tokens.js';
import { nextToken, prevToken } from '../../server/src/analysis/passes/figures-tokens.js';
import { tokenize } from '../../server/src/analysis/passes/tokens.js';
import { ATTRIBUTION_FIRST_WORDS } from '../../server/src/analysis/passes/attribution.js';
import { CUE_SURFACE_WORDS } from '../../server/src/analysis/passes/cues.js';
import { FAMILIES, STARTS, startFamilies } from '../../server/src/analysis/passes/dates-starts.js';
import { FIGURE_START_WORDS } from '../../server/src/analysis/passes/figures.js';
import { nameTitleWords } from '../../server/src/analysis/passes/name-evidence.js';
import { PhraseTable, tokenize as stretchWords } from '../../server/src/analysis/workspace/tokens.js';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';
import { makeDoc } from '../helpers/doc.js';
import { parseMarks, spanTexts } from '../helpers/marks.js';

/** The original text of each token of a view. */
const texts = (text: string, tokens: readonly { start: number; end: number }[]): string[] => tokens.map((t) => text.slice(t.start, t.end));

test('the article is cut once: runs of letters, of digits, of Latin letters, and single marks', () => {
  for (const marked of [
    '⟦قالت⟧ ⟦الوزارة⟧⟦،⟧ ⟦أمس⟧⟦:⟧ ⟦«⟧⟦إنّ⟧ ⟦2015⟧ ⟦كان⟧ ⟦عامًا⟧⟦»⟧',
    '⟦ب⟧⟦2015⟧ ⟦CNN⟧ ⟦H⟧⟦1⟧⟦N⟧⟦1⟧ ⟦12⟧⟦,⟧⟦500⟧',
  ]) {
    const { text, spans } = parseMarks(marked);
    assert.deepEqual(texts(text, makeDoc(text).tokens), spanTexts(text, spans), marked);
  }
});

test('a token keeps what the spelling shows: the article, shadda, tanween, ة and ى', () => {
  const doc = makeDoc('بيّن المديرُ مسبقًا على المدرسة\nثم قال');
  const [bayyana, mudir, musbaqan, ala, madrasa, thumma] = doc.tokens;
  assert.ok(bayyana!.shadda && !mudir!.shadda);
  assert.ok(mudir!.definite && !musbaqan!.definite);
  assert.ok(musbaqan!.accusative);
  assert.ok(ala!.maqsura && madrasa!.taaMarbuta);
  assert.equal(madrasa!.norm, normalize('المدرسة'));
  assert.equal(thumma!.line, 1);
  assert.ok(thumma!.breakBefore && !madrasa!.breakBefore);
});

test('a token says which of the per-word lexicons hold its norm, a copy with another norm its own', () => {
  // every listed word, made a token, answers as the lexicon's own lookup does
  for (const w of FAMILIES.keys()) assert.equal(makeDoc(w).tokens[0]!.dateFamilies, startFamilies(w), w);
  for (const w of CUE_SURFACE_WORDS) assert.ok(makeDoc(w).tokens[0]!.cueWord, w);
  for (const w of nameTitleWords()) assert.ok(makeDoc(w).tokens[0]!.nameTitle, w);
  for (const w of ATTRIBUTION_FIRST_WORDS) assert.ok(makeDoc(w).tokens[0]!.attributionStart, w);
  for (const w of FIGURE_START_WORDS) assert.ok(makeDoc(w).tokens[0]!.figureStart, w);
  const [qala, ams, hasab, duktur, thalatha, kitab] = makeDoc('قال أمس حسب الدكتور ثلاثة كتاب').tokens;
  assert.ok(qala!.cueWord && !qala!.nameTitle && !qala!.figureStart && !qala!.attributionStart && !qala!.dateFamilies);
  assert.equal(ams!.dateFamilies, STARTS.relativeDay);
  assert.ok(hasab!.attributionStart && duktur!.nameTitle && thalatha!.figureStart);
  assert.ok(!kitab!.cueWord && !kitab!.nameTitle && !kitab!.figureStart && !kitab!.attributionStart && !kitab!.dateFamilies);
  // a view's copy with another norm is looked up again; one with the same norm keeps the answer
  assert.ok(!qala!.with({ norm: 'كتاب' }).cueWord && kitab!.with({ norm: 'قال' }).cueWord && qala!.with({ kind: 'mark' }).cueWord);
  // the claims' view joins ب and 2015 into a word of its own
  assert.ok(tokenize(makeDoc('وقال ب2015')).every((t) => !t.figureStart && !t.dateFamilies));
});

test('the claims read letters and digits written together as one word, and cut words glued after ة', () => {
  const { text, spans } = parseMarks('⟦ب2015⟧ ⟦كتب⟧ ⟦محمد⟧ ⟦خليفة⟧⟦قال⟧ ⟦H1N1⟧⟦.⟧');
  assert.deepEqual(texts(text, tokenize(makeDoc(text))), spanTexts(text, spans));
});

test('the claims look for words written together from the first the tokens found, and keep the tokens when there is none', () => {
  const { text, spans } = parseMarks('⟦قال⟧ ⟦الوزير⟧⟦:⟧ ⟦2015⟧⟦-⟧⟦ب⟧ ⟦ب2015⟧ ⟦و3⟧');
  const doc = makeDoc(text);
  assert.equal(doc.tokens[doc.joinsFrom]!.norm, '2015');
  assert.equal(doc.tokens[doc.joinsFrom - 1]!.norm, 'ب');
  assert.deepEqual(texts(text, tokenize(doc)), spanTexts(text, spans));
  const plain = makeDoc('قال الوزير: 2015 - ب');
  assert.equal(plain.joinsFrom, plain.tokens.length);
  assert.equal(tokenize(plain), plain.tokens);
});

test('the dates read Latin letters one by one as marks', () => {
  const doc = makeDoc('في 2015 AD');
  assert.deepEqual(textTokens(doc).map((t) => [t.norm, t.kind]), [['في', 'word'], ['2015', 'number'], ['A', 'mark'], ['D', 'mark']]);
});

test('the numbers and the words a date or a figure may begin with are listed, in the dates view at its own indices', () => {
  const doc = makeDoc('قال أمس إن ثلاثة من CNN قتلوا في 2015 – عام');
  const listed = [normalize('أمس'), normalize('ثلاثة'), '2015', normalize('عام')];
  assert.deepEqual(doc.starts.map((k) => doc.tokens[k]!.norm), listed);
  for (const [k, t] of doc.tokens.entries()) assert.equal(doc.starts.includes(k), t.kind === 'number' || t.startWord, t.norm);
  // the tokens the dates' view reads otherwise: CNN is three marks there, the dash a word
  assert.deepEqual(doc.respelled.map((k) => doc.tokens[k]!.norm), ['CNN', '–']);
  const view = textTokens(doc);
  assert.deepEqual(view.map((t) => t.kind === 'word' ? t.norm : `${t.kind}:${t.norm}`), [
    'قال', normalize('أمس'), normalize('إن'), normalize('ثلاثة'), 'من', 'mark:C', 'mark:N', 'mark:N', 'قتلوا', 'في', 'number:2015', '–', normalize('عام'),
  ]);
  assert.deepEqual(textStarts(doc).map((k) => view[k]!.norm), listed);
});

test('the figures read a number with its separators, a line end, and the part of a word on either side', () => {
  const text = 'بلغ 12,500 جندي\nو3.5';
  const doc = makeDoc(text);
  const at = (s: string): number => doc.norm.text.indexOf(normalize(s));
  assert.deepEqual(nextToken(doc, at('12')), { start: at('12'), end: at('12') + 6, text: '12,500', kind: 'num' });
  assert.equal(prevToken(doc, at('12') + 6)?.text, '12,500');
  assert.equal(nextToken(doc, at('جندي') + 4)?.kind, 'break');
  assert.equal(nextToken(doc, at('جندي') + 2)?.text, 'دي');
  assert.equal(prevToken(doc, at('جندي') + 2)?.text, 'جن');
  assert.equal(prevToken(doc, text.length)?.text, '3.5');
});

test('the workspace index reads the words of a stretch, a word it cuts in part', () => {
  const text = 'وأوضح الوزير خلال مؤتمر صحفي أن المفاوضات مستمرة.';
  const article = analyzeArticle(text);
  const end = text.indexOf('صحفي') + 2;
  const words = stretchWords(article, text.indexOf('الوزير'), end);
  assert.deepEqual(words.map((w) => w.norm), ['الوزير', 'خلال', 'مؤتمر', 'صح'].map(normalize));
  assert.equal(words.at(-1)!.end, end);
});

test('clitics: a conjunction, then a preposition, read off the front of a word', () => {
  assert.equal(frontClitics('وبالأمس'), 2);
  assert.equal(frontClitics('فيناير'), 1);
  assert.equal(frontClitics('بولندا'), 1); // ب, then و is no conjunction after a preposition
  assert.equal(frontClitics('وخمسة', '', 'و'), 1);
  assert.equal(frontClitics('فخمسة', '', 'و'), 0);
  const months = new Set(['يناير', 'العام']);
  const find = (w: string): string | undefined => (months.has(w) ? w : undefined);
  assert.deepEqual(lookupUnderClitics('وليناير', find), { hit: 'يناير', prefix: 2 });
  assert.deepEqual(lookupUnderClitics('للعام', find), { hit: 'العام', prefix: 1 });
  assert.equal(lookupUnderClitics('ليناير', find, ''), null);
  assert.equal(lookupUnderClitics('ون', (w) => (w === 'ن' ? w : undefined)), null); // two letters must remain
  const spellings = ['العام', 'بالعام', 'لالعام', 'للعام', 'والعام', 'وبالعام', 'ولالعام', 'وللعام', 'فالعام', 'فبالعام', 'فلالعام', 'فللعام'];
  assert.deepEqual(new Set(cliticSpellings('العام', true)), new Set(spellings));
});

test('clitics: letters that are clitics only, and a word without its article', () => {
  for (const letters of ['ب', 'وب', 'لل', 'بال', 'وال', 'ك', 'ال']) assert.ok(onlyClitics(letters), letters);
  for (const letters of ['ص', 'بو', 'الم']) assert.ok(!onlyClitics(letters), letters);
  assert.equal(withoutArticle('والقرار'), 'قرار');
  assert.equal(withoutArticle('للمدرسه'), 'مدرسه');
  assert.equal(withoutArticle('بالعراق'), 'عراق');
  assert.equal(withoutArticle('لوالديه'), null); // ل + والديه: no article
  assert.equal(withoutArticle('الم'), null);
  for (const w of ['بالعراق', 'كالعاده', 'والمدير', 'فالامر', 'للمدرسه']) assert.ok(oneCliticThenArticle(w), w);
  for (const w of ['وبالعراق', 'العراق', 'بلاد', 'ولايه']) assert.ok(!oneCliticThenArticle(w), w);
  assert.deepEqual(cliticForms('وبالعراق'), ['وبالعراق', 'بالعراق', 'العراق']);
  assert.deepEqual(cliticForms('للعراق'), ['للعراق', 'لعراق', 'العراق']);
});

test('a lexicon phrase is found under the clitics of its first word, the longest first, and a word no phrase starts is passed over', () => {
  const table = new PhraseTable<string>();
  for (const phrase of ['مجلس الأمن', 'مجلس الأمن الدولي', 'المدرسة', 'قاعة المؤتمرات']) table.add(normalize(phrase), phrase);
  for (const [marked, values] of [
    ['اجتمع ⟦وبمجلس الأمن الدولي⟧ أمس', ['مجلس الأمن الدولي']],
    ['تحدث ⟦بمجلس الأمن⟧ ثم ⟦للمدرسة⟧ في ⟦قاعة المؤتمرات⟧', ['مجلس الأمن', 'المدرسة', 'قاعة المؤتمرات']],
    ['حضر المجلس والقاعة والمدارس', []],
  ] as const) {
    const { text, spans } = parseMarks(marked);
    const article = analyzeArticle(text);
    const words = stretchWords(article, 0, text.length);
    const found = table.matches(words);
    assert.deepEqual(found.map((m) => text.slice(words[m.from]!.start, words[m.to - 1]!.end)), spanTexts(text, spans), marked);
    assert.deepEqual(found.map((m) => m.value), values, marked);
  }
});
