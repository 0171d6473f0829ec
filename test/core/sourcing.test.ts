// Whether each figure is sourced (GUIDELINES §4), on sentences written for
// these tests: ⟦ ⟧ marks each figure, `sourced` gives each one's answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { parseMarks, spanTexts } from '../helpers/marks.js';

const cases: Array<{ about: string; marked: string; sourced: boolean[] }> = [
  {
    about: 'a statement before its cue: after a comma and the speaker, or after حسبما',
    marked: 'عنوان الخبر\nقتل ⟦21 شخصا⟧ في هجوم على السوق، قال مسؤولون محليون.\nودمرت الغارات ⟦40 منزلا⟧، حسبما أعلن الدفاع المدني.\nوأصيب ⟦12 آخرون⟧، وقال مسؤولون إن الهجوم مدان.',
    sourced: [true, true, false],
  },
  {
    about: 'background the writer attaches in an attribution phrase\'s sentence is not attributed',
    marked: 'عنوان الخبر\nوبحسب جهاز الإطفاء، فإن الحريق اندلع قرب المدينة، حيث أحرق ⟦حوالي 125 كيلومترا مربعا⟧. وبحسب الجهاز، فإن الحرائق أحرقت ⟦500 كيلومتر مربع⟧.',
    sourced: [false, true],
  },
];

test('sourcing of figures (data-driven)', () => {
  for (const c of cases) {
    const { text, spans } = parseMarks(c.marked);
    const figures = analyzeArticle(text, { published: '2015-08-04' }).figures;
    assert.deepEqual(spanTexts(text, figures), spanTexts(text, spans), `${c.about}: figures`);
    assert.deepEqual(figures.map((f) => f.sourced), c.sourced, `${c.about}: sourced`);
  }
});
