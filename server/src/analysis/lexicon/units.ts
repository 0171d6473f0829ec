// Words around a number that make it a figure or rule it out (GUIDELINES §4):
// units, currencies, percent forms, approximators, and the nouns that turn
// a number into a duration, a date, a time or an identifier. Written as
// Arabic is written; the figures pass normalizes them once at load.

/** Currencies: each surface form with the key that groups it (the singular). */
export const CURRENCIES: Array<[string, string[]]> = [
  ['دولار', ['دولار', 'دولارا', 'دولارات', 'دولاران', 'دولارين']],
  ['يورو', ['يورو']],
  ['جنيه', ['جنيه', 'جنيها', 'جنيهات']],
  ['ريال', ['ريال', 'ريالا', 'ريالات']],
  ['درهم', ['درهم', 'درهما', 'دراهم']],
  ['دينار', ['دينار', 'دينارا', 'دنانير']],
  ['ليرة', ['ليرة', 'ليرات']],
  ['إسترليني', ['إسترليني', 'استرليني']],
  ['روبل', ['روبل', 'روبلا']],
  ['يوان', ['يوان']],
  ['ين', ['ين']],
  ['شيكل', ['شيكل', 'شيكلا', 'شيقل', 'شواكل']],
  ['فرنك', ['فرنك', 'فرنكا']],
  ['روبية', ['روبية', 'روبيات']],
  ['تومان', ['تومان']],
];

/** Currency signs, before or after the digits. */
export const CURRENCY_SIGNS: Record<string, string> = { '$': 'دولار', '€': 'يورو', '£': 'جنيه' };

/** Units of measure, each surface form with its key. */
export const MEASURES: Array<[string, string[]]> = [
  ['كيلومتر', ['كيلومتر', 'كيلومترا', 'كيلومترات', 'كم', 'كلم', 'كيلو متر']],
  ['متر', ['متر', 'مترا', 'أمتار']],
  ['ميل', ['ميل', 'ميلا', 'أميال']],
  ['طن', ['طن', 'طنا', 'أطنان']],
  ['كيلوغرام', ['كيلوغرام', 'كيلوغراما', 'كيلوغرامات', 'كيلوجرام', 'كيلوجراما', 'كغ', 'كيلو']],
  ['غرام', ['غرام', 'غراما', 'جرام', 'جراما']],
  ['برميل', ['برميل', 'برميلا', 'براميل']],
  ['ميغاواط', ['ميغاواط', 'ميجاوات', 'ميغاوات', 'ميجاواط', 'ميغاوط']],
  ['كيلوواط', ['كيلوواط', 'كيلووات']],
  ['هكتار', ['هكتار', 'هكتارا', 'هكتارات']],
  ['دونم', ['دونم', 'دونما', 'دونمات']],
  ['فدان', ['فدان', 'فدانا', 'أفدنة']],
  ['لتر', ['لتر', 'لترا', 'لترات']],
  ['قدم', ['قدم', 'قدما', 'أقدام']],
  ['درجة', ['درجة', 'درجات']],
];

/** Words that qualify a unit and belong to it: متر مربع، درجة مئوية، دولار أمريكي. */
export const UNIT_QUALIFIERS = [
  'مربع', 'مربعا', 'مربعة', 'مكعب', 'مكعبا', 'مئوية', 'فهرنهايت', 'أمريكي', 'أميركي', 'إسترليني', 'استرليني',
];

/** Percent as words after the number (the signs % and ٪ are handled as characters). */
export const PERCENT_WORDS = ['في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'في المية'];
export const PERCENT_SIGNS = ['%', '٪'];

/** Approximators before the number (an attached و/ب/ل is allowed on the first word). */
export const APPROXIMATORS_BEFORE = [
  'نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'يقارب', 'ما يناهز', 'يناهز', 'ما يقرب من',
  'ما يزيد على', 'ما يزيد عن', 'يزيد على', 'يزيد عن', 'أكثر من', 'أقل من', 'أزيد من', 'ما لا يقل عن',
  'لا يقل عن', 'ما يربو على', 'ما يفوق', 'ما يتجاوز', 'ما لا يزيد على', 'ما لا يزيد عن', 'أقرب إلى',
];

/** Approximators after the number and its unit. */
export const APPROXIMATORS_AFTER = ['على الأقل', 'على أقل تقدير', 'تقريبا', 'أو أكثر', 'ونيف'];

/** Time units: a number counting them is a duration or an age, not a figure. */
export const TIME_UNITS = [
  'ساعة', 'ساعات', 'ساعتين', 'ساعتان', 'دقيقة', 'دقائق', 'دقيقتين', 'ثانية', 'ثوان', 'ثواني',
  'يوم', 'يوما', 'أيام', 'يومين', 'يومان', 'أسبوع', 'أسبوعا', 'أسابيع', 'أسبوعين',
  'شهر', 'شهرا', 'أشهر', 'شهور', 'شهرين', 'عام', 'عاما', 'أعوام', 'عامين', 'سنة', 'سنوات', 'سنين', 'سنتين',
  'عقد', 'عقدا', 'عقود', 'عقدين', 'قرن', 'قرنا', 'قرون', 'ليلة', 'ليال', 'ليالي', 'ليلتين',
];

/** Nouns that make a number a frequency, not a quantity: ثلاث مرات. */
export const FREQUENCY_NOUNS = ['مرة', 'مرات', 'مرتين'];

/** Words after a day number that point at a month: في 26 من الشهر الماضي، حتى 19 منه. */
export const DAY_OF_MONTH_AFTER = ['من الشهر', 'منه', 'من الشهر الجاري', 'من هذا الشهر'];

/** Month names of every series: a number before one is a day, after one a year. */
export const MONTH_NAMES = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس',
  'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز',
  'آب', 'أيلول', 'تشرين', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'محرم', 'صفر',
  'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي',
];

/** Words before a number that make it a year. */
export const YEAR_WORDS_BEFORE = [
  'عام', 'العام', 'عامي', 'سنة', 'السنة', 'منذ', 'مواليد', 'موديل', 'موسم', 'صيف', 'شتاء', 'خريف', 'ربيع',
  'مطلع', 'منتصف', 'نهاية', 'أواخر', 'أوائل', 'بداية', 'في', 'حتى', 'قبل', 'بعد',
];
/** Words before a year-sized number that keep it a year even when a noun follows (من 1974 بدأ، منذ 2011 الحرب). */
export const YEAR_TIME_PREPOSITIONS = ['من', 'بين', 'منذ', 'حتى', 'خلال', 'في', 'عام', 'العام', 'سنة', 'السنة', 'قبل', 'بعد', 'مطلع', 'أواخر', 'أوائل', 'نهاية', 'بداية'];

/** Words after which any whole number is a year, even a short one: عام 586، سنة 639. */
export const YEAR_NOUNS_BEFORE = ['عام', 'العام', 'عامي', 'سنة', 'السنة', 'مواليد'];
/** Era marks after a year: 1436 هـ، 2015 م. */
export const YEAR_MARKS_AFTER = ['ه', 'هـ', 'م', 'ق', 'هجري', 'هجرية', 'ميلادي', 'ميلادية', 'للهجرة', 'للميلاد'];

/** Words before a number that make it a time of day. */
export const TIME_OF_DAY_BEFORE = ['الساعة', 'ساعة'];
/** Words after a number that make it a time of day. */
export const TIME_OF_DAY_AFTER = ['صباحا', 'صباح', 'مساء', 'مساءا', 'ظهرا', 'عصرا', 'فجرا', 'ليلا', 'بتوقيت', 'ت غ', 'تغ', 'ت.غ', 'غرينتش', 'جرينتش'];

/**
 * Nouns that a number after them names rather than counts: القرار 2254،
 * المادة 5، رقم 3، الدورة 15. Listed bare; ال and attached particles are
 * stripped before lookup. (Not فئة: normalized it reads فيه, "in it", as in
 * يعمل فيه 400 طبيب.)
 */
export const IDENTIFIER_NOUNS = [
  'قرار', 'رقم', 'مادة', 'فقرة', 'بند', 'فصل', 'دورة', 'دقيقة', 'جولة', 'صفحة', 'طريق', 'شارع',
  'لواء', 'فرقة', 'كتيبة', 'موسم', 'مرتبة', 'مركز', 'نسخة', 'حلقة', 'طابق', 'قانون', 'مرسوم',
  'رحلة', 'مجموعة', 'طراز', 'مباراة', 'أسبوع', 'شوط', 'حزمة', 'صف', 'منطقة', 'قطاع', 'مبنى',
  'غرفة', 'جناح', 'هاتف', 'جوال', 'فاكس', 'تلفون', 'الهاتف', 'قمة', 'مجلد', 'جزء', 'سورة', 'آية',
  'كيلو', 'بوابة', 'معبر', 'بطولة', 'مونديال', 'كأس', 'إصدار', 'نظام', 'قاعة', 'مدرج', 'خط',
  'رمز', 'كود', 'حساب', 'تعميم', 'مذكرة', 'بروتوكول', 'ملحق', 'جدول', 'شكل',
];

/**
 * Words that cannot be the counted noun after a number: particles,
 * prepositions, pronouns, conjunctions and a few frequent verbs.
 */
export const NOT_COUNTED = [
  'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'أو', 'و', 'ثم', 'حتى', 'منذ', 'قبل', 'بعد', 'خلال',
  'أن', 'إن', 'أنه', 'إنه', 'أنها', 'التي', 'الذي', 'الذين', 'هو', 'هي', 'هم', 'ما', 'لا', 'لم', 'لن',
  'قد', 'كان', 'كانت', 'بين', 'عند', 'لدى', 'نحو', 'حوالي', 'فقط', 'منها', 'منهم', 'منه', 'بها', 'به',
  'فيها', 'فيه', 'عليها', 'عليه', 'لها', 'له', 'لهم', 'كما', 'أي', 'أيضا', 'ألا', 'إلا', 'أم', 'بل',
  'ضد', 'دون', 'غير', 'عبر', 'لكن', 'لكل', 'كل', 'وفق', 'حسب', 'بحسب', 'مقابل', 'بنسبة', 'نسبة',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'هنا', 'إذا', 'إذ', 'حيث', 'بينما', 'بينهم', 'بينها',
  // Not آخرين/آخرون/أخرى: إصابة 17 آخرين counts the others.
  'يوم', 'تقريبا', 'آخر', 'مرة', 'مرات', 'مليونا', 'يعني', 'أكثر', 'أقل', 'أزيد',
  // frequent verbs that follow a number (… 18000 وتم تسليم …)
  'تم', 'يتم', 'كانوا', 'قال', 'قالت', 'أكد', 'أكدت', 'بلغ', 'بلغت', 'وصل', 'وصلت', 'أصبح', 'أصبحت', 'ليصبح',
  'يصل', 'تصل', 'ليصل', 'لتصل', 'ليبلغ', 'لتبلغ', 'قتلوا', 'أصيبوا', 'منهم', 'منهن', 'بينهم', 'بينهن',
  'قتل', 'جرح', 'لقي', 'سقط', 'أصيب', 'نجا', 'فر', 'عاد',
];

/** Broken plurals of frequent counted nouns, for the grouping key. */
export const PLURAL_KEYS: Record<string, string> = {
  'جنود': 'جندي', 'أشخاص': 'شخص', 'قتلى': 'قتيل', 'جرحى': 'جريح', 'عناصر': 'عنصر', 'ضحايا': 'ضحية',
  'أطفال': 'طفل', 'نساء': 'امرأة', 'رجال': 'رجل', 'ضباط': 'ضابط', 'أسرى': 'أسير', 'مدن': 'مدينة',
  'قرى': 'قرية', 'دول': 'دولة', 'منازل': 'منزل', 'صواريخ': 'صاروخ', 'طائرات': 'طائرة', 'أفراد': 'فرد',
  'مواطنين': 'مواطن', 'لاجئين': 'لاجئ', 'معتقلين': 'معتقل', 'مسلحين': 'مسلح', 'مقاتلين': 'مقاتل',
  'نازحين': 'نازح', 'مستشارين': 'مستشار', 'وزراء': 'وزير', 'نواب': 'نائب', 'مقاعد': 'مقعد',
  'مشاريع': 'مشروع', 'مواقع': 'موقع', 'شركات': 'شركة', 'دبابات': 'دبابة', 'مصابين': 'مصاب',
};

/**
 * Nouns that واحد after them counts as a figure (قتل شخص واحد، إصابة
 * واحدة). A short list on purpose: after most nouns واحد means "single,
 * same" (في آن واحد، بصوت واحد، على أمر واحد، في قالب واحد).
 */
export const ONE_COUNTED_NOUNS = [
  'شخص', 'قتيل', 'جريح', 'مصاب', 'جندي', 'ضابط', 'عنصر', 'مسلح', 'مقاتل', 'مدني', 'طفل', 'امرأة', 'مواطن',
  'لاجئ', 'معتقل', 'أسير', 'لاعب', 'هدف', 'مقعد', 'حالة', 'إصابة', 'وفاة', 'منزل', 'صاروخ', 'طائرة', 'سيارة',
  'دولة', 'قرية', 'مستشفى', 'موظف', 'طالب', 'مريض', 'ضحية', 'شركة',
];

/** A word after «noun واحد» that makes it a count whatever the noun (شركة واحدة فقط). */
export const ONLY_WORDS = ['فقط', 'لا غير'];

/**
 * Time nouns that, in the singular after a number above ten, count things
 * instead: عقد is a decade or a contract, and «1800 عقد» are contracts
 * (decades are counted in few: عقدين، ثلاثة عقود).
 */
export const TIME_NOUNS_COUNTING_ABOVE_TEN = ['عقد'];

/**
 * Arabic spellings of Latin letters: a number after them is part of a code or
 * a model (الرحلة إم إتش 370، طائرة إف 16، بي 52). Letters that are also
 * words once normalized (إل = ال، إي and آي = أي، إم = أم، في، أو، إن) are
 * left out.
 */
export const LATIN_LETTER_NAMES = [
  'إيه', 'بي', 'سي', 'دي', 'إف', 'جي', 'إتش', 'اتش', 'جيه', 'كيه', 'كيو', 'آر', 'إس', 'تي', 'يو', 'دبليو', 'إكس', 'واي', 'زد',
];

/**
 * Words before a bare number (no unit) that say it counts: the number of
 * (عدد، إجمالي) somewhere before it in its clause, or a verb of amounting
 * just before it (بلغ، وصل إلى).
 */
export const COUNT_SIGNALS = ['عدد', 'العدد', 'عددهم', 'عددها', 'أعداد', 'إجمالي', 'الإجمالي', 'مجموع', 'حصيلة'];
export const AMOUNT_VERBS = ['بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'وصل', 'وصلت', 'يصل', 'تصل', 'تجاوز', 'تجاوزت', 'يتجاوز', 'يتجاوزون', 'ناهز', 'قارب'];

/** Words right before a number that introduce a count (بواقع 2000 شقة، على 2000 عنصر، البالغ 1850). */
export const COUNT_INTRODUCERS = [
  'بواقع', 'على', 'إلى', 'الى', 'عن', 'ب', 'ل', 'بنحو', 'قوامها', 'قوامه', 'البالغ', 'البالغة', 'البالغين', 'يضم', 'تضم', 'ضم', 'ضمت',
];

/** Words after a bare number that say it counts (21 فقط). */
export const COUNT_AFTER = ['فقط', 'تقريبا'];

/**
 * Cardinals written with ال after the noun they count (الولايات السبع،
 * مراكزها الثلاثة، الأصدقاء الأربعة), from three to ten.
 */
export const DEFINITE_CARDINALS: Array<[number, string[]]> = [
  [3, ['الثلاث', 'الثلاثة']], [4, ['الأربع', 'الأربعة']], [5, ['الخمس', 'الخمسة']], [6, ['الست', 'الستة']],
  [7, ['السبع', 'السبعة']], [8, ['الثماني', 'الثمانية']], [9, ['التسع', 'التسعة']], [10, ['العشر', 'العشرة']],
];

/** Adjectives that may follow such a cardinal and belong to the figure (الولايات السبع الأخرى). */
export const AFTER_CARDINAL = ['الأخرى', 'الآخرين', 'الآخرون', 'الباقية', 'المتبقية', 'الكبرى', 'المتبقين'];

/** "Of them" after a number (خمسة منهم): the counted noun is the one before. */
export const OF_THEM = ['منهم', 'منهن'];

/** Words between the two numbers of a range: بين 17 و23، من 4 إلى 10. */
export const RANGE_LINKS = ['و', 'أو', 'إلى', 'حتى', '-', '–'];
/** Links that make a range from the first number to the second (not a list, 48 أو 45). */
export const RISING_LINKS = ['إلى', 'حتى', '-', '–'];

/** Words after which digits with one separator read as a decimal (5.200 مليون، 3.5 بالمئة). */
export const DECIMAL_CONTEXT_WORDS = [
  'مليون', 'مليونا', 'ملايين', 'مليار', 'مليارا', 'مليارات', 'بليون', 'تريليون', 'ألف', 'ألفا', 'آلاف', 'بالمئة', 'بالمائة',
];
/** The hundred of "in the hundred" (5.200 في المئة). */
export const PER_HUNDRED_WORDS = ['المئة', 'المائة'];
