import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate } from '../../server/src/analysis/passes/boilerplate.js';
import { findOutlet } from '../../server/src/analysis/passes/outlet.js';
import { makeDoc, seed } from '../helpers/doc.js';
import { parseMarks } from '../helpers/marks.js';

const TITLE = 'الحكومة تعلن خطة لخفض استهلاك الوقود';
const LEAD = 'أعلنت وزارة الطاقة اليوم الأحد عن خطة جديدة لخفض استهلاك الوقود في المدن الكبرى خلال السنوات الخمس المقبلة.';
const MORE = 'وأوضح المتحدث باسم الوزارة أن الخطة تشمل دعم النقل العام وتوسيع شبكة القطارات بين المحافظات الشمالية والجنوبية.';

/** Runs the boilerplate pass first, as the pipeline does: the outlet is also looked for inside furniture. */
function outletOf(text: string): ReturnType<typeof findOutlet> {
  const doc = makeDoc(text);
  doc.boilerplate = findBoilerplate(doc);
  return findOutlet(doc);
}

// ⟦…⟧ marks the evidence; the outlet is the marked text. No mark: no outlet.
const cases: Array<[string, string]> = [
  ['the last source line naming an outlet', `${TITLE}\n${LEAD}\nالمصدر: وكالات\nالمصدر: ⟦سكاي نيوز عربية⟧`],
  ['a generic source line names nobody', `${TITLE}\n${LEAD}\nالمصدر: وكالات`],
  ['a source line outranks a dateline', `${TITLE}\nعمّان (رويترز) - ${LEAD}\nالمصدر: ⟦الجزيرة نت⟧`],
  ['an exclusive dateline', `${TITLE}\n\n⟦Levant24⟧ – خاص\n\n${LEAD}`],
  ['city, dash, agency', `${TITLE}\nالقاهرة - ⟦أ ش أ⟧: ${LEAD}`],
  ['city and agency in parentheses', `${TITLE}\nواشنطن (⟦رويترز⟧) - ${LEAD}`],
  ['agency alone before a dash', `${TITLE}\n⟦واس⟧ - ${LEAD}`],
  ['city, slash, newspaper', `${TITLE}\nالبصرة/ ⟦المدى⟧\n${LEAD}`],
  ['a donation appeal naming the site, inside boilerplate', `${TITLE}\n${LEAD}\n${MORE}\nمقالات متعلقة\nادعم ⟦صوت المدينة⟧\nاضغط هنا للمساهمة`],
  ['an exclusivity credit at the end', `${TITLE}\n${LEAD}\n* خدمة «الصحافة الدولية»\nخاص بـ«⟦صحيفة المثال⟧»`],
  ['a permalink naming the site', `${TITLE}\n${LEAD} رابط الخبر بصحيفة ⟦المثال⟧: ${TITLE}`],
  // No outlet.
  ['a personal byline', `${TITLE}\nكتب سامي العلي\n${LEAD}`],
  ['a city and a reporter', `${TITLE}\nالرياض - محمد العبدالله\n${LEAD}`],
  ['a weekday in parentheses', `${TITLE}\nبيروت (الأحد) - ${LEAD}`],
  ['a donation appeal for journalism in general', `${TITLE}\n${LEAD}\nادعم الصحافة المستقلة`],
  ['an agency quoted in the body', `${TITLE}\n${LEAD}\n${MORE}\nوذكرت وكالة رويترز أن الخطة ستبدأ العام المقبل.`],
  ['a dateline far down the article is not the head', `${TITLE}\n${LEAD}\n${MORE}\n${MORE}\n${MORE}\n${MORE}\nلندن (رويترز) - ${LEAD}`],
];

test('outlet from source lines, datelines and the site naming itself', () => {
  for (const [name, marked] of cases) {
    const { text, spans } = parseMarks(marked);
    const found = outletOf(text);
    const want = spans[0] ?? null;
    assert.deepEqual(found.evidence, want, name);
    assert.equal(found.outlet, want && text.slice(want.start, want.end), name);
  }
});

test('seed articles: the outlet gold names, with its span', () => {
  const gold = [null, 'عنب بلدي', null, 'RT Arabic', 'SY24'];
  gold.forEach((want, n) => {
    const text = seed(n);
    const found = outletOf(text);
    assert.equal(found.outlet, want, `seed ${n}`);
    if (want) assert.equal(text.slice(found.evidence!.start, found.evidence!.end), want, `seed ${n}`);
  });
});

test('a 4 MB single line is handled in linear time', () => {
  const line = `القاهرة - ${'كلمة / (رويترز) '.repeat(250_000)}`;
  const doc = makeDoc(`${TITLE}\n${line}\nالمصدر: ${'وكالات '.repeat(300_000)}`);
  const t = performance.now();
  doc.boilerplate = findBoilerplate(doc);
  assert.equal(findOutlet(doc).outlet, null);
  assert.ok(performance.now() - t < 2000);
});
