import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate } from '../../server/src/analysis/passes/boilerplate.js';
import { lineViews } from '../../server/src/analysis/passes/boilerplate-lines.js';
import type { Span } from '../../server/src/analysis/model.js';
import { makeDoc, seed } from '../helpers/doc.js';
import { parseMarks, spanTexts } from '../helpers/marks.js';

// Body paragraphs long enough to read as reporting, not as headlines.
const LEAD = 'أعلنت وزارة الطاقة اليوم الأحد عن خطة جديدة لخفض استهلاك الوقود في المدن الكبرى خلال السنوات الخمس المقبلة.';
const MORE = 'وأوضح المتحدث باسم الوزارة أن الخطة تشمل دعم النقل العام وتوسيع شبكة القطارات بين المحافظات الشمالية والجنوبية.';
const LAST = 'وأضاف أن الحكومة ستعرض تفاصيل الخطة على البرلمان في جلسته المقبلة قبل أن تبدأ الوزارات المعنية بتنفيذها.';
const TITLE = 'الحكومة تعلن خطة لخفض استهلاك الوقود';

// Each case: ⟦…⟧ marks exactly the boilerplate spans (whole lines; lines that
// follow each other, blank lines between, form one span).
const cases: Array<[string, string]> = [
  ['share bar under the headline', `${TITLE}\n\n⟦Facebook\nWhatsApp\nTelegram⟧\n\n${LEAD}`],
  ['time stamp, follow-us, newsletter and copyright lines', `${TITLE}\n⟦آخر تحديث: 12 مارس 2024 - 10:30 ص⟧\n${LEAD}\n${MORE}\n⟦تابعونا على تطبيق واتساب لمتابعة آخر الأخبار\nاشترك في النشرة البريدية\nجميع الحقوق محفوظة © 2024⟧`],
  ['icons and a close button', `${TITLE}\n${LEAD}\n⟦tag icon ع ع ع⟧\n${MORE}\n⟦×⟧\n${LAST}`],
  ['camera-icon caption', `${TITLE}\n${LEAD}\n⟦camera iconوزير الطاقة خلال المؤتمر الصحفي (AFP)⟧\n${MORE}`],
  ['credited caption right under the headline', `${TITLE}\n\n⟦وزير الطاقة خلال المؤتمر الصحفي في العاصمة (Getty Images)⟧\n\n${LEAD}`],
  ['credit alone, photographer, archive photo', `${TITLE}\n⟦(رويترز)⟧\n${LEAD}\n⟦تصوير: سامر الخطيب⟧\n${MORE}\n⟦صورة أرشيفية⟧\n${LAST}`],
  ['one-word section label above the headline', `⟦اقتصاد⟧\n\n${TITLE}\n\n${LEAD}`],
  ['a read-also teaser inside the body is one line', `${TITLE}\n${LEAD}\n⟦اقرأ أيضا: البرلمان يناقش موازنة العام المقبل⟧\n${MORE}`],
  ['a bulleted related list in mid-article, then the body resumes', `${TITLE}\n${LEAD}\n⟦مواضيع ذات صلة\n- ارتفاع أسعار الوقود في الأسواق المحلية\n• البرلمان يناقش موازنة العام المقبل⟧\n${MORE}\n${LAST}`],
  ['headlines under a related heading at the end', `${TITLE}\n${LEAD}\n${MORE}\n⟦أخبار ذات صلة\n\nالبرلمان يناقش موازنة العام المقبل\n\nالنفط يرتفع مع تراجع المخزون⟧`],
  ['an appended article after "read also", then a similar-articles list', `${TITLE}\n${LEAD}\n${MORE}\n⟦إقرأ أيضاً:\n\nالبرلمان يقر موازنة العام المقبل\n\nأقر البرلمان في جلسته اليوم موازنة العام المقبل بأغلبية الأصوات بعد نقاش استمر ثلاثة أيام متتالية.\n\nوقال رئيس اللجنة المالية إن الموازنة تضمنت زيادة في مخصصات التعليم والصحة مقارنة بالعام الماضي.\n\nمقالات مشابهة\n  • النفط يرتفع مع تراجع المخزون⟧`],
  ['tag line', `${TITLE}\n${LEAD}\n${MORE}\n⟦كلمات دلالية: الطاقة الوقود النقل العام⟧`],
  ['comment form, teasers ending in …, load more', `${TITLE}\n${LEAD}\n${MORE}\n⟦اترك تعليقك\n\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n\nمقالات ذات صلة\n\nالنفط يرتفع مع تراجع المخزون\n\nارتفعت أسعار النفط في تعاملات اليوم بعد أن أظهرت البيانات تراجع المخزونات التجارية في…\n\nعرض المزيد من المقالات تحميل...⟧`],
  ['donation appeal', `${TITLE}\n${LEAD}\n${MORE}\n⟦الصحافة المستقلة تحتاج إلى قرائها..\n\nادعم صوت المدينة\n\nاضغط هنا للمساهمة⟧`],
  ['the source line is metadata, not boilerplate', `${TITLE}\n${LEAD}\n${MORE}\nالمصدر: وكالات`],
  ['a permalink glued to the last paragraph', `${TITLE}\n${LEAD}\n${MORE} ⟦رابط الخبر بصحيفة المثال: الحكومة تعلن خطة لخفض استهلاك الوقود⟧`],
  // Wires and broadcasters.
  ['a wire sign-off and its time stamp', `${TITLE}\n${LEAD}\n${MORE}\n⟦ // انتهى //\n 14:25 ت م ⟧`],
  ['a wire "continued" marker', `${TITLE}\n${LEAD}\n⟦// يتبع //⟧\n${MORE}`],
  ['an app advertisement under a dashed rule', `${TITLE}\n${LEAD}\n${MORE}\n⟦------------------------------\nيمكنكم متابعة أهم الأخبار بعد تحميل أحدث نسخة من تطبيق الموقع على هواتفكم الذكية.⟧`],
  ['a copyright line spaced with a tab and two spaces', `${TITLE}\n${LEAD}\n${MORE}\n⟦جميع  الحقوق\tمحفوظة لموقع المثال 2024⟧`],
  ['a rule at the very end', `${TITLE}\n${LEAD}\n${MORE}\n⟦_______________⟧`],
  ['a rule between two parts of the body stays', `${TITLE}\n${LEAD}\n-----------\n${MORE}`],
  ['link lines: watch, more, may interest you, read', `${TITLE}\n${LEAD}\n⟦شاهد.. لحظة وصول الوزير إلى المحطة الجديدة⟧\n${MORE}\n⟦للمزيد: البرلمان يناقش موازنة العام المقبل⟧\n${LAST}\n⟦قد يهمك| النفط يرتفع مع تراجع المخزون\nاقرأ: (الحكومة ترفع أسعار الكهرباء)⟧`],
  ['those words without a link mark are body; a "watch" headline is the title', `شاهد.. الوزير يفتتح المحطة الجديدة\n${LEAD}\nللمزيد من المعلومات يمكن مراجعة موقع الوزارة على الإنترنت خلال ساعات الدوام الرسمي.\nأيضا، قال المتحدث إن الوزارة ستعلن أسماء المدن المشمولة بالخطة خلال الأسبوع المقبل.`],
  ['"click here" and "related stories" lines', `${TITLE}\n${LEAD}\n⟦لمتابعة آخر التطورات بشأن الخطة اضغط هنا⟧\n${MORE}\n⟦قصص ذات صلة:\nالنفط يرتفع مع تراجع المخزون⟧`],
  ['a load-more line with dots before it', `${TITLE}\n${LEAD}\n${MORE}\n⟦...المزيد⟧`],
  ['an opinion disclaimer and a sponsor line', `${TITLE}\n⟦نشر هذا المقال بالتعاون مع موقع للوظائف⟧\n${LEAD}\n${MORE}\n⟦** جميع المقالات المنشورة تمثل رأي كتابها فقط.⟧`],
  ['an image credit and a pager', `${TITLE}\n⟦مصدر الصورة Getty Images⟧\n${LEAD}\n${MORE}\n⟦Next Previous⟧`],
  ['a columnist\'s contact block', `${TITLE}\n${LEAD}\n${MORE}\n⟦writer.name@example.com\nللتواصل مع الكاتب أرسل رسالة SMS\nتبدأ بالرمز (17) ثم مسافة ثم نص الرسالة إلى\n12345 - Stc⟧`],
  ['the writer\'s other columns glued into one line', `${TITLE}\n${LEAD}\n${MORE}\n⟦مقالات أخرى للكاتبعن الطاقة والمدنالنقل العام أولاالقطار الذي تأخر⟧`],
  ['related headlines dropped between paragraphs', `${TITLE}\n${LEAD}\n⟦البرلمان يقر موازنة العام المقبل بأغلبية كبيرة\nوزير النفط: الأسعار ستستقر قبل نهاية العام⟧\n${MORE}\n${LAST}`],
  ['teasers of other stories appended after the body', `${TITLE}\n${LEAD}\n${MORE}\n${LAST}\n⟦أعلن وزير الصحة، الثلاثاء، أن حملة التطعيم الوطنية ستبدأ مطلع الشهر المقبل في جميع المحافظات الشمالية والجنوبية.\nيتوقع خبراء الاقتصاد أن يرتفع التضخم في الربع الأخير من العام بسبب زيادة أسعار المواد الغذائية المستوردة.\nقالت الشرطة، الأحد، إنها أوقفت ثلاثة أشخاص يشتبه في تورطهم بسرقة مصرف في وسط العاصمة، مؤكدة "استمرار التحقيق".⟧`],
  // What must stay body.
  ['a list announced by a colon is not related headlines', `${TITLE}\n${LEAD}\nوجاءت المدن الأكثر استهلاكا للوقود في التقرير على النحو الآتي:\nالعاصمة تتصدر القائمة بفارق كبير\nالمدن الساحلية تأتي في المرتبة الثانية\n${MORE}`],
  ['question subheadings of an explainer are body', `${TITLE}\n${LEAD}\nما الذي تتضمنه الخطة الجديدة للوزارة؟\nمتى تبدأ الوزارة تنفيذ الخطة في المدن؟\n${MORE}`],
  ['prose broken into short lines is body', `${TITLE}\n${LEAD}\nوالحقيقة أن المدن الكبرى تعاني منذ سنوات طويلة من ازدحام خانق في ساعات الذروة، ولا يبدو\nأن الحلول المطروحة حتى الآن كافية لمواجهة هذه المشكلة التي تزداد\nسوءا مع كل صيف يمر على السكان الذين ينتظرون\nقطارا لا يأتي، وحافلات لا تكفي، وطرقا لا تتسع لأحد منهم في ساعات الصباح الأولى.\n${MORE}`],
  ['several people quoted in turn are one story', `${TITLE}\n${LEAD}\nقال محمد السالم، صاحب محطة وقود في المدينة، إن الإقبال على البنزين تراجع منذ إعلان الخطة قبل أسبوعين.\nقال خالد العمر، سائق سيارة أجرة، إن الخطة لن تغير شيئا ما دامت الحافلات قليلة ومزدحمة طوال اليوم.\nأكد سامي الحسن، موظف حكومي، أن القطار سيكون الحل الأفضل إذا وصل إلى الأحياء البعيدة عن مركز المدينة.`],
  ['an interview\'s questions and answers are body', `${TITLE}\n${LEAD}\n* أعلنت الوزارة، الأحد، عن خطة جديدة للنقل العام في المدن الكبرى، فما الذي تغير هذه المرة؟\n- الجديد أننا سنبدأ بالمدن الأكثر ازدحاما، وسنقيس النتائج كل ثلاثة أشهر قبل أن ننتقل إلى غيرها.\n* دعا نواب، الاثنين، إلى تأجيل الخطة حتى إقرار الموازنة، فما ردكم على ذلك؟\n- نحن نحترم رأي النواب، لكن التمويل متوفر من صندوق خاص لا يعتمد على الموازنة العامة للدولة.`],
  ['news of an app is body', `${TITLE}\nأعلنت الشركة، الأربعاء، عن إطلاق نسخة من تطبيقها مطورة للهواتف الذكية تتيح للمستخدمين متابعة الأخبار.\n${MORE}`],
  ['an article turning to other items ("on another note") is body', `${TITLE}\n${LEAD}\n${MORE}\nمن جانب آخر، افتتح وزير النقل، الأحد، محطة جديدة للقطارات في الضاحية الشمالية بحضور عدد من المسؤولين والسكان.\nعلى صعيد آخر، تستضيف العاصمة، مساء الاثنين، مؤتمرا دوليا عن الطاقة المتجددة يشارك فيه خبراء من عشرين دولة.`],
  ['a statement naming a link is body', `${TITLE}\n${LEAD}\nوأشارت الوزارة إلى أن آخر موعد لتقديم الطلبات هو الخميس المقبل عبر الرابط التالي على موقعها الرسمي`],
  ['a bulleted list inside the body', `${TITLE}\n${LEAD}\nوتشمل الخطة:\n- دعم النقل العام\n- توسيع شبكة القطارات\n${MORE}`],
  ['short subheadings and social-media words in sentences', `${TITLE}\n${LEAD}\nمباحثات ثنائية\n${MORE}\nشارك آلاف المواطنين في النقاش عبر فيسبوك وتويتر خلال الأيام الماضية بحسب الوزارة.`],
  ['a one-word first line above a paragraph is not a label', `تقرير\n${LEAD}\n${MORE}`],
  ['a short caption-like line lower down is not a caption', `${TITLE}\n${LEAD}\nمحطة توليد الكهرباء في الجنوب (فيديو)\n${MORE}`],
  ['words of furniture opening body subheadings', `${TITLE}\n${LEAD}\nالتعليقات الرسمية\n${MORE}\nالمزيد من الضحايا\nأشار تقرير الوزارة إلى أن استهلاك الوقود ارتفع في العام الماضي بسبب زيادة عدد السيارات الخاصة.`],
  ['"load more" alone and "more from" headings', `${TITLE}\n${LEAD}\n${MORE}\n⟦المزيد من أخبار الطاقة\n- النفط يرتفع مع تراجع المخزون\nتحميل...⟧`],
  ['headlines under a mid-article heading, then a new paragraph', `${TITLE}\n${LEAD}\n⟦اقرأ أيضا\nالنفط يرتفع مع تراجع المخزون\nالبرلمان يناقش موازنة العام المقبل⟧\nأشار تقرير الوزارة إلى أن استهلاك الوقود ارتفع في العام الماضي بسبب زيادة عدد السيارات الخاصة.`],
];

test('boilerplate kinds, by lexicon and structure', () => {
  for (const [name, marked] of cases) {
    const { text, spans } = parseMarks(marked);
    const found = findBoilerplate(makeDoc(text));
    assert.deepEqual(spanTexts(text, found), spanTexts(text, spans), name);
    assert.deepEqual(found, spans, name);
  }
});

/** 1-based boilerplate lines as the scorer counts them: half a line's non-blank characters covered. */
function boilerplateLines(text: string, spans: Span[]): number[] {
  const out: number[] = [];
  makeDoc(text).segments.lines.forEach((ln, i) => {
    let covered = 0, total = 0;
    for (let k = ln.start; k < ln.end; k++) {
      if (/\s/.test(text[k]!)) continue;
      total++;
      if (spans.some((s) => s.start <= k && k < s.end)) covered++;
    }
    if (total && covered * 2 >= total) out.push(i + 1);
  });
  return out;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// The gold boilerplate_lines of the seeds (non-blank lines only).
const seedGold: Array<[number, number[]]> = [
  [0, range(5, 17)],
  [1, [3, 5, 7, 34, 37, 39, 41, 43, 45, 47]],
  [2, [1, ...range(11, 37).filter((n) => n % 2 === 1)]],
  [3, [3, 19, 21, 23, 25, 27, 29, 31, 33, 37, 39, 41, 43, ...range(45, 54)]],
  [4, [3, 4, 5, 45]],
];

test('seed articles: boilerplate lines as gold has them', () => {
  for (const [n, lines] of seedGold) {
    const text = seed(n);
    assert.deepEqual(boilerplateLines(text, findBoilerplate(makeDoc(text))), lines, `seed ${n}`);
  }
});

test('spans are sorted, merged and cover whole lines', () => {
  const text = seed(3);
  const spans = findBoilerplate(makeDoc(text));
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.end < spans[i]!.start);
  for (const s of spans) {
    assert.ok(s.start === 0 || text[s.start - 1] === '\n');
    assert.ok(s.end === text.length || text[s.end] === '\n' || text[s.end] === '\r');
  }
});

test('a 4 MB single line is handled in linear time', () => {
  const line = `${'كلمة '.repeat(400_000)}${' '.repeat(400_000)}نهاية`;
  const doc = makeDoc(`${TITLE}\n${line}\n${MORE}`);
  const t = performance.now();
  findBoilerplate(doc);
  assert.ok(performance.now() - t < 3000);
});

test('a line is read lower-cased, unbulleted and with its spaces collapsed, whichever of these it needs', () => {
  const lines = ['READ MORE:  آخر الأخبار', '● Follow us على تويتر', 'اقرأ  أيضا\tالخبر', 'خبر عاجل من الوزارة'];
  const views = lineViews(makeDoc(lines.join('\n')));
  assert.deepEqual(views.map((v) => [v.core, v.words, v.bullet]), [
    ['read more: اخر الاخبار', 4, false],
    ['follow us علي تويتر', 4, true],
    ['اقرا ايضا الخبر', 3, false],
    ['خبر عاجل من الوزاره', 4, false],
  ]);
});
