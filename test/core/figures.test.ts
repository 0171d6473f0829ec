import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DateMention, Span } from '../../server/src/analysis/model.js';
import { findDates } from '../../server/src/analysis/passes/dates.js';
import { findFigures } from '../../server/src/analysis/passes/figures.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';
import { parseMarks, spanTexts } from '../helpers/marks.js';
import { makeDoc } from '../helpers/doc.js';

interface Expected {
  value: number;
  unit?: string | null;
  unitKey?: string | null;
  approximator?: string | null;
  percent?: boolean;
}

/** Each snippet marks every figure it holds; the values come in the same order. */
const FOUND: Array<[string, ...Expected[]]> = [
  // digits in both scripts, separators, decimals
  ['تنتشر قوة يبلغ عددها ⟦5200 جندي⟧، في العراق', { value: 5200, unit: 'جندي', unitKey: 'جندي' }],
  ['قتل ⟦١٤ جنديا⟧ أفغانيا في الغارة', { value: 14, unit: 'جنديا', unitKey: 'جندي' }],
  ['وصل عدد اللاجئين إلى ⟦5,200 لاجئ⟧ هذا الشهر', { value: 5200, unitKey: 'لاجئ' }],
  ['وصل عدد اللاجئين إلى ⟦٥٬٢٠٠ لاجئ⟧ هذا الشهر', { value: 5200 }],
  ['انتشر ⟦5.200 جندي⟧ على الحدود', { value: 5200 }],
  ['سجل النمو ⟦3,5 في المئة⟧ فقط', { value: 3.5, percent: true }],
  ['سجل النمو ⟦٣٫٥ في المائة⟧ فقط', { value: 3.5, percent: true, unitKey: '%' }],
  ['ارتفع المؤشر إلى ⟦1.200.000 نقطة تقريبا⟧', { value: 1200000 }],
  // mixed digits and scale words, money
  ['بلغ عدد السكان ⟦2.5 مليون نسمة⟧ وفق الإحصاء', { value: 2.5e6, unit: 'نسمة' }],
  ['خصصت الحكومة ⟦3 مليارات دولار⟧ للإعمار', { value: 3e9, unit: 'مليارات دولار', unitKey: 'دولار' }],
  ['بلغت الصفقة ⟦5.2 مليار يورو⟧ بحسب الشركة', { value: 5.2e9, unitKey: 'يورو' }],
  ['سيجمع البنك ⟦1.07 مليار دولار⟧ من السندات', { value: 1.07e9 }],
  ['تمتد الحديقة على ⟦3.500 متر مربع⟧ وسعر الصرف ⟦124.220 ين⟧', { value: 3500, unit: 'متر مربع' }, { value: 124.22, unitKey: 'ين' }],
  ['تبرع رجل أعمال بمبلغ ⟦143 ألف جنيه إسترليني⟧ للمستشفى', { value: 143000, unitKey: 'جنيه' }],
  ['تكلفة المشروع ⟦$40⟧ للفرد الواحد', { value: 40, unitKey: 'دولار' }],
  ['بلغت الخسائر ⟦مليار و460 مليون دولار⟧ نهاية العام', { value: 1.46e9, unitKey: 'دولار' }],
  ['بلغ عدد سكان الإقليم ⟦مليون و336 ألفا و989 نسمة⟧', { value: 1336989 }],
  ['يقدر الدين ب⟦نحو 3 ملايين ونصف دولار⟧ بحسب التقرير', { value: 3.5e6, unitKey: 'دولار' }],
  ['صرف البنك ⟦500 مليون ريال⟧ و⟦200 ألف درهم⟧ و⟦40 دينارا⟧', { value: 5e8, unitKey: 'ريال' }, { value: 2e5, unitKey: 'درهم' }, { value: 40, unitKey: 'دينار' }],
  // number words: masculine, feminine, case forms, compounds
  ['قتل ⟦خمسة جنود⟧ أفغان وأصيب آخرون', { value: 5, unit: 'جنود', unitKey: 'جندي' }],
  ['تضم الجامعة ⟦ست وحدات⟧ متخصصة', { value: 6 }],
  ['التقى الوفد ب⟦ثلاثة مسؤولين⟧ أمريكيين', { value: 3, unitKey: 'مسؤول' }],
  ['شارك في المؤتمر ⟦خمسة وعشرين وزيرا⟧ عربيا', { value: 25, unitKey: 'وزير' }],
  ['وصل إلى الميناء ⟦أحد عشر قاربا⟧ محملا بالمهاجرين', { value: 11 }],
  ['أفرج عن ⟦ثلاث عشرة امرأة⟧ من المعتقلات', { value: 13 }],
  ['أرسلت الوزارة ⟦ثلاثة آلاف جندي⟧ إلى الحدود', { value: 3000, unitKey: 'جندي' }],
  ['نقلت تركيا ⟦ألف مقاتل⟧ إلى ليبيا', { value: 1000 }],
  // ألفا and مليونا before their noun are duals in construct: two thousand, two million
  ['يعيش في المخيم ⟦ألفا لاجئ تقريبا⟧', { value: 2000 }],
  ['سجلت المستشفيات ⟦ألفين وخمسمئة إصابة⟧ جديدة', { value: 2500 }],
  ['تعرضت المنطقة ل⟦ثلاثمئة غارة⟧ خلال الحرب', { value: 300 }],
  ['أحصت المنظمة ⟦مئتي قتيل⟧ في المدينة', { value: 200, unitKey: 'قتيل' }],
  ['أحصت المنظمة ⟦مائة وعشرين معتقلا⟧ في السجن', { value: 120 }],
  ['يحتاج القطاع إلى ⟦ثلاثين ألف وحدة⟧ سكنية', { value: 30000 }],
  ['نزح ⟦مليونا شخص⟧ من منازلهم', { value: 2e6 }],
  ['نزح ⟦مليونين شخص⟧ من منازلهم', { value: 2e6 }],
  ['يعاني ⟦نصف مليون طفل⟧ من سوء التغذية', { value: 500000 }],
  ['أعلنت الحكومة عن ⟦ثلاثة مليارات دولار⟧ مساعدات', { value: 3e9, unitKey: 'دولار' }],
  ['قدرت قيمته بين مليونين و⟦ثلاثة ملايين دولار⟧', { value: 3e6 }],
  ['يعيش في البلاد ⟦مليون ونصف لاجئ⟧ سوري', { value: 1.5e6 }],
  // others (آخرين)، "of" a plural (من الجنود)، a noun and واحد
  ['قتل ⟦خمسة مدنيين⟧ وأصيب ⟦ستة آخرون⟧ وجرح ⟦12 آخرين⟧', { value: 5 }, { value: 6, unit: 'آخرون' }, { value: 12, unit: 'آخرين' }],
  ['أسر المسلحون ⟦أربعة من الجنود⟧ و⟦اثنين من عناصر⟧ الشرطة', { value: 4, unit: 'الجنود', unitKey: 'جندي' }, { value: 2, unit: 'عناصر', unitKey: 'عنصر' }],
  // a range shares the scale and the unit of its second number; a falling "range" is none (a year, then an amount)
  ['تقدم إيران ما بين ⟦4⟧ إلى ⟦5 مليارات دولار⟧ سنويا', { value: 4e9, unitKey: 'دولار' }, { value: 5e9, unitKey: 'دولار' }],
  ['خفضت الشركة ميزانية 2015 إلى ⟦30 مليار دولار⟧', { value: 3e10, unitKey: 'دولار' }],
  // a plural in construct (مسلحي الحركة), and "of them" after a number
  ['قتل ⟦خمسة من مسلحي⟧ الحركة وأسر ⟦ثلاثة منهم⟧', { value: 5, unit: 'مسلحي', unitKey: 'مسلح' }, { value: 3, unit: 'منهم', unitKey: null }],
  ['أسفر الحادث عن وفاة ⟦شخص واحد⟧ وبيع السهم مقابل ⟦دولار واحد⟧', { value: 1, unit: 'شخص' }, { value: 1, unit: 'دولار' }],
  // approximators before and after
  ['وأعلن البنتاغون سحب قواته التي كان يقدر عددها ب⟦نحو 2000 جندي⟧', { value: 2000, approximator: 'نحو' }],
  ['ليصبح عدد الجنود المتبقين ⟦حوالي 600 جندي⟧ في سوريا', { value: 600, approximator: 'حوالي' }],
  ['تعرضت القوات لـ ⟦61 هجوما على الأقل⟧ خلال شهر', { value: 61, unit: 'هجوما', approximator: 'على الأقل' }],
  ['قتل ⟦ما لا يقل عن 39 شخصا⟧ في الانفجار', { value: 39, approximator: 'ما لا يقل عن' }],
  ['فر ⟦أكثر من 15 ألف مدني⟧ من المدينة', { value: 15000, approximator: 'أكثر من' }],
  ['يعيش ⟦قرابة 900 عائلة⟧ في المخيم', { value: 900, approximator: 'قرابة' }],
  ['تضرر ⟦ما يزيد على 200 منزل⟧ بالفيضانات', { value: 200, approximator: 'ما يزيد على' }],
  ['ويضم التحالف ⟦85 دولة ومنظمة شريكة⟧، ويوجد', { value: 85, unit: 'دولة' }],
  ['دمرت الغارات ⟦20 قرية وبلدة⟧ في الريف', { value: 20, unit: 'قرية' }],
  ['تحلق الطائرة على ارتفاع ⟦زهاء 3 آلاف متر تقريبا⟧', { value: 3000, approximator: 'زهاء', unitKey: 'متر' }],
  ['انخفض الإنتاج ⟦20 في المائة تقريبا⟧ هذا العام', { value: 20, approximator: 'تقريبا', percent: true }],
  // percentages in every form, units of measure
  ['تراجعت الصادرات بنسبة ⟦12%⟧ والواردات بنسبة ⟦7٪⟧', { value: 12, percent: true }, { value: 7, percent: true }],
  ['ارتفعت الأسعار ⟦5 بالمئة⟧ و⟦6 بالمائة⟧ و⟦8 في المئة⟧', { value: 5, percent: true }, { value: 6, percent: true }, { value: 8, percent: true }],
  ['تقع القاعدة على بعد ⟦60 كيلومترا⟧ شمال عدن و⟦35 كم⟧ من الساحل', { value: 60, unitKey: 'كيلومتر' }, { value: 35, unitKey: 'كيلومتر' }],
  ['ينتج الحقل ⟦2.4 مليون برميل⟧ يوميا', { value: 2.4e6, unitKey: 'برميل' }],
  ['تبلغ قدرة المحطة ⟦500 ميغاواط⟧ وتنقل ⟦40 طنا⟧', { value: 500, unitKey: 'ميغاواط' }, { value: 40, unitKey: 'طن' }],
  ['سجلت الحرارة ⟦50 درجة مئوية⟧ في البصرة', { value: 50, unit: 'درجة مئوية' }],
  // a verb after the number is no counted noun; a noun in و is
  ['قتل ⟦5⟧ وأصيب ⟦3 آخرون⟧', { value: 5, unit: null }, { value: 3, unit: 'آخرون' }],
  ['شارك في الاجتماع ⟦5 وزراء⟧ عرب', { value: 5, unitKey: 'وزير' }],
  // a bare number that counts, and a bracketed one
  ['قال إن عدد المصابين يتجاوز ⟦50⟧ حتى الآن', { value: 50, unit: null }],
  ['بلغ عدد المعتمرين ⟦(354863) شخصا⟧ حتى مساء اليوم', { value: 354863 }],
  // a range: the first number shares the second one's unit
  ['يتراوح عدد المقاتلين بين ⟦4500⟧ و⟦5 آلاف مقاتل⟧', { value: 4500, unitKey: 'مقاتل' }, { value: 5000 }],
  // numbers after the noun they count: definite cardinals, الـ with digits after a plural, a plural before a bare number
  ['منحت الوثيقة ⟦الولايات السبع الأخرى⟧ للحكومة و⟦ولايات الاستوائية الثلاث⟧ للمعارضة', { value: 7, unit: 'الولايات' }, { value: 3, unit: 'ولايات' }],
  ['ذهبت ⟦مراكزها الثلاثة⟧ إلى باحثات، وتدور القصة حول ⟦الأصدقاء الأربعة⟧', { value: 3 }, { value: 4, unit: 'الأصدقاء' }],
  ['أكمل النادي ⟦الأجناس الأدبية الثلاثة⟧ وتوزعت ⟦الأسواق الناشئة الخمس والعشرين⟧ على القارات', { value: 3, unit: 'الأجناس' }, { value: 25 }],
  ['أحرقت ⟦الحرائق الـ21⟧ الغابات وتوقفت ⟦المفاعلات النووية الـ48⟧ عن العمل', { value: 21, unit: 'الحرائق' }, { value: 48, unit: 'المفاعلات' }],
  ['توزع المراجعون بين ⟦الذكور 5635⟧ و⟦الإناث 6067⟧ في المركز', { value: 5635, unit: 'الذكور' }, { value: 6067, unit: 'الإناث' }],
  // four-digit counts before their noun, away from a preposition of time
  ['وصلت المبيعات إلى ⟦900 مليون ريال⟧ بواقع ⟦1800 عقد⟧ و⟦2000 شقة⟧ سكنية بعد فقدان ⟦2100 شخص⟧ منازلهم، واستولوا على ⟦1859 موقعا⟧', { value: 9e8 }, { value: 1800, unit: 'عقد' }, { value: 2000, unit: 'شقة' }, { value: 2100 }, { value: 1859 }],
  // a bare number its clause says counts
  ['بلغ عدد مراجعي العيادات في النصف الأول من العام ⟦" 11702 "⟧ وكان السليم منهم ⟦21⟧ فقط', { value: 11702 }, { value: 21 }],
  // a dual in construct, spaces inside brackets, a noun after a quotation, one with فقط
  ['يشارك في إخماده ⟦ألفا رجل⟧ إطفاء، وسجل ⟦( 40) ألف ناخب⟧ أسماءهم', { value: 2000, unit: 'رجل' }, { value: 40000 }],
  ['كان يقطن البلدة ⟦18 ألف سني⟧، و⟦2000 مسيحي⟧ قبل الحرب', { value: 18000 }, { value: 2000, unit: 'مسيحي' }],
  ['خصص للبرنامج في ميزانية 2018 ⟦أكثر من 30 مليار ريال⟧ واستقبلت المدينة ⟦2000 لاجئ⟧', { value: 3e10 }, { value: 2000, unit: 'لاجئ' }],
  ['استقبل المطار ⟦(5,712,778 ) مليون معتمر⟧ هذا العام', { value: 5712778 }],
  ['وأكدت المنظمة أن «سفينتها أنقذت ⟦87⟧» شخصا، واختارت الوزارة ⟦شركة واحدة⟧ فقط', { value: 87, unit: 'شخصا' }, { value: 1, unit: 'شركة' }],
];

/** Snippets with no figure at all: every exclusion of GUIDELINES §4. */
const NOT_FOUND: string[] = [
  // dates and years
  'تأسس التحالف في أيلول/سبتمبر 2014 لمحاربة التنظيم',
  'تقوده الولايات المتحدة منذ نهاية العام 2014 في العراق',
  'وقعت الحادثة عام 1999 في المدينة',
  'دمر الهيكل الأول عام 586 قبل الميلاد',
  'وفي عام 452 شهدت أوروبا معارك كبيرة',
  'خلال شهر رمضان لعام 1436 زار المدينة',
  'وصل الوفد في 5 من كانون الأول إلى دمشق',
  'يجتمع الرئيسان يوم 15 أبريل في واشنطن',
  'وتعرضت القواعد لهجمات منذ 17 أكتوبر/تشرين الأول 2023',
  'صدر القرار بتاريخ 26 / 9 / 1436هـ عن الديوان',
  'صدر القرار بتاريخ 19/07/2015 عن الديوان',
  'واستمرت الاحتفالات حتى 19 منه في المدينة',
  'ولدت الكاتبة في 1862 عندما كانت البلاد تحت الاحتلال',
  // times of day
  'هاجمت المروحيات الحاجز في الساعة 6 صباح اليوم',
  'انطلقت المسيرة عند 10:30 من صباح الجمعة',
  'تبدأ الجلسة 9 صباحا بتوقيت دمشق',
  // durations and frequencies
  'مددت السلطات الحظر لستة أشهر إضافية',
  'توقفت المفاوضات 3 أيام ثم استؤنفت',
  'قضى في السجن 25 عاما قبل الإفراج عنه',
  'تتراوح أعمارهم بين 17 و23 عاما',
  'يقع عمر الفرد بين 15 إلى 34 سنة',
  'زار الوزير المدينة ثلاث مرات هذا العام',
  // identifiers and names
  'الحل السياسي كما هو موضح في القرار الأممي 2254 يظل الحل الوحيد',
  'ونعمل لتنفيذ القرار 2254 مع الأمم المتحدة',
  'وقال المسؤول في تصريح خاص لمنصة SY24 إن الوجود محدود',
  'تنص المادة 5 من الدستور على ذلك',
  'يحمل اللاعب القميص رقم 3 منذ انضمامه',
  'سجل الهدف في الدقيقة 37 من المباراة',
  'تفحص الشركة طائرات من طراز «بوينغ 777» الجديدة',
  'للاستفسار يرجى الاتصال على الرقم 0112345678 أو زيارة الموقع',
  'ظهرت الطائرة F-16 في العرض الجوي',
  'اقرأ المزيد على example.com/news/2015/410826 الآن',
  'مذكرات الفنانة (3): الحب الأول',
  // ordinals and vague quantities
  'حذر القيادي الثاني في التحالف من عودة التنظيم',
  'وقد قتل عشرات المدنيين في القصف',
  'نزح مئات الآلاف من السكان خلال الحرب',
  'شارك آلاف المتظاهرين في المسيرة',
  'يعيش ملايين اللاجئين في المخيمات',
  // واحد and أحد as pronoun-like words
  'صوت النواب بصوت واحد في آن واحد على أمر واحد خلال يوم واحد، والشركة واحدة من أكبر الشركات',
  'فاز الفريق بثلاث من أصل خمس في 5 من الشهر',
  'ومنذ القرن الرابع وحتى القرن الخامس عشر شكلت النزاعات مرحلة جديدة',
  'يأتي الهاتف بشاشة دقتها 854×480 بكسل',
  // ordinals with الـ after a singular, codes in Latin letters, a double prime closing a name, times in GMT
  'احتفلت المدينة بالذكرى الـ70 لاسقاط القنبلة',
  'فقدت الطائرة (الرحلة إم إتش 370) فوق المحيط وحلقت طائرة إف 16 فوق المدينة',
  'وصل الحطام من طائرة “بوينغ 777″، إلى المختبر',
  'حطت الطائرة عند الساعة 6.17 (4.17 تغ) في المطار',
  // years before a noun after a preposition of time, and a name in quotes before a word
  'بين 1909 و1914 تحسنت الأوضاع، واعتبارا من 1974 بدأ اسمه يعرف',
  'أعلنت الشركة أن تحديثات «ويندوز 10» إجبارية',
  'تبدأ السنوات الخمس المقبلة وتتكرر المرات الثلاث',
  'تقوم رؤية 2030 على التنويع منذ ثورة 1979 لتعزيز الاقتصاد، واحتل المطار الـ21 عالميا',
  'ارتفعت النسبة بنهاية الربع الأول 2018 مقارنة بالعام السابق، ويعد ملتقى الاستثمار 2018 منبرا مهما، وجاءت ميزانية العام الحالي 2015 ملتزمة',
  'كما ورد في ص36 من الكتاب',
  '1- تعيين مدير جديد للمكتب',
  'قال أحد المسؤولين إن الوضع خطير',
  'يعمل الفريقان في آن واحد على المشروع',
  'وقالت لست متأكدة من الرقم',
];

function run(text: string, dates: DateMention[] = []) {
  return findFigures(makeDoc(text), dates);
}

/** What differs between the figures found in a snippet and what it expects. */
function differences(marked: string, expected: Expected[]): string[] {
  const { text, spans } = parseMarks(marked);
  const figures = run(text);
  const found = spanTexts(text, figures), want = spanTexts(text, spans);
  if (found.join('|') !== want.join('|')) return [`${marked}: found [${found.join(' | ')}]`];
  return figures.flatMap((f, i) => {
    const w: Expected = { ...expected[i]! };
    if (w.unitKey) w.unitKey = normalize(w.unitKey); // keys are normalized
    const keys = (['value', 'unit', 'unitKey', 'approximator', 'percent'] as const).filter((k) => k in w);
    const wrong = keys.filter((k) => f[k] !== w[k]).map((k) => `${k} ${String(f[k])} (want ${String(w[k])})`);
    if (f.sourced || f.claim !== null || f.attribution !== null) wrong.push('sourcing set');
    return wrong.length ? [`${marked}: ${wrong.join(', ')}`] : [];
  });
}

test('figures: found with their value, unit and approximator', () => {
  const failures = FOUND.flatMap(([marked, ...expected]) => differences(marked, expected));
  assert.deepEqual(failures, []);
});

test('figures: dates, years, times, durations, identifiers, ordinals and vague quantities are not figures', () => {
  const found = NOT_FOUND.flatMap((text) => run(text).map((f) => `${text}: ${f.text}`));
  assert.deepEqual(found, []);
});

test('figures: a number the dates pass claimed is not a figure', () => {
  const text = 'وصل 300 شخص في 5 من كانون الأول';
  const i = text.indexOf('5 من');
  const date: DateMention = {
    start: i, end: text.length, text: text.slice(i), value: 'XXXX-12-05',
    precision: 'day', resolution: 'unresolved', calendar: 'gregorian',
  };
  assert.deepEqual(run(text, [date]).map((f) => f.text), ['300 شخص']);
  const year = 'حدث ذلك في 2000 جندي';
  const j = year.indexOf('2000');
  const asDate: DateMention = { ...date, start: j, end: j + 4, text: '2000', value: '2000', precision: 'year' };
  assert.deepEqual(run(year, [asDate]), []);
});

test('figures: nothing in boilerplate', () => {
  const text = 'قتل 5 أشخاص\n- نقلت تركيا ألف إرهابي إلى ليبيا';
  const boilerplate: Span[] = [{ start: text.indexOf('\n') + 1, end: text.length }];
  assert.deepEqual(findFigures(makeDoc(text, boilerplate), []).map((f) => f.text), ['5 أشخاص']);
});

// The seed gold: every figure found with its value, and nothing else outside boilerplate.
const GOLD = join(__dirname, '..', '..', '..', 'shared', 'eval', 'gold');
const SEEDS = join(__dirname, '..', '..', 'seeds');

interface GoldFigure { text: string; context?: string; value: number }

function boilerplateSpans(text: string, lines: Array<number | string>): Span[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const spans: Span[] = [];
  for (const item of lines) {
    const [a, b] = String(item).split('-').map(Number);
    for (let n = a!; n <= (b ?? a!); n++) {
      const start = starts[n - 1];
      if (start !== undefined) spans.push({ start, end: starts[n] ?? text.length });
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}

function goldSpan(text: string, g: GoldFigure): Span {
  const at = g.context ? text.indexOf(g.context) + g.context.indexOf(g.text) : text.indexOf(g.text);
  return { start: at, end: at + g.text.length };
}

function seedFigures(text: string, gold: { boilerplate_lines: Array<number | string>; published: unknown }, withDates: boolean) {
  const doc = makeDoc(text, boilerplateSpans(text, gold.boilerplate_lines));
  const published = gold.published ? String(gold.published) : null;
  return findFigures(doc, withDates ? findDates(doc, published).dates : []);
}

// the gold lives in ../shared, beside the project: without it (a clone on its own) the test has nothing to read
const noGold = existsSync(GOLD) ? false : `no seed gold at ${GOLD}`;
for (const withDates of [false, true]) test(`figures: seed gold (${withDates ? 'after the dates pass' : 'alone'})`, { skip: noGold }, () => {
  for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.yaml'))) {
    const gold = parse(readFileSync(join(GOLD, file), 'utf8'));
    const text = readFileSync(join(SEEDS, gold.file), 'utf8');
    const figures = seedFigures(text, gold, withDates);
    const wanted = ((gold.figures ?? []) as GoldFigure[]).map((g) => ({ ...goldSpan(text, g), value: g.value }));
    for (const w of wanted) {
      const hit = figures.find((f) => f.start < w.end && w.start < f.end);
      assert.ok(hit, `${file}: missed ${text.slice(w.start, w.end)}`);
      assert.equal(hit.value, w.value, `${file}: value of ${hit.text}`);
    }
    const extra = figures.filter((f) => !wanted.some((w) => f.start < w.end && w.start < f.end));
    assert.deepEqual(extra.map((f) => f.text), [], `${file}: extra figures`);
  }
});

test('figures next to dates: a date is no counted noun, and a number after a whole date starts anew', () => {
  const cases: Array<[string, number[]]> = [
    ['خفضت الحكومة المستحقات إلى ⟦2.9 مليار⟧ بنهاية آب (أغسطس) المقبل', [2.9e9]],
    ['ويشارك في نسخة هذا العام ⟦11 حرفيا⟧ من دولتين', [11]],
  ];
  for (const [marked, values] of cases) {
    const { text, spans } = parseMarks(marked);
    const doc = makeDoc(text);
    const figures = findFigures(doc, findDates(doc, '2015-08-04').dates);
    assert.deepEqual(spanTexts(text, figures), spanTexts(text, spans), marked);
    assert.deepEqual(figures.map((f) => f.value), values, marked);
  }
});
