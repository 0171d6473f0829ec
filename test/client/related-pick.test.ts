// The rows of the related-claims quick pick (client/src/related-pick.ts):
// the Arabic alone in the label, isolated and short enough that a row never
// loses its start; the outlet, date and file after it; a separator per
// reason. Sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LONGEST_LABEL, claimDescription, claimLabel, relatedRows } from '../../client/src/related-pick.js';
import type { RelatedClaimItem } from '../../server/src/lsp/protocol.js';

const FSI = '\u2068';
const PDI = '\u2069';
const unwrap = (label: string): string => {
  assert.ok(label.startsWith(FSI) && label.endsWith(PDI), `not isolated: ${label}`);
  return label.slice(1, -1);
};

const item = (over: Partial<RelatedClaimItem>): RelatedClaimItem => ({
  uri: 'file:///news/a.txt', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } },
  speaker: 'سلمى الحداد', outlet: null, date: '2024-03-02', text: 'وأكدت الوزيرة أن المدارس ستفتح أبوابها غدا',
  file: 'a.txt', why: 'event', ...over,
});

test('a claim that does not name its speaker gets the name first, as one right-to-left run', () => {
  assert.equal(unwrap(claimLabel(item({}))), 'سلمى الحداد: وأكدت الوزيرة أن المدارس ستفتح أبوابها غدا');
});

test('a claim whose first words name the speaker is not prefixed with the name again', () => {
  assert.equal(unwrap(claimLabel(item({ text: 'قالت سلمى الحداد إن المدارس ستفتح' }))), 'قالت سلمى الحداد إن المدارس ستفتح');
  assert.equal(unwrap(claimLabel(item({ text: 'وأوضحت الحداد، في بيان، أن المدارس ستفتح' }))), 'وأوضحت الحداد، في بيان، أن المدارس ستفتح');
  assert.equal(unwrap(claimLabel(item({ speaker: null, text: 'ستفتح المدارس أبوابها' }))), 'ستفتح المدارس أبوابها');
});

test('a long claim is cut at a whole word within the row\'s room, its start kept', () => {
  const text = 'وأكدت الوزيرة في مؤتمر صحفي عقدته في العاصمة صباح اليوم أن المدارس الحكومية كلها ستفتح أبوابها للطلاب الأسبوع المقبل';
  const label = unwrap(claimLabel(item({ text })));
  assert.ok(label.startsWith('سلمى الحداد: وأكدت الوزيرة في مؤتمر'), label);
  assert.ok(label.endsWith(' …'), label);
  assert.ok(label.length <= LONGEST_LABEL + 2, `${label.length} characters`);
  assert.ok(text.includes(label.slice('سلمى الحداد: '.length, -2)), 'whole words, in order');
  const oneWord = unwrap(claimLabel(item({ speaker: null, text: 'ا'.repeat(80) + ' قال' })));
  assert.ok(oneWord.startsWith('ا'.repeat(80)), 'one word at least, however long');
});

test('the description: the outlet and the file isolated, the date, the file\'s short name', () => {
  assert.equal(claimDescription(item({ outlet: 'عنب بلدي', file: '001_07f643b4c079ef5b.txt' })), `${FSI}عنب بلدي${PDI} · 2024-03-02 · ${FSI}001${PDI}`);
  assert.equal(claimDescription(item({ date: null, file: 'تقرير.txt' })), `date unknown · ${FSI}تقرير${PDI}`);
});

test('the rows: a separator before each reason\'s claims, in the server\'s order', () => {
  const rows = relatedRows([item({ why: 'event' }), item({ why: 'event' }), item({ why: 'quantity' }), item({ why: 'speaker' }), item({ why: null })]);
  assert.deepEqual(rows.map((r) => (r.kind === 'separator' ? `— ${r.label}` : 'claim')), [
    '— The same event', 'claim', 'claim', '— The same quantity', 'claim', '— The same speaker', 'claim', '— Related places', 'claim',
  ]);
});
