// When each claim was said (GUIDELINES §3 `date`), on sentences written for
// these tests: ⟦ ⟧ marks each claim's cue, `dates` gives each claim's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { parseMarks, spanTexts } from '../helpers/marks.js';

interface Case { about: string; marked: string; published: string; dates: Array<string | null> }

const cases: Case[] = [
  {
    about: 'a day after the cue dates the claim; the speaker\'s follow-ups carry it past the writer\'s background dates',
    marked: 'عنوان الخبر\n⟦قال⟧ وزير المالية سالم العتيبي أمس إن العجز سينخفض. ويعاني الاقتصاد منذ منتصف التسعينيات من ركود طويل، وتراجعت الصادرات في مارس الماضي.\n⟦وأضاف⟧ العتيبي أن الحكومة ستطرح سندات جديدة، ⟦مشيرا⟧ إلى أن الطلب قوي.',
    published: '2015-08-04', dates: ['2015-08-03', '2015-08-03', '2015-08-03'],
  },
  {
    about: 'dates inside what is said date nothing',
    marked: 'عنوان الخبر\n⟦وقال⟧ المتحدث باسم الشرطة إن الحادث وقع في 5 مارس الماضي وإن التحقيق انتهى الخميس.',
    published: '2015-08-04', dates: [null],
  },
  {
    about: 'a phrase fronted before the cue',
    marked: 'عنوان الخبر\nوخلال مؤتمر صحفي عقده أمس في العاصمة، ⟦أكد⟧ وزير الصحة أن الوباء تراجع.',
    published: '2015-08-04', dates: ['2015-08-03'],
  },
  {
    about: 'a quoted addressee is not the statement; the day before the colon dates it and the claim before',
    marked: 'عنوان الخبر\n⟦أكد⟧ مدير المستشفى خالد السالم أن الحالات مستقرة. ⟦وقال⟧، في اتصال هاتفي مع «الرياض» أمس: «الأمور تسير على ما يرام وسنعلن التفاصيل قريبا».',
    published: '2015-08-04', dates: ['2015-08-03', '2015-08-03'],
  },
  {
    about: 'an attribution after what it attributes',
    marked: 'عنوان الخبر\nقتل 12 شخصا في انفجار قرب السوق، بحسب ما ⟦أعلن⟧ مسؤولون أمس.',
    published: '2015-08-04', dates: ['2015-08-03'],
  },
  {
    about: 'a claim shares the event its sentence dated for an earlier claim',
    marked: 'عنوان الخبر\nخطف مسلحون ثلاثين مدنيا، حسب ما ⟦أفاد⟧ المرصد أمس، ⟦وقال⟧ ناشط في المدينة: «نخشى على حياتهم جميعا».',
    published: '2015-08-08', dates: ['2015-08-07', '2015-08-07'],
  },
  {
    about: 'another time (في وقت سابق، وكان … قد، مرارًا) is not the speaker\'s dated event',
    marked: 'عنوان الخبر\n⟦قال⟧ وزير النفط أمس إن الإنتاج سيرتفع. وفي وقت سابق، ⟦أعلن⟧ الوزير أن الحقل سيغلق. وكان الوزير قد ⟦قال⟧ إن الأسعار ستتحسن، ⟦وأشار⟧ الوزير مرارا إلى أهمية الاستثمار.',
    published: '2015-08-04', dates: ['2015-08-03', null, null, null],
  },
  {
    about: 'a year in the object of the verb is no other time of the statement',
    marked: 'عنوان الخبر\n⟦قال⟧ وزير الطاقة أمس إن الإنتاج سيرتفع.\nكما ⟦توقع⟧ وزير الطاقة توقف بلاده عن استيراد الغاز الطبيعي المسال في عام 2020.',
    published: '2015-08-04', dates: ['2015-08-03', '2015-08-03'],
  },
  {
    about: 'another speaker does not take the date of the first',
    marked: 'عنوان الخبر\n⟦قال⟧ الرئيس أمس إن الانتخابات ستجرى في موعدها.\n⟦وقالت⟧ المعارضة إن الظروف غير مهيأة.',
    published: '2015-08-04', dates: ['2015-08-03', null],
  },
  {
    about: 'the headline takes the date of the lead it sums up',
    marked: '⟦وزير الصحة:⟧ لا إصابات جديدة\n⟦أعلن⟧ وزير الصحة خالد السالم اليوم أن عدد الإصابات لم يتغير.',
    published: '2015-08-06', dates: ['2015-08-06', '2015-08-06'],
  },
  {
    about: 'the occasion of a dated claim, named again, dates its claims',
    marked: 'عنوان الخبر\n⟦أعلنت⟧ وزارة الداخلية في بيان، أمس الخميس، أن الحدود ستفتح.\n⟦وأوضح⟧ البيان أن المسافرين سيخضعون للفحص.\nكما ⟦أعربت⟧ الحكومة عن ترحيبها بالقرار، ⟦لافتة⟧ إلى أنه يخدم المواطنين، حسب البيان.',
    published: '2015-08-07', dates: ['2015-08-06', '2015-08-06', '2015-08-06', '2015-08-06'],
  },
  {
    about: 'a writer\'s sentence that opens on a day sets the scene of the people it names',
    marked: 'عنوان الخبر\nوأمس الأربعاء، بحث الرئيس الفرنسي مع نظيره العراقي برهم صالح العلاقات الثنائية.\n⟦وأكد⟧ الرئيس العراقي أن التعاون سيستمر.\n⟦وقالت⟧ منظمة العفو الدولية إن السجون مكتظة.',
    published: '2020-01-23', dates: ['2020-01-22', null],
  },
  {
    about: 'a date in a relative clause of the speaker is not the statement\'s',
    marked: 'عنوان الخبر\n⟦أعلنت⟧ المفوضية أمس أن عدد المهاجرين ارتفع.\n⟦وقالت⟧ المفوضية التي حدثت أرقامها في نهاية يوليو، في رسالة إلى الوكالة، إن أغلبهم من سوريا.',
    published: '2015-08-07', dates: ['2015-08-06', '2015-08-06'],
  },
  {
    about: 'a statement that something happened today was made today; one that looks ahead was not',
    marked: 'عنوان الخبر\n⟦قال⟧ متحدث باسم الجيش إن القوات أنهت الحصار صباح اليوم.\n⟦وقالت⟧ مصادر نقابية إن الاجتماع سيعقد اليوم.',
    published: '2015-08-08', dates: ['2015-08-08', null],
  },
  {
    about: 'an attribution after a report of today',
    marked: 'عنوان الخبر\nاتفق الرئيسان اليوم على تمديد الهدنة، بحسب ما ⟦أعلن⟧ مكتب الرئاسة.',
    published: '2018-04-30', dates: ['2018-04-30'],
  },
  {
    about: 'a mention of the same speaker with more or fewer words carries its event',
    marked: 'عنوان الخبر\n⟦أعلنت⟧ شركة طاقة اليوم أنها ستعيد تشغيل المفاعل.\nوعلى الرغم من المعارضة، ⟦قالت⟧ شركة كيوشو للطاقة إنها ستبدأ توليد الكهرباء قريبا.',
    published: '2015-08-10', dates: ['2015-08-10', '2015-08-10'],
  },
];

test('claim dates by speech event (data-driven)', () => {
  for (const c of cases) {
    const { text, spans } = parseMarks(c.marked);
    const article = analyzeArticle(text, { published: c.published });
    const cues = article.claims.map((x) => x.cue);
    assert.deepEqual(spanTexts(text, cues), spanTexts(text, spans), `${c.about}: cues`);
    assert.deepEqual(article.claims.map((x) => x.date), c.dates, `${c.about}: dates`);
  }
});

test('a dated claim points at the mention that dates it', () => {
  const text = 'عنوان الخبر\nقال وزير المالية أمس إن العجز سينخفض.';
  const [claim] = analyzeArticle(text, { published: '2015-08-04' }).claims;
  assert.ok(claim?.dateMention);
  assert.equal(text.slice(claim.dateMention.start, claim.dateMention.end), 'أمس');
});
