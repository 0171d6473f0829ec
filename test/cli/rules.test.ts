// The rule registry and the check report, on hand-made articles (the passes
// that find figures are tested on their own).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Figure } from '../../server/src/analysis/model.js';
import { RULES, findRule, runRules } from '../../server/src/analysis/rules/index.js';
import { exitCode, summaryLine } from '../../server/src/cli/check-report.js';
import { artifactUri } from '../../server/src/cli/sarif.js';
import { parseMarks } from '../helpers/marks.js';

function figure(text: string, span: { start: number; end: number }, sourced: boolean): Figure {
  return {
    ...span, text: text.slice(span.start, span.end), value: 0, unit: null, unitKey: null,
    approximator: null, percent: false, sourced, claim: null, attribution: null,
  };
}

/** An article whose marked spans are figures: the first `sourced` of them sourced; `boilerplate` marks the last line. */
function article(marked: string, sourced: number, boilerplateFrom?: string): Article {
  const { text, spans } = parseMarks(marked);
  const bp = boilerplateFrom === undefined ? [] : [{ start: text.indexOf(boilerplateFrom), end: text.length }];
  return {
    text, published: null, publishedEvidence: null, outlet: null, outletEvidence: null, url: null,
    segments: { lines: [], sentences: [], quotes: [] }, boilerplate: bp, dates: [], speakers: [], claims: [],
    figures: spans.map((s, i) => figure(text, s, i < sourced)),
  };
}

const TEXT = 'وقال الوزير إن ⟦300 مليون دولار⟧ رصدت للخطة.\nويستخدم الحافلات ⟦نحو 5200 راكب⟧ يوميًا.\nاقرأ أيضًا: ⟦61 هجومًا⟧ في شهر';

test('unsourced-figure reports unsourced figures outside boilerplate, by name', () => {
  const findings = runRules(article(TEXT, 1, 'اقرأ أيضًا'));
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.message]), [[
    'unsourced-figure', 'warning',
    'Unsourced figure "نحو 5200 راكب": no speaker or source in the article stands behind it.',
  ]]);
  const { text } = parseMarks(TEXT);
  assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'نحو 5200 راكب');
});

test('isnad.yaml settings change a rule\'s severity or switch it off', () => {
  const a = article(TEXT, 0);
  assert.deepEqual(runRules(a).map((f) => f.severity), ['warning', 'warning', 'warning']);
  assert.deepEqual(runRules(a, new Map([['unsourced-figure', 'hint']])).map((f) => f.severity), ['hint', 'hint', 'hint']);
  assert.deepEqual(runRules(a, new Map([['unsourced-figure', 'off']])), []);
});

test('every rule has a stable kebab-case id, descriptions and a default severity', () => {
  assert.ok(findRule('unsourced-figure'));
  assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(r.description.length > 10 && r.fullDescription.length > r.description.length);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.defaultSeverity));
  }
});

test('the summary line and the exit code of check', () => {
  assert.equal(summaryLine(5, [], 0, 0), '5 files checked: no problems.');
  assert.equal(summaryLine(1, ['warning'], 0, 0), '1 file checked: 1 warning.');
  assert.equal(summaryLine(3, ['warning', 'error', 'warning', 'information'], 1, 0), '3 files checked: 1 error, 2 warnings, 1 information, 1 file skipped.');
  assert.equal(exitCode({ problems: 0, failed: 0 }), 0);
  assert.equal(exitCode({ problems: 3, failed: 0 }), 1);
  assert.equal(exitCode({ problems: 3, failed: 1 }), 2);
});

test('SARIF artifact URIs are relative with forward slashes, escaped per segment', () => {
  assert.equal(artifactUri('seeds/001_a.txt'), 'seeds/001_a.txt');
  assert.equal(artifactUri('أخبار/خبر 1#.txt'), `${encodeURIComponent('أخبار')}/${encodeURIComponent('خبر 1#.txt')}`);
  assert.equal(artifactUri('/tmp/a b.txt'), 'file:///tmp/a%20b.txt');
});
