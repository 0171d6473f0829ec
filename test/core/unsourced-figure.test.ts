// The unsourced-figure rule on sentences written for the test: a headline's
// figure is not reported when the body gives it with a source, and is when
// the body does not, or gives another value or unit. ⟦ ⟧ marks the figures
// the rule must report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { runRules } from '../../server/src/analysis/rules/index.js';
import { parseMarks, spanTexts } from '../helpers/marks.js';

function reported(marked: string): { found: string[]; expected: string[] } {
  const { text, spans } = parseMarks(marked);
  const findings = runRules(analyzeArticle(text), new Map([['unsourced-figure', 'warning']])).filter((f) => f.rule === 'unsourced-figure');
  return { found: spanTexts(text, findings), expected: spanTexts(text, spans) };
}

const CASES: [string, string][] = [
  ['the body attributes the headline\'s figure',
    'نقل 1200 لاجئ إلى المخيم الجديد\nقالت المفوضية في بيان أمس إن 1200 لاجئ نقلوا إلى المخيم الجديد شمال المدينة.\n'],
  ['the body attributes it under an attribution phrase',
    'ارتفاع البطالة إلى 14 %\nوبحسب هيئة الإحصاء، بلغت نسبة البطالة 14 % في الربع الأخير من العام.\n'],
  ['the body restates it without a source: both are the outlet\'s own',
    'نقل ⟦1200 لاجئ⟧ إلى المخيم الجديد\nونُقل ⟦1200 لاجئ⟧ إلى المخيم الجديد شمال المدينة خلال الأسبوع.\n'],
  ['the body attributes another value',
    'نقل ⟦1500 لاجئ⟧ إلى المخيم الجديد\nقالت المفوضية في بيان أمس إن 1200 لاجئ نقلوا إلى المخيم الجديد شمال المدينة.\n'],
  ['the body attributes the same number of something else',
    'نقل ⟦1200 لاجئ⟧ إلى المخيم الجديد\nقالت المفوضية في بيان أمس إن 1200 خيمة نصبت في المخيم الجديد شمال المدينة.\n'],
  ['a sourced figure in the headline only covers the headline: an unsourced one in the body is still reported',
    'نقل 1200 لاجئ إلى المخيم الجديد\nقالت المفوضية إن 1200 لاجئ نقلوا إلى المخيم.\nويضم المخيم ⟦300 خيمة⟧ جديدة.\n'],
];

for (const [name, marked] of CASES) {
  test(`headline figures: ${name}`, () => {
    const { found, expected } = reported(marked);
    assert.deepEqual(found, expected);
  });
}
