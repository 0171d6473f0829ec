// The Isnad view's nodes: speakers with their claims grouped by event,
// figures with their values, conflicts and changes told apart, and every
// leaf opening its spot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleNamer, firstWords, isolate as i, overviewNodes, valueLabel, type OverviewNode } from '../../../client/src/views/tree-model.js';
import { isWorkspaceOverview } from '../../../client/src/views/overview-shape.js';
import { B, overview, range } from './fixture.js';

const leaves = (node: OverviewNode): OverviewNode[] => (node.children?.length ? node.children.flatMap(leaves) : [node]);
const allIds = (nodes: OverviewNode[]): string[] => nodes.flatMap((n) => [n.id, ...allIds(n.children ?? [])]);

test('two groups, Speakers and Figures, with their counts, open at start', () => {
  const [speakers, figures] = overviewNodes(overview());
  assert.equal(speakers?.label, 'Speakers (2)');
  assert.equal(figures?.label, 'Figures (1)');
  assert.ok(speakers?.expanded && figures?.expanded);
});

test('a speaker holds his events, "date · venue (N articles)", each with a claim per article: "article · first words"', () => {
  const jeffrey = overviewNodes(overview())[0]!.children![0]!;
  assert.equal(jeffrey.label, i('جيمس جيفري'));
  assert.equal(jeffrey.description, `2 articles · 3 claims · ${i('المبعوث الأمريكي الخاص بشأن سوريا')}`);
  assert.equal(jeffrey.icon, 'person');
  assert.match(jeffrey.tooltip ?? '', /One speaker across the folder:\n• جيمس جيفري = جيمس جيفري: the same name/);
  const [event, undated] = jeffrey.children!;
  assert.equal(event?.label, `2020-01-23 · ${i('مؤتمر صحفي')} (2 articles)`);
  assert.deepEqual(event?.children?.map((c) => c.label), [
    `000_a · ${i('أكد جيفري أن الولايات المتحدة لن تسحب قواتها…')}`,
    `001_b · ${i('قال جيفري خلال مؤتمر صحفي إن المهمة مستمرة')}`,
  ]);
  assert.deepEqual(event?.children?.[1]?.location, { uri: B, range: range(7) });
  assert.equal(undated?.label, 'Undated (1)');
  assert.equal(undated?.children?.[0]?.location?.uri, B);
});

test('a speaker with undated claims only lists them directly', () => {
  const ministry = overviewNodes(overview())[0]!.children![1]!;
  assert.equal(ministry.icon, 'organization');
  assert.equal(ministry.description, '1 article · 1 claim');
  assert.deepEqual(ministry.children?.map((c) => c.label), [`001_b · ${i('قالت الوزارة إن عدد الجنود 3000')}`]);
});

test('a quantity lists its values "value · outlet/article · date · sourced by …", conflicts and changes marked apart', () => {
  const troops = overviewNodes(overview())[1]!.children![0]!;
  assert.equal(troops.label, i('جندي · الولايات المتحدة · العراق'));
  assert.equal(troops.description, '3 values · 2 articles · 1 conflict · changed over time');
  assert.equal(troops.icon, 'warning');
  const [first, second, third] = troops.children!;
  assert.equal(first?.label, `5,200 · ${i('عنب بلدي')} / 001_b · 2020-01-24 · no named source`);
  assert.equal(first?.icon, 'history');
  assert.equal(first?.description, 'a change over time from 2,500 (000_a, 2024-01-20)');
  // A value both in a conflict and a change is shown as the conflict, the stronger word.
  assert.equal(second?.label, `2,500 · 000_a · 2024-01-20 · sourced by ${i('البنتاغون')}`);
  assert.equal(second?.icon, 'warning');
  assert.equal(second?.description, `conflicts with 3,000 (${i('عنب بلدي')}, 2024-02-10)`);
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
  assert.equal(valueLabel(value, articleNamer(overview())), '5,200 · 001_b · date unknown · no named source');
  assert.equal(articleNamer(overview())('file:///x/%D8%AE%D8%A8%D8%B1.txt'), 'خبر');
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
