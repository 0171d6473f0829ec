// Calendar words other than month names: weekdays, days counted from
// publication, period parts, and the words that introduce or qualify a date.
// Written as Arabic is written; every table is normalized here, when it is
// loaded (the dates pass matches normalized text), so أوائل and الفائت match.
import { normalize } from '../text/normalize.js';

/** A normalized word set. */
const words = (list: string[]): Set<string> => new Set(list.map(normalize));
/** A table with normalized keys. */
function keyed<T>(table: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [normalize(k), v]));
}

/** Weekday names; 0 is Sunday, as in Date.getUTCDay(). */
export const WEEKDAYS: Record<string, number> = keyed({
  'الاحد': 0, 'الاثنين': 1, 'الثلاثاء': 2, 'الاربعاء': 3, 'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
});

export const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Words before a weekday that make it a habit or something else than a day
 * (صلاة الجمعة، كل خميس، أيام الخميس والجمعة، بين الاثنين "between the two").
 */
export const WEEKDAY_BLOCKERS = words([
  'صلاه', 'خطبه', 'خطب', 'خطيب', 'جامع', 'مسجد', 'كل', 'ايام', 'يومي', 'بين', 'كلا', 'هذين', 'الواحد',
]);

/** Words after a weekday that make it a number word (الأحد عشر) or "the two" (الاثنين معًا). */
export const WEEKDAY_AFTER_BLOCKERS = words(['عشر', 'عشره', 'معا', 'منهما', 'منهم']);

export interface RelativeDay { words: string[]; offset: number; english: string }

/** Days counted from publication, by the words that name them; multi-word forms first. */
export const RELATIVE_DAYS: RelativeDay[] = ([
  { words: ['اول', 'من', 'امس'], offset: -2, english: 'the day before yesterday' },
  { words: ['اول', 'امس'], offset: -2, english: 'the day before yesterday' },
  { words: ['امس', 'الاول'], offset: -2, english: 'the day before yesterday' },
  { words: ['قبل', 'امس'], offset: -2, english: 'the day before yesterday' },
  { words: ['بعد', 'غد'], offset: 2, english: 'the day after tomorrow' },
  { words: ['امس'], offset: -1, english: 'yesterday' },
  { words: ['بالامس'], offset: -1, english: 'yesterday' },
  { words: ['غدا'], offset: 1, english: 'tomorrow' },
  { words: ['غد'], offset: 1, english: 'tomorrow' },
  { words: ['اليوم'], offset: 0, english: 'today' },
] as RelativeDay[]).map((r) => ({ ...r, words: r.words.map(normalize) }));

/** Words after أمس that make it another word (في أمس الحاجة "in dire need"; بالأمس القريب "lately"). */
export const RELATIVE_DAY_AFTER_BLOCKERS = words(['الحاجه', 'القريب', 'التالي', 'السابق', 'الاول', 'الثاني', 'نفسه', 'ذاته', 'الاخير']);

/** Words before غدا that make it the verb "became" (الذي غدا رمزًا). */
export const TOMORROW_BEFORE_BLOCKERS = words(['الذي', 'التي', 'قد', 'لقد', 'بعدما', 'حتي', 'ان', 'انه', 'انها']);

/** Parts of the day: `صباح اليوم` means today, `مساء غد` tomorrow. */
export const DAY_PARTS = words(['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليل', 'ليله', 'يوم', 'ظهيره']);

/**
 * Parts of a period (مطلع الشهر الجاري): the mention takes the period's
 * value. Seasons too: صيف 2014 is 2014 (a year is the finest precision).
 */
export const PERIOD_PARTS = words([
  'مطلع', 'منتصف', 'نهايه', 'اواخر', 'اوائل', 'بدايه', 'اواسط', 'مستهل', 'ختام', 'اوسط', 'نهايات', 'بدايات',
  'صيف', 'شتاء', 'ربيع', 'خريف',
]);

/** Parts of a period that an ordinal qualifies (النصف الثاني من رمضان، الأسبوع الأول من يوليو): no day of the month. */
export const PERIOD_DIVISIONS = words(['النصف', 'الربع', 'الثلث', 'الأسبوع', 'العشر', 'العشرة', 'الأيام', 'الشهر', 'الفصل', 'الجزء', 'الأسابيع']);

/** Words that, after اليوم and before من, name a month's last day (اليوم الأخير من رمضان). */
export const LAST_DAY_WORDS = words(['الاخير']);

/**
 * What may follow اليوم when it means today and ends its clause or
 * introduces reported speech (أفادت الصحيفة اليوم. / قال الوزير اليوم إن …).
 */
export const TODAY_CLAUSE_AFTER = words(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'عن', 'الي', 'علي', 'في']);
/** Words before such an اليوم that make it "the day" (ذلك اليوم، نفس اليوم، حتى نهاية اليوم). */
export const TODAY_BEFORE_BLOCKERS = words(['ذلك', 'هذا', 'نفس', 'ذات', 'طوال', 'طيله', 'خلال', 'اما', 'نهايه', 'بدايه', 'منتصف', 'مدار', 'مثل', 'عيد']);

/** Words that name the first of a month before its name (غرة رمضان، أول تموز): a day. */
export const FIRST_OF_MONTH = words(['غرة', 'أول']);

/** Which way a modifier points from publication. */
export type Direction = 'past' | 'current' | 'future';

/** Modifiers after a month, weekday, الشهر or العام (masculine and feminine). */
export const MODIFIERS: Record<string, Direction> = keyed({
  'الماضي': 'past', 'الماضيه': 'past', 'المنصرم': 'past', 'المنصرمه': 'past', 'الفائت': 'past', 'الفايت': 'past', 'السابق': 'past',
  'الجاري': 'current', 'الجاريه': 'current', 'الحالي': 'current', 'الحاليه': 'current',
  'المقبل': 'future', 'المقبله': 'future', 'القادم': 'future', 'القادمه': 'future',
  // Duals after two months (بين سبتمبر ويناير الماضيين).
  'الماضيين': 'past', 'المقبلين': 'future', 'القادمين': 'future',
});

/** Relative periods: الشهر الماضي، العام الجاري، السنة المقبلة، هذا العام، الأسبوع الفائت. */
export const PERIOD_NOUNS: Record<string, 'week' | 'month' | 'year'> = keyed({
  'الشهر': 'month', 'العام': 'year', 'السنه': 'year', 'الأسبوع': 'week',
  // الصيف الحالي، الشتاء المقبل: a season's year is the finest value.
  'الصيف': 'year', 'الشتاء': 'year', 'الربيع': 'year', 'الخريف': 'year',
});

/**
 * Nouns that العام follows as the adjective "general/public" (الأمين العام
 * الحالي is the current secretary-general, not this year).
 */
export const GENERAL_NOUNS = words([
  'الامين', 'النائب', 'المدعي', 'المدير', 'الراي', 'القطاع', 'المال', 'الشان', 'النظام', 'المؤتمر', 'الادعاء',
  'الاتحاد', 'الامن', 'الصالح', 'الاتجاه', 'المستوي', 'الاطار', 'الوضع', 'المشهد', 'الذوق', 'القائد', 'المراقب',
  'المفتش', 'المنسق', 'المشرف', 'المرشد', 'الاضراب', 'العفو', 'التعليم', 'النفع', 'الطابع', 'المؤشر', 'المستشار',
]);

/** Demonstratives before a period noun: هذا العام، هذه السنة. */
export const THIS_WORDS = words(['هذا', 'هذه']);

/** Words that introduce a year number: عام 2014، العام 2014، سنة 2014. */
export const YEAR_WORDS = words(['عام', 'العام', 'سنه', 'السنه', 'عامي']);

/**
 * Prepositions that make a following year-sized number a year (في 2019،
 * منذ 2014). Not من: أكثر من 2000 is a count.
 */
export const YEAR_PREPOSITIONS = words(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'بحلول', 'لغايه']);

/** Words before a bare month name that make it a month (في يناير، منذ أيار، شهر مايو). */
export const MONTH_INTRODUCERS = words(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'بحلول', 'لغايه', 'شهر', 'شهري', 'اشهر']);

/** Weaker introducers, enough for a month name that is no other word (بين سبتمبر ويناير; not من نيسان سنترا). */
export const MONTH_WEAK_INTRODUCERS = words(['من', 'الي', 'بين', 'مقارنه']);

/** Words that join a date to the next (عامي 2014 و2015، بين يناير ومارس، من الخميس إلى الأحد). */
export const DATE_JOINERS = words(['و', 'او', '-', 'الي', 'حتي']);

/** The word that introduces the same day in another calendar (الجمعة الموافق 18/8/1436). */
export const CORRESPONDING = normalize('الموافق');

/** Words after a year number that make the number a count or a duration (قبل 2000 عام). */
export const YEAR_AFTER_BLOCKERS = words([
  'عام', 'عاما', 'سنه', 'سنوات', 'سنين', 'يوم', 'يوما', 'ايام', 'شهر', 'شهرا', 'اشهر', 'ساعه', 'ساعات', 'دقيقه',
  'قتيل', 'شخص', 'جندي', 'دولار', 'ريال', 'متر', 'كيلومتر', 'كم', 'طن', 'مليون', 'الف', 'مليار',
]);

/**
 * Words after a number that make it an amount, never a year (نهاية العام
 * 213 مليون ريال).
 */
export const AMOUNT_AFTER = words([
  'مليون', 'ملايين', 'مليار', 'مليارات', 'الف', 'الاف', 'ترليون', 'تريليون', 'ريال', 'دولار', 'يورو', 'جنيه',
  'درهم', 'دينار', 'ليره', 'روبيه', 'ين', 'فرنك', 'استرليني', 'برميل', 'طن', 'نقطه', 'بالمئه', 'بالمائه',
]);

/** Cues that the weekday named next lies ahead (من المقرر أن … الخميس). */
export const FUTURE_CUES = words(['المقرر', 'المنتظر', 'المتوقع', 'يعتزم', 'تعتزم', 'موعد', 'موعدا', 'سوف', 'لن']);

/** Particles a verb follows at the head of its clause (التي ستعقد، أنها ستفرض، كما سيلتقي). */
export const VERB_INTRODUCERS = words(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'أن', 'أنه', 'أنها', 'أنهم', 'إنه', 'إنها', 'إنهم', 'بأنه', 'بأنها', 'كما', 'حيث', 'ثم', 'لا', 'وقد', 'قد', 'حين', 'عندما']);

/**
 * Phrases that put a statement at another, earlier or later time than the
 * event the article reports (وفي وقت سابق، أعلن …؛ قال مؤخرًا): its
 * speaker's dated event does not carry to it. Normalized when loaded.
 */
export const EARLIER_TIME = [
  'في وقت سابق', 'وقت سابق', 'سابقا', 'في وقت لاحق', 'لاحقا', 'مؤخرا', 'بعد ساعات', 'قبل ساعات', 'قبل أيام', 'بعد أيام',
  'في تصريحات سابقة', 'في تصريح سابق', 'في مناسبة سابقة', 'في حينه', 'آنذاك', 'حينها', 'وقتها',
  // habits, not one occasion (أشار مرارًا إلى …)
  'مرارا', 'مرارا وتكرارا', 'أكثر من مرة', 'غير مرة', 'في أكثر من مناسبة', 'كثيرا ما', 'دائما',
].map(normalize);

/**
 * Words that open a sentence with a phrase fronted before its cue (وخلال
 * مؤتمر صحفي عقده أمس، أكد …؛ وفي تصريحات لرويترز، في 5 من كانون الأول،
 * قال …): a date there tells when the cue's statement was made.
 */
export const FRONTING_WORDS = words(['في', 'خلال', 'أثناء', 'عقب', 'بعد', 'قبل', 'لدى', 'على', 'إثر', 'قبيل', 'مساء', 'صباح', 'ظهر', 'فجر', 'ليل', 'ليلة', 'يوم']);

/**
 * Occasions of a statement (في بيان، خلال مؤتمر صحفي، في مقابلة): a later
 * claim that names one (وأوضح البيان، حسب البيان) belongs to the occasion's
 * date. Normalized, without ال.
 */
export const OCCASION_NOUNS = [
  'بيان', 'مؤتمر', 'تصريح', 'تصريحات', 'مقابلة', 'حوار', 'اتصال', 'كلمة', 'خطاب', 'رسالة', 'تغريدة', 'لقاء', 'جلسة', 'إفادة',
].map(normalize);

/** Words after a year word that name the kind of year (السنة المالية 2015 - 2016، العام الدراسي 1436/1437هـ). */
export const YEAR_ADJECTIVES = words(['المالية', 'المالي', 'الدراسي', 'الدراسية', 'الجامعي', 'الهجري', 'الهجرية', 'الميلادي', 'الميلادية']);

/** Words of the night that joins two days (ليل الاثنين الثلاثاء). */
export const NIGHT_WORDS = words(['ليل', 'ليلة']);

/** The word that counts back from publication (قبل 3 سنوات). */
export const AGO_WORDS = words(['قبل']);

/** Words that close a range of days (من الأحد إلى الخميس). */
export const RANGE_TO = words(['إلى', 'حتى']);

/** Words of opening hours and habits around a range of weekdays, which make it a weekly schedule. */
export const HABIT_WORDS = words(['يوميا', 'أسبوعيا', 'الساعة', 'صباحا', 'مساء', 'دوام', 'الدوام', 'كل']);

/** Ordinal day words (في الثالث من يوليو); compounds are built from units and tens. */
export const ORDINAL_UNITS: Record<string, number> = keyed({
  'الاول': 1, 'الحادي': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6,
  'السابع': 7, 'الثامن': 8, 'التاسع': 9, 'العاشر': 10,
});
/**
 * Some outlets write the day's ordinal feminine (الخامسة عشرة من الشهر);
 * after a weekday it counts weekdays instead (الجمعة الثانية من رمضان).
 */
export const FEMININE_ORDINAL_UNITS: Record<string, number> = keyed({
  'الأولى': 1, 'الحادية': 1, 'الثانية': 2, 'الثالثة': 3, 'الرابعة': 4, 'الخامسة': 5, 'السادسة': 6,
  'السابعة': 7, 'الثامنة': 8, 'التاسعة': 9, 'العاشرة': 10,
});
export const ORDINAL_TENS: Record<string, number> = keyed({ 'عشر': 10, 'عشرة': 10, 'والعشرين': 20, 'والعشرون': 20, 'والثلاثين': 30, 'والثلاثون': 30 });
export const ORDINAL_ROUND: Record<string, number> = keyed({ 'العشرين': 20, 'العشرون': 20, 'الثلاثين': 30, 'الثلاثون': 30 });

/**
 * Decades, which have no ISO value (GUIDELINES §5 values are days, months
 * and years): منتصف التسعينيات، مطلع الستينات، في الثمانينيات.
 */
export const DECADES: Record<string, number> = keyed({
  'العشرينات': 20, 'العشرينيات': 20, 'الثلاثينات': 30, 'الثلاثينيات': 30, 'الأربعينات': 40, 'الأربعينيات': 40,
  'الخمسينات': 50, 'الخمسينيات': 50, 'الستينات': 60, 'الستينيات': 60, 'السبعينات': 70, 'السبعينيات': 70,
  'الثمانينات': 80, 'الثمانينيات': 80, 'التسعينات': 90, 'التسعينيات': 90,
});

/** Words after a decade that make it an age (في الخمسينات من عمره). */
export const AGE_WORDS = words(['عمره', 'عمرها', 'عمرهم', 'العمر']);

/** Words before a decade that make it a time (منذ التسعينيات، خلال الثمانينات، حقبة السبعينيات). */
export const DECADE_INTRODUCERS = words(['في', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'حقبة', 'فترة', 'سنوات', 'أعوام']);

/** Units of a time counted back from publication (قبل 3 سنوات، قبل شهرين، قبل ثلاثة أيام), with their duals. */
export const AGO_UNITS: Record<string, 'year' | 'month' | 'day'> = keyed({
  'سنوات': 'year', 'سنة': 'year', 'أعوام': 'year', 'عاما': 'year', 'عام': 'year', 'سنين': 'year',
  'أشهر': 'month', 'شهور': 'month', 'شهرا': 'month',
  'أيام': 'day', 'يوما': 'day',
});
export const AGO_DUALS: Record<string, 'year' | 'month' | 'day'> = keyed({
  'عامين': 'year', 'سنتين': 'year', 'شهرين': 'month', 'يومين': 'day',
});

/** Letters written after a year: 2019م (Gregorian), 1436هـ (Hijri; the tatweel is dropped). */
export const GREGORIAN_YEAR_MARK = 'م';
export const HIJRI_YEAR_MARK = 'ه';

/** The day word before an ordinal day of a month (اليوم الأول من رمضان، اليوم الأخير من العام). */
export const DAY_WORDS = words(['اليوم']);
