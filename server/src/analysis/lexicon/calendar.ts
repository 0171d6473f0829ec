// Calendar words other than month names, NORMALIZED (see months.ts):
// weekdays, days counted from publication, period parts, and the words that
// introduce or qualify a date.

/** Weekday names; 0 is Sunday, as in Date.getUTCDay(). */
export const WEEKDAYS: Record<string, number> = {
  'الاحد': 0, 'الاثنين': 1, 'الثلاثاء': 2, 'الاربعاء': 3, 'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
};

export const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Words before a weekday that make it a habit or something else than a day
 * (صلاة الجمعة، كل خميس، أيام الخميس والجمعة، بين الاثنين "between the two").
 */
export const WEEKDAY_BLOCKERS = new Set([
  'صلاه', 'خطبه', 'خطب', 'خطيب', 'جامع', 'مسجد', 'كل', 'ايام', 'يومي', 'بين', 'كلا', 'هذين', 'الواحد',
]);

/** Words after a weekday that make it a number word (الأحد عشر) or "the two" (الاثنين معًا). */
export const WEEKDAY_AFTER_BLOCKERS = new Set(['عشر', 'عشره', 'معا', 'منهما', 'منهم']);

/** Days counted from publication, by the words that name them; multi-word forms first. */
export const RELATIVE_DAYS: Array<{ words: string[]; offset: number; english: string }> = [
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
];

/** Words after أمس that make it another word (في أمس الحاجة "in dire need"; بالأمس القريب "lately"). */
export const RELATIVE_DAY_AFTER_BLOCKERS = new Set(['الحاجه', 'القريب', 'التالي', 'السابق', 'الاول', 'الثاني', 'نفسه', 'ذاته', 'الاخير']);

/** Words before غدا that make it the verb "became" (الذي غدا رمزًا). */
export const TOMORROW_BEFORE_BLOCKERS = new Set(['الذي', 'التي', 'قد', 'لقد', 'بعدما', 'حتي', 'ان', 'انه', 'انها']);

/** Parts of the day: `صباح اليوم` means today, `مساء غد` tomorrow. */
export const DAY_PARTS = new Set(['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليل', 'ليله', 'يوم', 'ظهيره']);

/**
 * Parts of a period (مطلع الشهر الجاري): the mention takes the period's
 * value. Seasons too: صيف 2014 is 2014 (a year is the finest precision).
 */
export const PERIOD_PARTS = new Set([
  'مطلع', 'منتصف', 'نهايه', 'اواخر', 'اوائل', 'بدايه', 'اواسط', 'مستهل', 'ختام', 'اوسط', 'نهايات', 'بدايات',
  'صيف', 'شتاء', 'ربيع', 'خريف',
]);

/** Words that, after اليوم and before من, name a month's last day (اليوم الأخير من رمضان). */
export const LAST_DAY_WORDS = new Set(['الاخير']);

/**
 * What may follow اليوم when it means today and ends its clause or
 * introduces reported speech (أفادت الصحيفة اليوم. / قال الوزير اليوم إن …).
 */
export const TODAY_CLAUSE_AFTER = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'عن', 'الي', 'علي', 'في']);
/** Words before such an اليوم that make it "the day" (ذلك اليوم، نفس اليوم، حتى نهاية اليوم). */
export const TODAY_BEFORE_BLOCKERS = new Set(['ذلك', 'هذا', 'نفس', 'ذات', 'طوال', 'طيله', 'خلال', 'اما', 'نهايه', 'بدايه', 'منتصف', 'مدار', 'مثل', 'عيد']);

/** The first of a month (غرة رمضان): a day. */
export const FIRST_OF_MONTH = 'غره';

/** Which way a modifier points from publication. */
export type Direction = 'past' | 'current' | 'future';

/** Modifiers after a month, weekday, الشهر or العام (masculine and feminine). */
export const MODIFIERS: Record<string, Direction> = {
  'الماضي': 'past', 'الماضيه': 'past', 'المنصرم': 'past', 'المنصرمه': 'past', 'الفائت': 'past', 'الفايت': 'past', 'السابق': 'past',
  'الجاري': 'current', 'الجاريه': 'current', 'الحالي': 'current', 'الحاليه': 'current',
  'المقبل': 'future', 'المقبله': 'future', 'القادم': 'future', 'القادمه': 'future',
  // Duals after two months (بين سبتمبر ويناير الماضيين).
  'الماضيين': 'past', 'المقبلين': 'future', 'القادمين': 'future',
};

/** Relative periods: الشهر الماضي، العام الجاري، السنة المقبلة، هذا العام. */
export const PERIOD_NOUNS: Record<string, 'month' | 'year'> = {
  'الشهر': 'month', 'العام': 'year', 'السنه': 'year',
  // الصيف الحالي، الشتاء المقبل: a season's year is the finest value.
  'الصيف': 'year', 'الشتاء': 'year', 'الربيع': 'year', 'الخريف': 'year',
};

/**
 * Nouns that العام follows as the adjective "general/public" (الأمين العام
 * الحالي is the current secretary-general, not this year).
 */
export const GENERAL_NOUNS = new Set([
  'الامين', 'النائب', 'المدعي', 'المدير', 'الراي', 'القطاع', 'المال', 'الشان', 'النظام', 'المؤتمر', 'الادعاء',
  'الاتحاد', 'الامن', 'الصالح', 'الاتجاه', 'المستوي', 'الاطار', 'الوضع', 'المشهد', 'الذوق', 'القائد', 'المراقب',
  'المفتش', 'المنسق', 'المشرف', 'المرشد', 'الاضراب', 'العفو', 'التعليم', 'النفع', 'الطابع', 'المؤشر', 'المستشار',
]);

/** Demonstratives before a period noun: هذا العام، هذه السنة. */
export const THIS_WORDS = new Set(['هذا', 'هذه']);

/** Words that introduce a year number: عام 2014، العام 2014، سنة 2014. */
export const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'عامي']);

/**
 * Prepositions that make a following year-sized number a year (في 2019،
 * منذ 2014). Not من: أكثر من 2000 is a count.
 */
export const YEAR_PREPOSITIONS = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'بحلول', 'لغايه']);

/** Words before a bare month name that make it a month (في يناير، منذ أيار، شهر مايو). */
export const MONTH_INTRODUCERS = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'بحلول', 'لغايه', 'شهر', 'شهري', 'اشهر']);

/** Weaker introducers, enough for a month name that is no other word (بين سبتمبر ويناير; not من نيسان سنترا). */
export const MONTH_WEAK_INTRODUCERS = new Set(['من', 'الي', 'بين', 'مقارنه']);

/** Words that join a date to the next (عامي 2014 و2015، بين يناير ومارس، من الخميس إلى الأحد). */
export const DATE_JOINERS = new Set(['و', 'او', '-', 'الي', 'حتي']);

/** The word that introduces the same day in another calendar (الجمعة الموافق 18/8/1436). */
export const CORRESPONDING = 'الموافق';

/** Words after a year number that make the number a count or a duration (قبل 2000 عام). */
export const YEAR_AFTER_BLOCKERS = new Set([
  'عام', 'عاما', 'سنه', 'سنوات', 'سنين', 'يوم', 'يوما', 'ايام', 'شهر', 'شهرا', 'اشهر', 'ساعه', 'ساعات', 'دقيقه',
  'قتيل', 'شخص', 'جندي', 'دولار', 'ريال', 'متر', 'كيلومتر', 'كم', 'طن', 'مليون', 'الف', 'مليار',
]);

/**
 * Words after a number that make it an amount, never a year (نهاية العام
 * 213 مليون ريال).
 */
export const AMOUNT_AFTER = new Set([
  'مليون', 'ملايين', 'مليار', 'مليارات', 'الف', 'الاف', 'ترليون', 'تريليون', 'ريال', 'دولار', 'يورو', 'جنيه',
  'درهم', 'دينار', 'ليره', 'روبيه', 'ين', 'فرنك', 'استرليني', 'برميل', 'طن', 'نقطه', 'بالمئه', 'بالمائه',
]);

/** Cues that the weekday named next lies ahead (من المقرر أن … الخميس). */
export const FUTURE_CUES = new Set(['المقرر', 'المنتظر', 'المتوقع', 'يعتزم', 'تعتزم', 'موعد', 'موعدا']);

/** Ordinal day words (في الثالث من يوليو); compounds are built from units and tens. */
export const ORDINAL_UNITS: Record<string, number> = {
  'الاول': 1, 'الحادي': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6,
  'السابع': 7, 'الثامن': 8, 'التاسع': 9, 'العاشر': 10,
};
export const ORDINAL_TENS: Record<string, number> = { 'عشر': 10, 'والعشرين': 20, 'والعشرون': 20, 'والثلاثين': 30, 'والثلاثون': 30 };
export const ORDINAL_ROUND: Record<string, number> = { 'العشرين': 20, 'العشرون': 20, 'الثلاثين': 30, 'الثلاثون': 30 };

/** Letters written after a year: 2019م (Gregorian), 1436هـ (Hijri; the tatweel is dropped). */
export const GREGORIAN_YEAR_MARK = 'م';
export const HIJRI_YEAR_MARK = 'ه';
