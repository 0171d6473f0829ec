// The server's two message tables: which locale picks which, that they hold
// the same messages, and that the Arabic words the rules' findings from
// their facts (the core's own message stays English, for the CLI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, RelatedFinding } from '../../server/src/analysis/rules/index.js';
import { english, messages, messagesFor, useLocale } from '../../server/src/lsp/messages.js';
import { arabic } from '../../server/src/lsp/messages-ar.js';

test('ar and ar-* pick Arabic; anything else English', () => {
  for (const locale of ['ar', 'ar-EG', 'ar-sa', 'AR']) assert.equal(messagesFor(locale), arabic, locale);
  for (const locale of ['en', 'en-US', 'fr', 'arn', 'zh-cn', '']) assert.equal(messagesFor(locale), english, locale);
});

test('useLocale switches the table every module reads; English again after en', () => {
  try {
    useLocale('ar-EG');
    assert.equal(messages.timeline, 'التسلسل الزمني');
    assert.equal(messages.direction, 'rtl');
    assert.equal(messages.reviewAction('sourced'), 'تحديد المصدر…');
  } finally {
    useLocale('en');
  }
  assert.equal(messages.timeline, 'Timeline');
  assert.equal(messages.direction, 'ltr');
});

test('both tables have the same messages, of the same kinds', () => {
  assert.deepEqual(Object.keys(arabic).sort(), Object.keys(english).sort());
  for (const [key, value] of Object.entries(english)) assert.equal(typeof arabic[key as keyof typeof arabic], typeof value, key);
});

const at = { start: 10, end: 19 };
const finding = (facts: Finding['facts'], related?: RelatedFinding[]): Finding =>
  ({ rule: facts.rule, severity: 'information', ...at, message: 'English from the core', facts, ...(related ? { related } : {}) });
const other: RelatedFinding = {
  uri: 'x', ...at, message: '3,000 (SY24, 2024-02-10), said by وزارة الدفاع',
  value: { value: 3000, outlet: 'SY24', date: '2024-02-10', source: { kind: 'speaker', speakerId: 's1', name: 'وزارة الدفاع' } },
};

test('findings in Arabic from their facts; in English, the core\'s message with its Arabic isolated', () => {
  const unsourced = finding({ rule: 'unsourced-figure', figure: '5200 جندي' });
  assert.equal(english.finding(unsourced), 'English from the core');
  assert.equal(arabic.finding(unsourced), 'رقم بلا مصدر «5200 جندي»: لا يقف وراءه أي متحدث أو مصدر في المقال.\u200f', 'closed on the Arabic side');
  const conflict = finding({ rule: 'conflicting-figure', figure: '2500 جندي', values: [other.value], more: 0 }, [other]);
  assert.equal(arabic.finding(conflict), 'رقم متعارض «2500 جندي»: يذكر مقال آخر 3,000 (SY24، 2024-02-10) للكمية نفسها في الوقت نفسه تقريبًا.\u200f');
  const many = finding({ rule: 'conflicting-figure', figure: '2500 جندي', values: [other.value], more: 1998 }, [other]);
  assert.equal(arabic.finding(many), 'رقم متعارض «2500 جندي»: تذكر مقالات أخرى 3,000 (SY24، 2024-02-10)؛ و1998 غيرها للكمية نفسها في الوقت نفسه تقريبًا.\u200f');
  assert.equal(arabic.relatedValue(other), '3,000 (SY24، 2024-02-10)، على لسان وزارة الدفاع\u200f');
  assert.equal(english.relatedValue(other), '3,000 (SY24, 2024-02-10), said by \u2068وزارة الدفاع\u2069');
  const stale = finding({ rule: 'stale-review', figure: '900 جندي', decision: 'dismissed', reviewer: 'سلمى', date: '2024-05-01' });
  assert.equal(arabic.finding(stale),
    'مراجعة قديمة: «900 جندي» تُجوهِل بقرار من سلمى في 2024-05-01، لكن الرقم لم يعد في المقال. احذف مدخله من isnad.yaml، أو راجِع الرقم من جديد.\u200f');
});

test('a finding\'s controls from the article are shown, not obeyed; the isolates Isnad adds still work', () => {
  // a figure's text holding a right-to-left override, which would reverse the rest of the message
  const tricked = { ...finding({ rule: 'unsourced-figure', figure: '5200 \u202eجندي' }), message: 'Unsourced figure "5200 \u202eجندي": no speaker.' };
  assert.equal(english.finding(tricked), 'Unsourced figure "\u20685200 \\u202eجندي\u2069": no speaker.');
  assert.equal(arabic.finding(tricked), 'رقم بلا مصدر «5200 \\u202eجندي»: لا يقف وراءه أي متحدث أو مصدر في المقال.\u200f');
  assert.equal(english.nearestClaim('جيفري\u202e'), 'Nearest claim, by \u2068جيفري\\u202e\u2069: a source the figure could be attributed to.');
});

test('what hovers show in Arabic has no English in it', () => {
  const hoverLines = [
    arabic.claimHeading('indirect'), arabic.speakerLabel('anonymous'), arabic.roleLabel, arabic.cueLabel('phrase'), arabic.saidLabel,
    arabic.notDated, arabic.datedBy, arabic.publishedLabel(null), arabic.publishedEvidence('isnad.yaml'), arabic.outletLabel,
    arabic.figuresLabel(3), arabic.figureHeading(12.5, true), arabic.unitLabel, arabic.approximatorLabel, arabic.sourcedBy,
    arabic.sourcedByPhrase, arabic.unsourced, arabic.unsourcedReviewed, arabic.dateHeading('month', 'hijri'), arabic.hijriReading,
    arabic.dateValue(null), arabic.resolution('published-year', '2020-01-24'), arabic.resolution('unresolved', null), arabic.inferredDate,
    arabic.speakerHeading('organization'), arabic.folderNameLabel, arabic.aliasesLabel, arabic.speakerCounts(2, 5, 3),
    arabic.quantityHeading(2), arabic.dateUnknown, arabic.saidBy, arabic.noSource, arabic.andMore(4),
    arabic.valueRelation('conflict', null), arabic.valueRelation('change', 'later'), arabic.mergesHeading, arabic.mergeReason('gazetteer', null),
    arabic.reviewHeading('not-a-figure'), arabic.reviewNoteLabel('sourced'), arabic.reviewBy(null, '2024-05-01'),
    arabic.relatedHeading(3, 0, 2), arabic.showAllRelated, arabic.lensEvent(3, null), arabic.lensValues(2), arabic.lensSpeaker(4, null), arabic.timeline, arabic.undated,
  ];
  for (const line of hoverLines) assert.doesNotMatch(line, /[A-Za-z]/, line);
});
