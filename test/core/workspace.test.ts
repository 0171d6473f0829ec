// The cross-article index on the seeds and on short articles written for
// these tests: who is the same speaker across articles, and what follows
// from it (mentions, claims, related claims, symbols).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import type { Article } from '../../server/src/analysis/model.js';
import { createWorkspaceIndex, readArticle } from '../../server/src/analysis/workspace/index.js';
import type { WorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import { identityOf, mergeReason } from '../../server/src/analysis/workspace/identity.js';
import { seed } from '../helpers/doc.js';

const uri = (n: number | string): string => `file:///seeds/${n}.txt`;

function indexOf(texts: Record<string, string>): { index: WorkspaceIndex; articles: Record<string, Article> } {
  const index = createWorkspaceIndex();
  const articles: Record<string, Article> = {};
  for (const [name, text] of Object.entries(texts)) {
    articles[name] = analyzeArticle(text);
    index.update(uri(name), articles[name]);
  }
  return { index, articles };
}

function keyOf(index: WorkspaceIndex, articles: Record<string, Article>, name: string, speakerName: string): string {
  const speaker = articles[name]!.speakers.find((s) => s.name === speakerName);
  assert.ok(speaker, `${name} has no speaker ${speakerName}: ${articles[name]!.speakers.map((s) => s.name).join(', ')}`);
  const key = index.speakerKey(uri(name), speaker.id);
  assert.ok(key);
  return key;
}

const article = (body: string): string => `عنوان الخبر\n${body}\n`;

test('Jeffrey of 000 and of 001 is one speaker; his mentions and claims reach both articles', () => {
  const { index, articles } = indexOf({ '000': seed(0), '001': seed(1) });
  const key = keyOf(index, articles, '000', 'جيمس جيفري');
  assert.equal(keyOf(index, articles, '001', 'جيمس جيفري'), key);
  assert.deepEqual([...new Set(index.mentionsOf(key).map((m) => m.uri))], [uri('000'), uri('001')]);
  const claims = index.claimsOf(key);
  assert.equal(claims.filter((c) => c.uri === uri('000')).length, 6);
  assert.ok(claims.filter((c) => c.uri === uri('001')).length >= 3);
  const folder = index.speaker(key);
  assert.equal(folder?.name, 'جيمس جيفري');
  assert.equal(folder?.members.length, 2);
});

test('related claims are the same speaker\'s claims in the other articles, his event\'s first', () => {
  const { index, articles } = indexOf({ '000': seed(0), '001': seed(1), '002': seed(2) });
  const quote = articles['001']!.claims.find((c) => seed(1).slice(c.start, c.end).includes('بمرور الوقت'))!;
  const related = index.relatedClaims(uri('001'), quote.id);
  assert.equal(related.length, 6);
  assert.ok(related.every((r) => r.uri === uri('000')));
  const why = index.related(uri('001'), quote.id).map((r) => r.why);
  assert.deepEqual(why, ['event', 'event', 'event', 'event', 'event', 'speaker'], 'the headline is not placed in the event');
  assert.deepEqual(index.relatedClaims(uri('001'), 'no-such-claim'), []);
  index.remove(uri('000'));
  assert.deepEqual(index.relatedClaims(uri('001'), quote.id), []);
});

test('spelling variants of a first name merge: جيم جيفري ≡ جيمس جيفري', () => {
  const { index, articles } = indexOf({
    '001': seed(1),
    x: article('قال المبعوث الأمريكي جيم جيفري إن الانسحاب لن يتم قريبا.'),
  });
  const key = keyOf(index, articles, 'x', 'جيم جيفري');
  assert.equal(keyOf(index, articles, '001', 'جيمس جيفري'), key);
  assert.ok(index.speaker(key)!.aliases.includes('جيم جيفري') || index.speaker(key)!.name === 'جيم جيفري');
});

test('a shared surname or title does not merge two people', () => {
  const { index, articles } = indexOf({
    '001': seed(1),
    '002': seed(2),
    x: article('قال الباحث مارك جيفري إن الانسحاب لن يتم قريبا.'),
  });
  const jeffrey = keyOf(index, articles, '001', 'جيمس جيفري');
  assert.notEqual(keyOf(index, articles, 'x', 'مارك جيفري'), jeffrey);
  // both are called المبعوث الأمريكي in their articles
  assert.notEqual(keyOf(index, articles, '002', 'إيان مكاري'), jeffrey);
});

test('title-only people, anonymous sources and documents stay in their article', () => {
  const { index, articles } = indexOf({
    a: article('قال مسؤول في وزارة الخارجية الأمريكية إن القوات باقية.\nوأكد الرئيس العراقي ضرورة الحوار.'),
    b: article('قال مسؤول في وزارة الخارجية الأمريكية إن القوات راحلة.\nوأكد الرئيس العراقي أهمية التعاون.'),
  });
  for (const name of ['مسؤول في وزارة الخارجية الأمريكية', 'الرئيس العراقي']) {
    assert.notEqual(keyOf(index, articles, 'a', name), keyOf(index, articles, 'b', name), name);
  }
});

test('a body named the same way in two articles is one speaker', () => {
  const { index, articles } = indexOf({
    a: article('وأعلنت الحكومة العراقية أن الاتفاق تم.'),
    b: article('وأكدت الحكومة العراقية أن الحوار مستمر.'),
  });
  assert.equal(keyOf(index, articles, 'a', 'الحكومة العراقية'), keyOf(index, articles, 'b', 'الحكومة العراقية'));
});

const person = (name: string, aliases: string[] = []) => ({ id: 's1', name, aliases, role: null, type: 'person' as const, mentions: [] });

test('the merge rule on names, with its reasons', () => {
  const form = (name: string) => identityOf(person(name)).forms[0]!;
  const cases: [string, string, string | null][] = [
    ['جيمس جيفري', 'جيمس جيفري', 'same-name'],
    ['الرئيس دونالد ترامب', 'دونالد ترامب', 'with-title'],
    ['جيم جيفري', 'جيمس جيفري', 'first-name-variant'],
    ['جواد ظريف', 'محمد جواد ظريف', 'fuller-name'],
    ['مارك جيفري', 'جيمس جيفري', null],
    ['عبد الله صالح', 'عبد الرحمن صالح', null],
    ['رامي عبد الرحمن', 'محمد بن عبد الرحمن', null], // عبد الرحمن is one part: the surnames differ
    ['جي جيفري', 'جيمس جيفري', null], // a two-letter prefix is too little
  ];
  for (const [a, b, reason] of cases) assert.equal(mergeReason('person', form(a), form(b)), reason, `${a} / ${b}`);
  const titled = identityOf(person('جيمس جيفري', ['المبعوث الأمريكي', 'جيفري']));
  assert.deepEqual(titled.forms, [{ parts: ['جيمس', 'جيفري'], titled: false }], 'titles and a bare surname are not forms');
  for (const notName of ['عبد الله', 'الولايات المتحدة', 'الصحف الأوروبية', 'بمنطقة مكة المكرمة']) {
    assert.deepEqual(identityOf(person(notName)).forms, [], notName);
  }
  assert.deepEqual(identityOf(person('الوليد بن طلال')).forms[0]?.parts, ['الوليد', 'بن طلال'], 'a particle shows a name');
});

test('workspace symbols match normalized names and claim text', () => {
  const { index } = indexOf({ '000': seed(0), '001': seed(1) });
  const esper = index.symbols('اسبر'); // written إسبر in 001
  assert.ok(esper.some((m) => m.kind === 'speaker' && m.speaker.name === 'مارك إسبر'));
  assert.ok(esper.some((m) => m.kind === 'claim' && m.uri === uri('001')));
  const jeffrey = index.symbols('جيفري');
  assert.deepEqual([...new Set(jeffrey.filter((m) => m.kind === 'speaker').map((m) => m.uri))], [uri('000'), uri('001')]);
  assert.ok(index.symbols('بمرور الوقت').some((m) => m.kind === 'claim' && m.speaker.name === 'جيمس جيفري'));
  assert.ok(index.symbols('').every((m) => m.kind === 'speaker'), 'an empty query lists speakers only');
  assert.equal(index.symbols('جيفري', { limit: 2 }).length, 2);
  assert.deepEqual(index.symbols('جيفري', { cancelled: () => true }), []);
});

test('updating an article replaces it; removing it forgets it', () => {
  const { index, articles } = indexOf({ '000': seed(0), '001': seed(1) });
  index.update(uri('000'), analyzeArticle(article('قال وزير الخارجية سامح شكري إن بلاده ترفض التدخل.')));
  const key = keyOf(index, articles, '001', 'جيمس جيفري');
  assert.deepEqual([...new Set(index.mentionsOf(key).map((m) => m.uri))], [uri('001')]);
  index.remove(uri('001'));
  assert.deepEqual(index.uris(), [uri('000')]);
  assert.equal(index.speaker(key), null);
  assert.equal(index.speakerKey(uri('001'), 's1'), null);
});

test('an article read right after its analysis (its words taken from the analysis) reads as one read later', () => {
  for (const n of [0, 1, 2, 3, 4]) {
    const first = analyzeArticle(seed(n));
    const right = JSON.stringify(readArticle(uri(n), first));
    const again = analyzeArticle(seed(n));
    analyzeArticle(seed(n === 0 ? 1 : 0)); // another article analysed between: its words are read again
    assert.equal(JSON.stringify(readArticle(uri(n), again)), right, `seed ${n}`);
  }
});
