// The Isnad view's nodes: speakers with their claims grouped by event,
// figures with their values, conflicts and changes told apart, and every
// leaf opening its spot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleNamer, byUnsourced, firstWords, isolate as i, overviewNodes, rowLabel, valueLabel, type OverviewNode } from '../../../client/src/views/tree-model.js';
import { isWorkspaceOverview } from '../../../client/src/views/overview-shape.js';
import { B, overview, range } from './fixture.js';

const leaves = (node: OverviewNode): OverviewNode[] => (node.children?.length ? node.children.flatMap(leaves) : [node]);
const allIds = (nodes: OverviewNode[]): string[] => nodes.flatMap((n) => [n.id, ...allIds(n.children ?? [])]);

test('three groups, Speakers, Figures and Unsourced figures, with their counts, open at start', () => {
  const [speakers, figures, unsourced] = overviewNodes(overview());
  assert.equal(speakers?.label, 'Speakers (2)');
  assert.equal(figures?.label, 'Figures (1)');
  assert.equal(unsourced?.label, 'Unsourced figures (2 in 1 article)');
  assert.ok(speakers?.expanded && figures?.expanded && unsourced?.expanded);
});

test('a speaker holds his events, "date · venue (N articles)", each with a claim per article: the first words, then the article', () => {
  const jeffrey = overviewNodes(overview())[0]!.children![0]!;
  assert.equal(jeffrey.label, i('جيمس جيفري'));
  assert.equal(jeffrey.description, `2 articles · 3 claims · ${i('المبعوث الأمريكي الخاص بشأن سوريا')}`);
  assert.equal(jeffrey.icon, 'person');
  assert.match(jeffrey.tooltip ?? '', /One speaker across the folder:\n• جيمس جيفري = جيمس جيفري: the same name/);
  const [event, undated] = jeffrey.children!;
  assert.equal(event?.label, `2020-01-23 · ${i('مؤتمر صحفي')} (2 articles)`);
  assert.deepEqual(event?.children?.map((c) => [c.label, c.description]), [
    [i('أكد جيفري أن الولايات المتحدة…'), '000_a'],
    [i('قال جيفري خلال مؤتمر صحفي…'), '001_b'],
  ]);
  assert.deepEqual(event?.children?.[1]?.location, { uri: B, range: range(7) });
  assert.equal(undated?.label, 'Undated (1)');
  assert.equal(undated?.children?.[0]?.location?.uri, B);
});

test('a speaker with undated claims only lists them directly', () => {
  const ministry = overviewNodes(overview())[0]!.children![1]!;
  assert.equal(ministry.icon, 'organization');
  assert.equal(ministry.description, '1 article · 1 claim');
  assert.deepEqual(ministry.children?.map((c) => [c.label, c.tooltip]), [[i('قالت الوزارة إن عدد الجنود…'), 'قالت الوزارة إن عدد الجنود 3000\n\n001_b']]);
});

test('a quantity lists its values "value · outlet · date · sourced by …" (the article after), conflicts and changes marked apart', () => {
  const troops = overviewNodes(overview())[1]!.children![0]!;
  assert.equal(troops.label, i('جندي · الولايات المتحدة · العراق'));
  assert.equal(troops.description, '3 values · 2 articles · 1 conflict · changed over time');
  assert.equal(troops.icon, 'warning');
  const [first, second, third] = troops.children!;
  assert.equal(first?.label, `5,200 · ${i('عنب بلدي')} · 2020-01-24 · no named source`);
  assert.equal(first?.icon, 'history');
  assert.equal(first?.description, '001_b · a change over time from 2,500 (000_a, 2024-01-20)');
  // A value both in a conflict and a change is shown as the conflict, the stronger word.
  assert.equal(second?.label, `2,500 · 2024-01-20 · sourced by ${i('البنتاغون')}`);
  assert.equal(second?.icon, 'warning');
  assert.equal(second?.description, `000_a · conflicts with 3,000 (${i('عنب بلدي')}, 2024-02-10)`);
  assert.equal(third?.icon, 'warning');
  assert.deepEqual(third?.location, { uri: B, range: range(30) });
  for (const leaf of leaves(troops)) assert.ok(leaf.location, leaf.label);
});

test('a quantity that only changed over time is a history, not a warning', () => {
  const o = overview();
  o.quantities[0]!.conflicts = [];
  const troops = overviewNodes(o)[1]!.children![0]!;
  assert.equal(troops.icon, 'history');
  assert.equal(troops.iconColor, undefined);
  assert.equal(troops.children![2]!.icon, 'symbol-number');
});

test('every node id is unique, and the same across two builds', () => {
  const ids = allIds(overviewNodes(overview()));
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(allIds(overviewNodes(overview())), ids);
});

test('an empty folder has no groups; an undated value says so', () => {
  assert.deepEqual(overviewNodes({ articles: [], speakers: [], quantities: [], timeline: [] }), []);
  const value = { ...overview().quantities[0]!.values[0]!, date: null, outlet: null, source: null };
  assert.equal(valueLabel(value), '5,200 · date unknown · no named source');
  assert.equal(articleNamer(overview())('file:///x/%D8%AE%D8%A8%D8%B1.txt'), 'خبر');
  assert.equal(articleNamer(overview())('file:///x/002_f854b1bd0cea57cd.txt'), '002', 'a hash-like tail is dropped');
});

test('first words: at most a few, with an ellipsis when cut', () => {
  assert.equal(firstWords('  قال   المبعوث إن  '), 'قال المبعوث إن');
  assert.equal(firstWords('أ ب ت ث ج', 3), 'أ ب ت…');
  assert.equal(firstWords(''), '');
});

test('an answer of another shape is refused', () => {
  assert.ok(isWorkspaceOverview(overview()));
  for (const bad of [null, {}, { ...overview(), speakers: null }, { ...overview(), quantities: [{ label: 1 }] }, { ...overview(), timeline: [3] }]) {
    assert.ok(!isWorkspaceOverview(bad), JSON.stringify(bad));
  }
});

test('a reviewer\'s decision shows on the value: the source given, or what was decided', () => {
  const value = overview().quantities[0]!.values[0]!;
  assert.equal(valueLabel({ ...value, review: 'sourced', source: 'وزارة الدفاع' }), `5,200 · ${i('عنب بلدي')} · 2020-01-24 · sourced by ${i('وزارة الدفاع')} (reviewed)`);
  assert.match(valueLabel({ ...value, review: 'not-a-figure' }), /not a figure \(reviewed\)$/);
  assert.match(valueLabel({ ...value, review: 'dismissed' }), /dismissed \(reviewed\)$/);
});

test('unsourced figures by article, the most first: the headline first, then the article and its count; each figure opens', () => {
  const unsourced = overviewNodes(overview())[2]!;
  const [article] = unsourced.children!;
  assert.equal(article?.label, i('"5200" جندي في العراق، يقول…'), 'a long headline shortened to fit the side bar, its start kept');
  assert.equal(article?.description, '001_b · 2 unsourced');
  assert.deepEqual(article?.children?.map((f) => [f.label, f.description]), [
    [i('5200 جندي'), i('يوجد في العراق 5200 جندي أمريكي…')],
    [i('12 قاعدة'), i('وتنتشر القوات في 12 قاعدة')],
  ]);
  assert.deepEqual(article?.children?.[0]?.location, { uri: B, range: range(25) });
  const o = overview();
  const many = Array.from({ length: 30 }, (_, n) => ({ ...o.articles[1]!, uri: `file:///news/${String(n).padStart(3, '0')}.txt`,
    name: `${String(n).padStart(3, '0')}.txt`, unsourced: o.articles[1]!.unsourced.slice(0, 1 + (n % 2)) }));
  const ordered = byUnsourced([...many, o.articles[0]!], articleNamer({ ...o, articles: many }));
  assert.equal(ordered.length, 30, 'articles without unsourced figures are left out');
  assert.deepEqual(ordered.slice(0, 3).map((a) => a.name), ['001.txt', '003.txt', '005.txt'], 'two unsourced first, then by name');
  assert.ok(!overviewNodes({ ...o, articles: many })[2]!.expanded, 'a long list stays closed at start');
  const crowd = Array.from({ length: 60 }, (_, n) => ({ ...o.speakers[1]!, key: `k${n}` }));
  assert.ok(!overviewNodes({ ...o, speakers: crowd })[0]!.expanded, 'so do 60 speakers');
});

test('a row label: the first words that fit the side bar, so a long headline keeps its start', () => {
  assert.equal(rowLabel('وصفات سهلة ومفيدة تناسب أيام الشهر الفضيل للعائلة', 6), 'وصفات سهلة ومفيدة تناسب أيام…');
  assert.equal(rowLabel('قال الوزير'), 'قال الوزير');
  assert.equal(rowLabel('قال الوزير إن الحكومة ستعلن', 3), 'قال الوزير إن…');
  // one word longer than the limit is kept whole
  assert.equal(rowLabel('الاستراتيجيةالطويلةجداجداجدا الثانية'), 'الاستراتيجيةالطويلةجداجداجدا…');
});
