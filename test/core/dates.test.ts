import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, dateValueIsDay } from '../../server/src/analysis/passes/dates.js';
import { ummAlQuraFromDayNumber } from '../../server/src/analysis/passes/hijri.js';
import { RELATIVE_DAYS } from '../../server/src/analysis/lexicon/calendar.js';
import type { Span } from '../../server/src/analysis/model.js';
import { makeDoc, seed } from '../helpers/doc.js';
import { parseMarks, spanTexts } from '../helpers/marks.js';

interface Case {
  /** What the case is about. */
  about: string;
  marked: string;
  published: string | null;
  values: Array<string | null>;
}

const cases: Case[] = [
  // Levantine series
  { about: 'Levantine day and month, anchored by أمس', marked: 'وخلال مؤتمر صحفي عقده ⟦أمس، الخميس 23 من كانون الثاني⟧، بمقر الوزارة', published: '2020-01-24', values: ['2020-01-23'] },
  { about: 'Levantine full date', marked: 'وفي تصريحات خاصة، في ⟦5 من كانون الأول 2019⟧، قال الوزير', published: '2020-01-24', values: ['2019-12-05'] },
  { about: 'Levantine month and year', marked: 'الخطة التي أعلن عنها الرئيس في ⟦تشرين الأول 2019⟧.', published: '2020-01-24', values: ['2019-10'] },
  { about: 'Arabic-Indic digits', marked: 'وقع الانفجار في ⟦٢٣ شباط ٢٠١٥⟧ قرب الحدود', published: null, values: ['2015-02-23'] },
  { about: 'year written with م', marked: 'افتتح المطار في ⟦10 نيسان 2009م⟧ رسميا', published: null, values: ['2009-04-10'] },
  // Egyptian/Gulf series
  { about: 'day and month take the publication year', marked: 'يجتمع الرئيسان في واشنطن يوم ⟦15 أبريل⟧ لمناقشة القضايا', published: '2024-03-24', values: ['2024-04-15'] },
  { about: 'a bare month is the last one up to publication', marked: 'المحادثات التي بدأت في ⟦يناير⟧، بشأن إنهاء وجود التحالف', published: '2024-03-24', values: ['2024-01'] },
  { about: 'a day far ahead is read as past', marked: 'أعلن البلدان في ⟦17 ديسمبر⟧ عزمهما تطبيع العلاقات', published: '2015-07-21', values: ['2014-12-17'] },
  { about: 'spelling variants يونيه and Persian yeh', marked: 'انتخب في ⟦يونيه 2014⟧ ثم استقال في ⟦3 فبرایر 2016⟧', published: null, values: ['2014-06', '2016-02-03'] },
  { about: 'modifiers on months', marked: 'زار بغداد في ⟦مايو الماضي⟧ وسيعود في ⟦سبتمبر المقبل⟧ قبل ⟦يوليو الجاري⟧', published: '2015-07-21', values: ['2015-05', '2015-09', '2015-07'] },
  { about: 'ordinal days', marked: 'منذ بدء المعركة في ⟦الثالث من يوليو (تموز) الحالي⟧ وأصدر أوامر في ⟦التاسع والعشرين من يناير الماضي⟧', published: '2015-07-21', values: ['2015-07-03', '2015-01-29'] },
  // Maghrebi series
  { about: 'Maghrebi months', marked: 'وقعت الاتفاقية في ⟦14 جويلية 2015⟧ بعد مفاوضات بدأت في ⟦أفريل الماضي⟧ وتنتهي في ⟦20 أوت⟧', published: '2015-07-21', values: ['2015-07-14', '2015-04', '2015-08-20'] },
  { about: 'Maghrebi جانفي and فيفري', marked: 'منذ ⟦جانفي 2011⟧ وحتى ⟦فيفري 2012⟧', published: null, values: ['2011-01', '2012-02'] },
  // Paired forms
  { about: 'slash pair', marked: 'تعرضت القوات لهجمات منذ ⟦17 أكتوبر/تشرين الأول 2023⟧', published: '2024-01-26', values: ['2023-10-17'] },
  { about: 'bracket pair and period part', marked: 'تأسس التحالف في ⟦أيلول (سبتمبر) 2014⟧ وفي ⟦نهاية كانون الأول/ديسمبر 2023⟧ كشف مسؤول', published: '2024-01-26', values: ['2014-09', '2023-12'] },
  { about: 'unbracketed pair', marked: 'أعلى مستوياته منذ ⟦29 مايو أيار الماضي⟧ بينما', published: '2015-07-21', values: ['2015-05-29'] },
  { about: 'months between, with a dual modifier', marked: 'قتل المئات بين ⟦سبتمبر⟧ و⟦يناير الماضيين⟧', published: '2015-07-21', values: ['2014-09', '2015-01'] },
  { about: 'coordinated months', marked: 'ارتفع الإنتاج خلال شهري ⟦نيسان (أبريل)⟧ و⟦أيار (مايو)⟧ على مستواه المرتفع', published: '2015-07-21', values: ['2015-04', '2015-05'] },
  // Hijri
  { about: 'Hijri day, month and year', marked: 'تسلم الفائزون جوائزهم يوم ⟦الثلاثاء 13 رمضان 1436هـ⟧.', published: null, values: ['2015-06-30'] },
  { about: 'a Hijri month or year takes the Gregorian period that holds all of it, or none', marked: 'بدأ البرنامج في ⟦رمضان 1445⟧ وافتتحت الكلية ⟦عام ١٤٠٣ هـ⟧ والمكتبة ⟦عام 1429هـ⟧', published: null, values: ['2024', null, '2008'] },
  { about: 'part of a Hijri month takes the period that holds the month', marked: 'تصل الطلائع في ⟦منتصف شهر ذي القعدة المقبل⟧', published: '2015-08-10', values: ['2015'] },
  { about: 'a range of Hijri days takes the Gregorian month that holds it', marked: 'يقام الملتقى خلال الفترة من (⟦7-9 محرم⟧) المقبل', published: '2015-08-07', values: ['2015-10'] },
  { about: 'Hijri numeric date', marked: 'صدر الأمر الملكي بتاريخ ⟦27 / 8 / 1412هـ⟧ وتنتهي المهلة في ⟦1436/10/30 هـ⟧', published: null, values: ['1992-03-02', '2015-08-15'] },
  { about: 'Hijri day without year takes the nearest Hijri year', marked: 'يقام المعرض في ⟦28 ذي الحجة⟧ ويبدأ الدوام في ⟦غرة شوال⟧', published: '2015-07-21', values: ['2015-10-11', '2015-07-17'] },
  { about: 'the last day of a Hijri month, الفائت', marked: 'انتهت المهلة في ⟦اليوم الأخير من شعبان الفائت⟧ وبدأت ⟦اليوم الأول من رمضان⟧', published: '2015-07-21', values: ['2015-06-17', '2015-06-18'] },
  { about: 'the last day of a Gregorian month', marked: 'تنتهي التسجيلات ⟦اليوم الأخير من فبراير 2016⟧', published: null, values: ['2016-02-29'] },
  { about: 'Hijri month unknown year stays Hijri', marked: 'يبدأ الدوام في ⟦غرة شوال⟧', published: null, values: ['XXXX-10-01'] },
  { about: 'Hijri month names that are names or words', marked: 'قال الرئيس رجب طيب أردوغان إن الفنان محمد رمضان سجل صفر أهداف', published: '2015-07-21', values: [] },
  // Relative dates
  { about: 'weekday on publication day', marked: 'قال المبعوث ⟦الخميس⟧ إن التحالف مستمر', published: '2020-01-23', values: ['2020-01-23'] },
  { about: 'yesterday with weekday', marked: 'و⟦أمس الأربعاء⟧، بحث الرئيس مع نظيره', published: '2020-01-23', values: ['2020-01-22'] },
  { about: 'day before yesterday, next Wednesday', marked: 'و⟦أول من أمس الأربعاء⟧، حذر القيادي من اجتماع يعقد ⟦الأربعاء المقبل⟧', published: '2020-01-24', values: ['2020-01-22', '2020-01-29'] },
  { about: 'last Friday (feminine modifier)', marked: 'اعتقلته الشرطة ⟦الجمعة الماضية⟧ في العاصمة', published: '2015-07-21', values: ['2015-07-17'] },
  { about: 'tomorrow', marked: 'يصل الوفد ⟦غدًا⟧ إلى بغداد', published: '2020-01-24', values: ['2020-01-25'] },
  { about: 'today only when it clearly is', marked: 'قال الوزير ⟦اليوم الخميس⟧ إن العالم اليوم يواجه أزمة، وفتحت المصارف صباح ⟦اليوم⟧', published: '2020-01-23', values: ['2020-01-23', '2020-01-23'] },
  { about: 'bracketed weekday after today', marked: 'أعلنت الشركة ⟦اليوم (الاثنين)⟧ نتائجها', published: '2015-07-20', values: ['2015-07-20'] },
  { about: 'relative months and years', marked: 'رفعت واشنطن العقوبات ⟦الشهر الماضي⟧ بعد أن فرضتها ⟦العام الماضي⟧، وتراجع النمو ⟦هذا العام⟧', published: '2020-01-24', values: ['2019-12', '2019', '2020'] },
  { about: 'today ending a clause or opening reported speech', marked: 'وذكرت وكالة الأنباء الفرنسية ⟦اليوم⟧. وقال المتحدث ⟦اليوم⟧ إن الطائرة هبطت، وفي ذلك اليوم سافر', published: '2015-07-21', values: ['2015-07-21', '2015-07-21'] },
  { about: 'this year after ل and ب', marked: 'أعلنت الوزارة شروط التسجيل ل⟦هذا العام⟧ وتمسك ب⟦هذا العام⟧', published: '2015-07-21', values: ['2015', '2015'] },
  // Period parts
  { about: 'period parts take the period', marked: 'وافق البرلمان ⟦مطلع الشهر الجاري⟧ بعد مقتل سليماني ⟦مطلع كانون الثاني الحالي⟧', published: '2020-01-23', values: ['2020-01', '2020-01'] },
  { about: 'أوائل and other period parts written with hamza', marked: 'بدأ المشروع في ⟦أوائل عام 2014⟧ وتوقف في ⟦أوائل العام الفائت⟧', published: '2015-08-04', values: ['2014', '2014'] },
  { about: 'period parts of years', marked: 'منذ ⟦نهاية العام 2014⟧ وحتى ⟦منتصف 2024⟧، و⟦مطلع العام الجاري⟧ أكد', published: '2024-01-26', values: ['2014', '2024', '2024'] },
  { about: 'period part of a paired month', marked: 'يتمركز فيه منذ ⟦أواخر مارس (آذار) الماضي⟧', published: '2015-07-21', values: ['2015-03'] },
  { about: 'seasons', marked: 'انضم اللاعب إلى الفريق ⟦صيف 2012⟧ ولن يغادر ⟦الصيف الجاري⟧ ولا ⟦شتاء العام المقبل⟧، بعد ⟦خريف 2010⟧', published: '2015-07-21', values: ['2012', '2015', '2016', '2010'] },
  // Years
  { about: 'years introduced as years', marked: 'الذي بدأ ⟦عام 2014⟧ وفي ⟦العام 2014⟧ و⟦سنة 2014⟧ وفي ⟦2019⟧، ومنذ ⟦2014⟧ ومع ⟦2007م⟧', published: null, values: ['2014', '2014', '2014', '2019', '2014', '2007'] },
  { about: 'a year joined to a year', marked: 'بين ⟦عامي 2012⟧ و⟦2013⟧ ارتفعت الكميات', published: null, values: ['2012', '2013'] },
  { about: 'a day without a year takes the year the article writes it with', marked: 'يفحص المختبر القطعة التي فقدت في ⟦8 مارس⟧، بعد أن اختفت الطائرة في ⟦8 مارس 2014⟧', published: '2015-08-01', values: ['2014-03-08', '2014-03-08'] },
  { about: 'a year and its Gregorian twin in brackets, two years side by side', marked: 'تأسست الجمعية ⟦عام 1400 (1980)⟧ وتعمل منذ العام (⟦1428هـ⟧ ⟦2007م⟧)', published: null, values: ['1980', null, '2007'] },
  // Weeks, decades, counted-back dates (no ISO value for weeks and decades)
  { about: 'weeks are dates without an ISO value', marked: 'سلمت المسودة ⟦الأسبوع الماضي⟧ وتعقد الجولة ⟦الأسبوع المقبل⟧ أو ⟦نهاية الأسبوع الجاري⟧، وناقشها الوفد ⟦هذا الأسبوع⟧ خلال الأسبوعين المقبلين', published: '2015-08-04', values: [null, null, null, null] },
  { about: 'decades, not ages', marked: 'تراجع الإنتاج منذ ⟦منتصف التسعينيات⟧ بعد ازدهاره في ⟦الثمانينات من القرن الماضي⟧، وهو رجل في الخمسينات من عمره', published: '2015-08-04', values: [null, null] },
  { about: 'a period part of العام alone is this year', marked: 'وصل آلاف المهاجرين منذ ⟦بداية العام⟧، وتبدأ الدراسة مطلع العام الدراسي', published: '2015-08-07', values: ['2015'] },
  { about: 'counted back from publication', marked: 'افتتح المصنع ⟦قبل 3 سنوات⟧ وأغلق ⟦قبل شهرين⟧ بعد زيارة ⟦قبل ثلاثة أيام⟧، وقبل 3 سنوات من الحرب', published: '2015-08-11', values: ['2012', '2015-06', '2015-08-08'] },
  { about: 'a range of years is one period', marked: 'ب⟦نهاية السنة المالية 2015 - 2016⟧ وفي ⟦العام الدراسي 1436/1437هـ⟧ وفي ⟦العام 2014/2015⟧', published: null, values: [null, null, null] },
  { about: 'a year in two calendars takes the Gregorian one', marked: 'افتتحت النسخة التاسعة "⟦1436هـ - 2015م⟧" بحضور الأمير', published: null, values: ['2015'] },
  { about: 'a full stop glued to the year', marked: 'وضعت القواعد بعد كارثة ⟦عام .2011⟧ وفي ⟦آذار/مارس .2011⟧ تعطلت المحطة', published: '2015-08-10', values: ['2011', '2011-03'] },
  { about: 'a day of the month counted from publication, feminine ordinals', marked: 'ينطلق المهرجان في ⟦الخامسة عشرة من الشهر الحالي⟧ بعد افتتاح ⟦الخامس من الشهر الجاري⟧ و⟦26 من الشهر الماضي⟧', published: '2015-08-01', values: ['2015-08-15', '2015-08-05', '2015-07-26'] },
  { about: 'أول before a month is its first day', marked: 'بدأت السنة المالية في ⟦أول تموز (يوليو) الماضي⟧', published: '2015-08-04', values: ['2015-07-01'] },
  { about: 'a month joined to the month before it goes on from its year', marked: 'يتوقع صدور القوانين خلال ⟦آب (أغسطس)⟧ و⟦أيلول (سبتمبر)⟧', published: '2015-08-04', values: ['2015-08', '2015-09'] },
  // Weekdays
  { about: 'a future verb puts a bare weekday ahead', marked: 'عثر على القطعة ⟦الأربعاء⟧ في الجزيرة، وسيبدأ ⟦الأربعاء⟧ تحليلها في المختبر', published: '2015-08-01', values: ['2015-07-29', '2015-08-05'] },
  { about: 'the weekday after the coming one', marked: 'يفتتح المعرض أبوابه ⟦الأربعاء بعد القادم⟧', published: '2015-08-04', values: ['2015-08-12'] },
  { about: 'a past verb before a bare weekday does not put it ahead', marked: 'وافق المجلس على الخطة التي ساقها ⟦الاثنين⟧ رئيس الوزراء', published: '2018-05-01', values: ['2018-04-30'] },
  { about: 'the night from one weekday into the next takes the first', marked: 'ذكرت مصادر أمنية، ليل ⟦الاثنين الثلاثاء⟧، أن اشتباكات تدور', published: '2015-08-04', values: ['2015-08-03'] },
  { about: 'the weekday written with اليوم decides', marked: 'داهمت القوات المنزل فجر ⟦اليوم الجمعة⟧ واعتقلت ثلاثة', published: '2015-08-08', values: ['2015-08-07'] },
  { about: 'the day the text writes with اليوم is the day its bare اليوم and weekdays count from', marked: 'اتهمت المنظمة الشرطة ⟦اليوم (الاثنين)⟧ بالعنف، وقال متحدث ⟦اليوم⟧ إن الاعتقالات بدأت ⟦الأحد⟧', published: '2015-07-21', values: ['2015-07-20', '2015-07-20', '2015-07-19'] },
  { about: 'today before a quotation', marked: 'وقال الوزير ⟦اليوم⟧ "العمل في المحطة سيستأنف قريبا"', published: '2015-08-10', values: ['2015-08-10'] },
  { about: 'future verbs head their clause; names shaped like them do not count', marked: 'أعلنت واشنطن ⟦الخميس⟧ أنها ستفرض ⟦الجمعة⟧ رسوما، وأكد وزير المالية أنتون سيلانوف ⟦الأحد⟧ أن بلاده ستسمح ⟦الاثنين⟧ بإرسال مروحيات لم تقلع ⟦الأحد⟧', published: '2018-06-01', values: ['2018-05-31', '2018-06-01', '2018-05-27', '2018-06-04', '2018-05-27'] },
  { about: 'a feminine ordinal after a weekday counts weekdays', marked: 'وقع التفجير يوم ⟦الجمعة⟧ الثانية من شهر رمضان', published: '2015-07-21', values: ['2015-07-17'] },
  { about: 'ranges of days: one month, or a night', marked: 'يزور واشنطن من ⟦25-27 من الشهر الجاري⟧ بعد غارات ليل ⟦5-6 كانون الثاني⟧', published: '2018-07-20', values: ['2018-07', '2018-01-05'] },
  { about: 'a weekday until which a habit lasts is a date', marked: 'يسحب المودعون 60 يورو يوميا حتى ⟦الجمعة⟧', published: '2015-07-21', values: ['2015-07-17'] },
  { about: 'a weekly schedule is not a date', marked: 'يستقبل المعرض زواره يوميا من الساعة 10 صباحا حتى 10 مساء من الأحد إلى الخميس', published: '2015-08-10', values: [] },
  // Not dates
  { about: 'vague expressions and durations', marked: 'لم تلحظ تصاعدًا مؤخرًا، وقبل أيام، وفي الآونة الأخيرة، لمدة ستة أشهر وخلال شهر ولمدة عام', published: '2020-01-24', values: [] },
  { about: 'amounts after العام are not years', marked: 'سجلت الشركة أرباحا في نهاية العام 415.8 مليون درهم، وبلغ العجز العام 1500 مليون دينار', published: '2015-07-21', values: [] },
  { about: 'identifiers and counts', marked: 'لتنفيذ القرار 2254 نشرت أكثر من 2000 جندي قبل 2000 عام في الساعة 10 صباحا', published: '2020-01-24', values: [] },
  { about: 'words that look like dates', marked: 'قال الأمين العام الحالي إن صلاة الجمعة تجمع بين الاثنين، ونحن في أمس الحاجة إلى باب جديد، ومارس الضغط على سيارات نيسان، والطراز الجديد من نيسان سنترا، وحتى صباح اليوم التالي', published: '2020-01-24', values: [] },
  { about: 'an ordinal after a definite noun qualifies it', marked: 'تكثر الزيارات في النصف الثاني من رمضان والأسبوع الأول من ⟦يوليو⟧', published: '2015-07-21', values: ['2015-07'] },
  { about: 'habitual months and bare month names', marked: 'يقام المهرجان في يوليو من كل عام، وشارك في ثورة يناير', published: '2015-07-21', values: [] },
  // Without a publication date
  { about: 'unknown year and unresolved relative dates', marked: 'يجتمعان يوم ⟦15 أبريل⟧ بعد لقاء ⟦أمس⟧ و⟦مطلع الشهر الجاري⟧', published: null, values: ['XXXX-04-15', null, null] },
];

test('date mentions and values (data-driven)', () => {
  for (const c of cases) {
    const { text, spans } = parseMarks(c.marked);
    const found = findDates(makeDoc(text), c.published).dates;
    assert.deepEqual(spanTexts(text, found), spanTexts(text, spans), `${c.about}: spans`);
    assert.deepEqual(found.map((d) => d.value), c.values, `${c.about}: values`);
  }
});

test('mention fields: precision, resolution, calendar, text', () => {
  const text = 'وفي 13 رمضان 1436هـ، أي أمس، قال الوزير إن الخطة بدأت في يناير';
  const [hijri, yesterday, month] = findDates(makeDoc(text), '2015-07-21').dates;
  assert.deepEqual({ ...hijri, start: 0, end: 0 }, { start: 0, end: 0, text: '13 رمضان 1436هـ', value: '2015-06-30', precision: 'day', resolution: 'absolute', calendar: 'gregorian', hijri: '1436-09-13' });
  assert.equal(yesterday?.resolution, 'relative');
  assert.equal(month?.precision, 'month');
  assert.equal(month?.resolution, 'published-year');
  assert.equal(text.slice(hijri!.start, hijri!.end), hijri!.text);
});

test('publication date inferred from أمس، الخميس 23 من كانون الثاني and the latest year named', () => {
  const text = 'عقد مؤتمرًا أمس، الخميس 23 من كانون الثاني، بعد انسحاب أعلن في تشرين الأول 2019. وسيعقد اجتماع الأربعاء المقبل.';
  const result = findDates(makeDoc(text), null);
  assert.equal(result.published, '2020-01-24');
  assert.match(result.publishedEvidence ?? '', /2020.*2019.*أمس/);
  assert.deepEqual(result.dates.map((d) => d.value), ['2020-01-23', '2019-10', '2020-01-29']);
  const none = findDates(makeDoc('قال الوزير أمس إن الحرب انتهت'), null);
  assert.equal(none.published, null);
  assert.equal(none.publishedEvidence, null);
});

test('boilerplate holds no dates', () => {
  const text = 'قال الوزير أمس إن الحرب انتهت\nمقالات ذات صلة\nتركيا تمدد تعليق رحلاتها إلى منتصف 2024';
  const start = text.indexOf('مقالات');
  const dates = findDates(makeDoc(text, [{ start, end: text.length }]), '2024-03-02').dates;
  assert.deepEqual(dates.map((d) => d.text), ['أمس']);
});

test('dateValueIsDay', () => {
  assert.equal(dateValueIsDay('2020-01-23'), true);
  assert.equal(dateValueIsDay('2020-01'), false);
  assert.equal(dateValueIsDay('XXXX-04-15'), false);
  assert.equal(dateValueIsDay(null), false);
});

// The dates of gold/*.yaml for the seeds (GUIDELINES §5), with each seed's
// publication date and boilerplate lines (1-based) from the gold files.
const seedGold: Array<{ n: number; published: string; boilerplate: Array<[number, number]>; dates: Array<[string, string]> }> = [
  { n: 0, published: '2020-01-23', boilerplate: [[5, 17]], dates: [['الخميس', '2020-01-23'], ['أمس الأربعاء', '2020-01-22'], ['مطلع الشهر الجاري', '2020-01']] },
  { n: 1, published: '2020-01-24', boilerplate: [[3, 3], [5, 5], [7, 7], [34, 47]], dates: [
    ['الخميس 23 من كانون الثاني', '2020-01-23'], ['الأربعاء المقبل', '2020-01-29'], ['أول من أمس الأربعاء', '2020-01-22'],
    ['مطلع كانون الثاني الحالي', '2020-01'], ['نهاية العام 2014', '2014'], ['تشرين الأول 2019', '2019-10'], ['5 من كانون الأول 2019', '2019-12-05']] },
  { n: 2, published: '2024-03-02', boilerplate: [[1, 1], [11, 37]], dates: [['عام 2014', '2014']] },
  { n: 3, published: '2024-03-24', boilerplate: [[3, 3], [19, 19], [21, 54]], dates: [['يناير', '2024-01'], ['15 أبريل', '2024-04-15']] },
  { n: 4, published: '2024-01-26', boilerplate: [[3, 5], [45, 45]], dates: [
    ['أمس الخميس', '2024-01-25'], ['مطلع العام الجاري', '2024'], ['نهاية كانون الأول/ديسمبر 2023', '2023-12'],
    ['17 أكتوبر/تشرين الأول 2023', '2023-10-17'], ['أيلول/سبتمبر 2014', '2014-09']] },
];

function lineSpans(text: string, ranges: Array<[number, number]>): Span[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  starts.push(text.length + 1);
  return ranges.map(([a, b]) => ({ start: starts[a - 1]!, end: Math.min(text.length, starts[b]!) }));
}

test('seed articles: every gold date found with its value, nothing else', () => {
  for (const g of seedGold) {
    const text = seed(g.n);
    const { dates } = findDates(makeDoc(text, lineSpans(text, g.boilerplate)), g.published);
    assert.equal(dates.length, g.dates.length, `seed ${g.n}: ${dates.map((d) => d.text).join(' | ')}`);
    for (const [goldText, value] of g.dates) {
      const at = text.indexOf(goldText);
      const hit = dates.find((d) => d.start < at + goldText.length && at < d.end);
      assert.ok(hit, `seed ${g.n}: ${goldText} not found`);
      assert.equal(hit.value, value, `seed ${g.n}: ${goldText}`);
    }
  }
});

test('seed 001 without a publication date infers 2020-01-24', () => {
  const text = seed(1);
  const result = findDates(makeDoc(text, lineSpans(text, seedGold[1]!.boilerplate)), null);
  assert.equal(result.published, '2020-01-24');
  assert.ok(result.publishedEvidence);
  assert.equal(result.dates.find((d) => d.text.includes('المقبل'))?.value, '2020-01-29');
});

test('Umm al-Qura days read from Intl\'s date string are the days its parts give', () => {
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  if (format.resolvedOptions().calendar !== 'islamic-umalqura') return; // no ICU calendar: the tabular days are used
  // 1990-01-01 to 2045-12-31, every day
  for (let n = 7305; n <= 27759; n++) {
    const parts = format.formatToParts(new Date(n * 86_400_000));
    const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    assert.deepEqual(ummAlQuraFromDayNumber(n), { year: part('year'), month: part('month'), day: part('day') }, `day ${n}`);
  }
});

test('no relative day begins with a word that is another with و or ف before it (the phrase looks its first word up once)', () => {
  const firsts = new Set(RELATIVE_DAYS.map((rel) => rel.words[0]!));
  for (const w of firsts) for (const c of ['و', 'ف']) assert.ok(!firsts.has(c + w), `${c}${w} and ${w}`);
});
