// Events, quantities, conflicts and incremental updates of the cross-article
// index, in memory, on the seeds (dated as ../shared/eval/seeds.isnad.yaml
// dates them) and on short articles written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import type { Article, ArticleContext, GazetteerEntry } from '../../server/src/analysis/model.js';
import { runRules } from '../../server/src/analysis/rules/index.js';
import { createWorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import type { WorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import { seed } from '../helpers/doc.js';

const uri = (n: string): string => `file:///folder/${n}.txt`;
/** The seeds' publication dates, as the evaluation gives them. */
const PUBLISHED = ['2020-01-23', '2020-01-24', '2024-03-02', '2024-03-24', '2024-01-26'];

const article = (body: string): string => `عنوان الخبر\n${body}\n`;

function indexOf(texts: Record<string, string | [string, ArticleContext]>, gazetteer: GazetteerEntry[] = []): WorkspaceIndex {
  const index = createWorkspaceIndex();
  for (const [name, t] of Object.entries(texts)) {
    const [text, context] = typeof t === 'string' ? [t, {}] : t;
    index.update(uri(name), analyzeArticle(text, context), { gazetteer });
  }
  return index;
}

const dated = (n: number): [string, ArticleContext] => [seed(n), { published: PUBLISHED[n]! }];
const figure = (a: Article, value: number) => a.figures.find((f) => f.value === value)!;

test('Jeffrey\'s claims of 2020-01-23 in 000 and 001 are one event, at a press conference', () => {
  const index = indexOf({ '000': dated(0), '001': dated(1) });
  const [event, ...others] = index.events(2);
  assert.equal(others.length, 0);
  assert.equal(event?.day, '2020-01-23');
  assert.equal(event?.venue, 'مؤتمر صحفي');
  assert.deepEqual(event?.uris, [uri('000'), uri('001')]);
  assert.equal(index.speaker(event!.speakerKey)?.name, 'جيمس جيفري');
  assert.equal(event?.claims.filter((c) => c.uri === uri('000')).length, 6);
  assert.ok(event!.claims.every((c) => !c.byWeekday));
});

test('an undated article joins the event its weekday and venue match (000 says Thursday, at a press conference)', () => {
  const index = indexOf({ '000': seed(0), '001': seed(1) });
  const [event] = index.events(2);
  assert.equal(event?.day, '2020-01-23');
  const from000 = event!.claims.filter((c) => c.uri === uri('000'));
  assert.ok(from000.length >= 4 && from000.every((c) => c.byWeekday), JSON.stringify(from000.map((c) => c.claim.id)));
});

test('one speaker on one day: a press conference and an interview are two events; a claim naming no venue joins the only one', () => {
  const context = { published: '2024-02-09' };
  const index = indexOf({
    a: [article('قال المبعوث الأمريكي جيمس جيفري، أمس الخميس، خلال مؤتمر صحفي إن التحالف مستمر.\nوأضاف جيفري أن القوات باقية.'), context],
    b: [article('وأكد جيمس جيفري أمس الخميس في مؤتمر صحفي أن القوات باقية.'), context],
    c: [article('وقال جيمس جيفري، أمس الخميس، في مقابلة مع قناة الحرة إن الانسحاب لن يتم قريبا.'), context],
  });
  const events = index.events();
  assert.deepEqual(events.map((e) => [e.venue, e.uris.length, e.claims.length]), [['مؤتمر صحفي', 2, 3], ['مقابلة', 1, 1]]);
  const single = indexOf({
    b: [article('وأكد جيمس جيفري أمس الخميس في مؤتمر صحفي أن القوات باقية.'), context],
    d: [article('وقال جيمس جيفري، أمس الخميس، إن الانسحاب لن يتم قريبا.'), context],
  });
  assert.deepEqual(single.events().map((e) => [e.venue, e.uris.length]), [['مؤتمر صحفي', 2]]);
});

test('US troops in Iraq: 5200 (001, January 2020), 2500 (004, January 2024) and 2500 (002, March 2024) are one quantity', () => {
  const index = indexOf({ '001': dated(1), '002': dated(2), '004': dated(4) });
  const iraq = index.quantities(2).find((q) => q.subject.place === 'العراق')!;
  assert.deepEqual(iraq.subject, { unit: 'جندي', actor: 'الولايات المتحدة', place: 'العراق' });
  assert.deepEqual(iraq.values.map((v) => [v.figure.value, v.uri, v.date]), [
    [5200, uri('001'), '2020-01-24'], [2500, uri('004'), '2024-01-26'], [2500, uri('002'), '2024-03-02'],
  ]);
  const syria = index.quantities(2).find((q) => q.subject.place === 'سوريا')!;
  assert.deepEqual(syria.values.map((v) => [v.figure.value, v.date, v.dateFrom]), [[600, '2019-12-05', 'claim'], [900, '2024-03-02', 'article']]);
  assert.equal(syria.values[0]!.source.kind === 'speaker' && syria.values[0]!.source.name, 'مارك إسبر');
  // 2000 "in northeast Syria" names no actor in its clause: not a quantity
  assert.equal(index.quantityOf(uri('001'), figure(index.article(uri('001'))!, 2000)), null);
});

test('values of one quantity: the same agrees, a different value years apart is a change, months apart is a conflict', () => {
  const index = indexOf({
    '001': dated(1), '002': dated(2), '004': dated(4),
    x: [article('وقالت وزارة الدفاع الأمريكية إنه يوجد في العراق حاليا 3000 جندي أمريكي.'), { published: '2024-02-10' }],
  });
  const others = index.otherValues(uri('004'), figure(index.article(uri('004'))!, 2500));
  assert.deepEqual(others.map((o) => [o.value.figure.value, o.relation, o.order]).sort(), [
    [2500, 'agrees', 'later'], [3000, 'conflict', 'later'], [5200, 'change', 'earlier'],
  ].sort());
});

test('conflicting-figure: a finding on each side of a conflict, pointing at the other article; none for an article alone', () => {
  const index = indexOf({
    '004': dated(4),
    x: [article('وقالت وزارة الدفاع الأمريكية إنه يوجد في العراق حاليا 3000 جندي أمريكي.'), { published: '2024-02-10' }],
  });
  const a = index.article(uri('004'))!;
  const findings = runRules(a, new Map(), { index, uri: uri('004') }).filter((f) => f.rule === 'conflicting-figure');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'information');
  assert.equal(a.text.slice(findings[0]!.start, findings[0]!.end), figure(a, 2500).text);
  assert.match(findings[0]!.message, /3,000 \(2024-02-10\)/);
  assert.deepEqual(findings[0]!.related?.map((r) => [r.uri, r.message]), [[uri('x'), '3,000 (2024-02-10), said by وزارة الدفاع الأمريكية']]);
  const x = index.article(uri('x'))!;
  assert.equal(runRules(x, new Map(), { index, uri: uri('x') }).filter((f) => f.rule === 'conflicting-figure').length, 1);
  assert.deepEqual(runRules(a).filter((f) => f.rule === 'conflicting-figure'), []);
  assert.deepEqual(runRules(a, new Map([['conflicting-figure', 'off']]), { index, uri: uri('004') }).filter((f) => f.rule === 'conflicting-figure'), []);
});

test('what a figure is about: its own clause, a place after في or coordinated with one, a nisba after a territory noun; not happenings', () => {
  const index = indexOf({
    a: article('حيث يوجد في العراق حوالي 2500 جندي أمريكي وحوالي 900 جندي أمريكي في سوريا.'),
    b: article('وينتشر في العراق وسوريا نحو 3400 جندي أمريكي، ويضم التحالف 85 دولة.\nوتعرضت القوات الأمريكية في العراق وسوريا لـ 61 هجوما.'),
    c: article('ليصبح عدد الجنود الأمريكيين حوالي 600 جندي في عموم المناطق السورية.'),
  });
  const subject = (name: string, value: number) => index.quantityOf(uri(name), figure(index.article(uri(name))!, value))?.subject ?? null;
  assert.equal(subject('a', 2500)?.place, 'العراق');
  assert.equal(subject('a', 900)?.place, 'سوريا');
  assert.deepEqual(subject('b', 3400), { unit: 'جندي', actor: 'الولايات المتحدة', place: 'العراق، سوريا' });
  assert.equal(subject('b', 85), null, 'no place or actor in its clause');
  assert.equal(subject('b', 61), null, 'attacks are counted over a period: not one quantity');
  assert.deepEqual(subject('c', 600), { unit: 'جندي', actor: 'الولايات المتحدة', place: 'سوريا' });
});

test('updates are per article: a changed or removed file changes its own values and its neighbours, nothing else', () => {
  const index = indexOf({ '001': dated(1), '002': dated(2), '004': dated(4), '000': dated(0) });
  const iraq = (): number[] => index.quantities(1).find((q) => q.subject.place === 'العراق')?.values.map((v) => v.figure.value) ?? [];
  assert.deepEqual(index.neighbours(uri('004')), [uri('001'), uri('002'), uri('004')]);
  assert.deepEqual(index.neighbours(uri('000')), [uri('000')]);
  index.remove(uri('004'));
  assert.deepEqual(iraq(), [5200, 2500]);
  index.update(uri('002'), analyzeArticle(article('قال وزير الخارجية سامح شكري إن بلاده ترفض التدخل.')));
  assert.deepEqual(iraq(), [5200]);
  assert.equal(index.events(2).length, 1, 'the event of 000 and 001 is still there');
  index.remove(uri('000'));
  assert.equal(index.events(2).length, 0);
  index.update(uri('004'), analyzeArticle(...dated(4)));
  assert.deepEqual(iraq(), [5200, 2500]);
});

test('groups do not depend on the order articles came in', () => {
  const names = ['000', '001', '002', '004'];
  const build = (order: string[]) => indexOf(Object.fromEntries(order.map((n) => [n, dated(Number(n))])));
  const [a, b] = [build(names), build([...names].reverse())];
  assert.deepEqual(b.speakers(2).map((s) => [s.key, s.merges.length]), a.speakers(2).map((s) => [s.key, s.merges.length]));
  assert.deepEqual(b.events().map((e) => e.key), a.events().map((e) => e.key));
});

test('the gazetteer wins: it joins a kunya to its name and keeps apart names the rule would join', () => {
  const texts = {
    a: article('قال الرئيس الفلسطيني محمود عباس في مؤتمر صحفي إن المفاوضات متوقفة.'),
    b: article('وأكد أبو مازن في مقابلة مع قناة محلية أن المفاوضات متوقفة.'),
  };
  const none = indexOf(texts);
  const keyOf = (index: WorkspaceIndex, name: string) => index.speakerKey(uri(name), 's1');
  assert.notEqual(keyOf(none, 'a'), keyOf(none, 'b'));
  const joined = indexOf(texts, [{ name: 'محمود عباس', aliases: ['أبو مازن'], role: null, type: 'person' }]);
  assert.equal(keyOf(joined, 'a'), keyOf(joined, 'b'));
  assert.deepEqual(joined.speaker(keyOf(joined, 'a')!)?.merges.map((m) => [m.reason, m.entry]), [['gazetteer', 'محمود عباس']]);
  const variants = {
    c: article('قال المبعوث جيم جيفري خلال مقابلة إن الانسحاب لن يتم قريبا.'),
    d: article('وقال جيمس جيفري في مؤتمر صحفي إن التحالف مستمر.'),
  };
  const merged = indexOf(variants);
  assert.equal(keyOf(merged, 'c'), keyOf(merged, 'd'));
  assert.deepEqual(merged.speaker(keyOf(merged, 'c')!)?.merges.map((m) => m.reason), ['first-name-variant']);
  const apart = indexOf(variants, [
    { name: 'جيم جيفري', aliases: [], role: null, type: 'person' },
    { name: 'جيمس جيفري', aliases: [], role: null, type: 'person' },
  ]);
  assert.notEqual(keyOf(apart, 'c'), keyOf(apart, 'd'));
});
