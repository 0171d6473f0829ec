// Words and phrases that mark a line as site furniture rather than reporting
// (GUIDELINES §1). Written as they appear; the boilerplate pass normalizes
// them (§7) before matching, so spelling variants of hamza, taa marbuta and
// alef maqsura need not be listed twice.

/**
 * "Related / read also" headings: the whole line is one of these (a colon or
 * dots may follow). What comes after them is a list of teasers, or a whole
 * appended article, until the body clearly resumes.
 */
export const RELATED_HEADINGS: readonly string[] = [
  'موضوعات ذات صلة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'أخبار ذات صلة', 'ذات صلة',
  'مقالات متعلقة', 'أخبار متعلقة', 'موضوعات متعلقة', 'مواضيع متعلقة',
  'مقالات مشابهة', 'أخبار مشابهة', 'مواضيع مشابهة', 'موضوعات مشابهة',
  'اقرأ أيضا', 'اقرأ ايضا', 'اقرأ المزيد', 'شاهد أيضا', 'شاهد ايضا', 'طالع أيضا',
  'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'اخترنا لك', 'اخترنا لكم', 'قد يهمك', 'قد يعجبك أيضا',
  'المزيد من الأخبار', 'المزيد من المقالات', 'آخر الأخبار', 'أخبار أخرى',
  'قد يهمك أيضا', 'مقالات قد تهمك', 'مواضيع قد تهمك', 'أخبار قد تهمك', 'يهمك أيضا', 'قد يعجبك', 'تابع أيضا', 'اقرأ كذلك',
  'قصص ذات صلة', 'روابط ذات صلة', 'تقارير ذات صلة', 'مواضيع ذات علاقة', 'موضوعات ذات علاقة',
];

/** A line that starts with one of these and goes on is a single teaser: `اقرأ أيضا: عنوان`. */
export const TEASER_PREFIXES: readonly string[] = [
  'اقرأ أيضا', 'اقرأ ايضا', 'اقرأ المزيد', 'شاهد أيضا', 'شاهد ايضا', 'طالع أيضا', 'للمزيد اقرأ', 'قد يهمك أيضا',
];

/**
 * Words that open a teaser when a link mark follows them at once:
 * `شاهد.. عنوان`, `للمزيد: عنوان`, `قد يهمك| عنوان`, `اقرأ: (عنوان)`. Without
 * the mark they are ordinary words (`للمزيد من المعلومات`, `أيضا، قال`).
 */
export const MARKED_TEASER_WORDS: readonly string[] = [
  'اقرأ', 'إقرأ', 'طالع', 'شاهد', 'شاهدوا', 'فيديو', 'بالفيديو', 'بالصور', 'للمزيد', 'المزيد', 'أيضا', 'قد يهمك',
];
/** The marks that make one of those words a link: a colon, bar, slash, dash or dots (not a comma). */
export const TEASER_MARKS = ':|/.…-–—';

/** Lists of the writer's other columns, glued into one line: `مقالات أخرى للكاتبعنوان…`. */
export const MORE_BY_PREFIXES: readonly string[] = ['مقالات أخرى للكاتب', 'مقالات أخرى للكاتبة', 'مقالات سابقة للكاتب'];

/** `المزيد من أخبار سوريا`: a short line opening with this and one of the nouns is a heading too. */
export const MORE_FROM_PREFIX = 'المزيد من';
export const MORE_FROM_NOUNS: readonly string[] = [
  'أخبار', 'الأخبار', 'مقالات', 'المقالات', 'مواضيع', 'موضوعات', 'تقارير', 'فيديوهات', 'صور',
];

/** Tag lines: the prefix, then the tags. */
export const TAG_PREFIXES: readonly string[] = [
  'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الوسوم', 'وسوم', 'tags',
];

/**
 * Phrases of one kind of furniture line: `starts` must open the line (a short
 * one; a one-word phrase must be the whole line), `anywhere` are specific
 * enough to be found inside a short line.
 */
export interface PhraseSet {
  starts: readonly string[];
  anywhere: readonly string[];
}

/** Comment forms. They close the article: what follows is furniture too. */
export const COMMENT_PHRASES: PhraseSet = {
  starts: ['اترك تعليقك', 'اترك تعليقا', 'اترك تعليق', 'اترك ردا', 'أضف تعليقك', 'أضف تعليق', 'أضف تعليقا',
    'إرسال التعليق', 'أرسل تعليقك', 'التعليقات', 'تعليقات القراء'],
  anywhere: ['لن يتم نشر عنوان بريدك', 'لن يتم نشر بريدك', 'الحقول الإلزامية', 'الحقول المطلوبة مشار'],
};

/**
 * "Write to the columnist" blocks (`للتواصل مع الكاتب ارسل رسالة SMS`, then
 * the codes and operators): what follows them is furniture too.
 */
export const CONTACT_PHRASES: PhraseSet = {
  starts: ['للتواصل مع الكاتب', 'للتواصل مع الكاتبة', 'للتواصل أرسل', 'للتواصل ارسل', 'للتواصل مع المحرر'],
  anywhere: ['ارسل رسالة sms', 'أرسل رسالة sms', 'ارسل sms', 'أرسل sms'],
};

/**
 * A wire story's sign-off (`// انتهى //`, `(النهاية)`): the line is this word
 * and marks around it. A time stamp may follow.
 */
export const SIGN_OFFS: readonly string[] = ['انتهى', 'النهاية'];
/** A wire story continued in a later part (`// يتبع //`). */
export const CONTINUED_MARKERS: readonly string[] = ['يتبع'];

/**
 * The words a wire time stamp may carry after its time (`17:08 ت م`, `09:15
 * GMT`): zone letters, AM/PM, the end-of-message code.
 */
export const TIME_STAMP_WORDS: readonly string[] = ['ت', 'م', 'غ', 'ع', 'تغ', 'ص', 'مساء', 'صباحا', 'gmt', 'utc', 'nnnn'];

/** Words that may stand with a weekday between the commas of a news lead (`، الأحد الماضي،`, `، اليوم السبت،`). */
export const LEAD_DAY_QUALIFIERS: readonly string[] = ['الماضي', 'المقبل', 'اليوم', 'أمس'];

/** Donation appeals (their lines may name the site: `ادعم عنب بلدي`). */
export const DONATION_PHRASES: PhraseSet = {
  starts: ['تبرع الآن', 'ادعمنا', 'ساهم في دعم', 'كن داعما'],
  anywhere: ['اضغط هنا للمساهمة', 'نحن بحاجتك', 'بحاجة لدعمك', 'بحاجة إلى دعمك', 'دولار واحد شهريا'],
};

/** A short line opening with this word is a donation appeal naming the site. */
export const DONATION_PREFIX = 'ادعم';

/** "Load more" lines. */
export const LOAD_MORE_PHRASES: PhraseSet = {
  starts: ['عرض المزيد', 'تحميل المزيد', 'حمل المزيد', 'تحميل...', 'المزيد من المقالات', 'المزيد'],
  anywhere: ['لا يوجد المزيد من', 'تحميل المزيد'],
};

/** Site furniture in words: time stamps, follow-us lines, newsletters, copyright. */
export const SITE_CHROME_PHRASES: PhraseSet = {
  starts: ['آخر تحديث', 'تاريخ النشر', 'تاريخ التحديث', 'نشر في', 'تابعونا على', 'تابعونا عبر', 'تابعوا', 'تابع آخر',
    'تابعوا مباشرة', 'اشترك في النشرة', 'اشترك في قناة', 'اشترك الآن', 'حمل تطبيق', 'نزل تطبيق', 'جميع الحقوق محفوظة',
    'حقوق النشر', 'الحقوق محفوظة', 'سجل الدخول', 'تسجيل الدخول', 'الأكثر مشاهدة', 'الأكثر تداولا',
    // sponsored pieces
    'نشر هذا المقال بالتعاون', 'هذا المقال منشور بالتعاون'],
  anywhere: ['جميع الحقوق محفوظة', 'لمتابعة آخر الأخبار', 'النشرة البريدية', '©',
    // the outlet's app: `يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق …`
    // (not `نسخة من تطبيق`: news of an app; not `على هواتفكم`: a speaker may say it)
    'إشعارات بأهم', 'بعد تحميل أحدث نسخة',
    // links that address the reader: `للاطلاع على النص كاملا اضغط هنا` (not `الرابط التالي`: a
    // statement may name where to apply)
    'اضغط هنا', 'انقر هنا',
    // opinion disclaimers: `جميع المقالات المنشورة تمثل رأي كتابها فقط`
    'تمثل رأي كتابها', 'تمثل رأي كاتبها', 'تعبر عن رأي كاتبها', 'تعبر عن رأي الكاتب', 'تعبر عن آراء كتابها'],
};

/** Photo captions and credits. */
export const CAPTION_PREFIXES: readonly string[] = [
  'camera icon', 'تصوير:', 'تصوير :', 'الصورة:', 'الصورة :', 'صورة:',
  'مصدر الصورة', 'حقوق الصورة', 'تعليق على الصورة', 'تعليق الصورة', 'image copyright', 'image caption', 'getty images',
];
export const CAPTION_LINES: readonly string[] = ['صورة أرشيفية', 'صورة من الأرشيف', 'أرشيفية', 'صورة تعبيرية', 'صور أرشيفية'];

/**
 * Share bars, icons and buttons: a line made only of these words is chrome.
 * Latin words are matched lower-cased.
 */
export const CHROME_WORDS: readonly string[] = [
  'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'messenger', 'reddit', 'email',
  'print', 'share', 'tweet', 'copy', 'link', 'tag', 'icon', 'camera', 'x', 'a', '×', 'next', 'previous', 'prev',
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'واتس', 'اب', 'تيليجرام', 'تلغرام', 'تليجرام', 'تيلغرام',
  'لينكدإن', 'انستغرام', 'إنستغرام', 'طباعة', 'مشاركة', 'شارك', 'أرسل', 'إرسال', 'نسخ', 'الرابط', 'ع',
];

/**
 * Inline permalink trailers glued to the last paragraph (`… رابط الخبر بصحيفة
 * الوئام: عنوان`): from the phrase to the end of its line.
 */
export const PERMALINK_PHRASES: readonly string[] = ['رابط الخبر', 'رابط المقال', 'رابط المقالة'];

/**
 * Openers of a paragraph that continues the body (after a mid-article list
 * the article resumes with one of these, or with a word carrying و).
 */
export const CONTINUATION_OPENERS: readonly string[] = [
  'كما', 'من جانبه', 'من جانبها', 'من جهته', 'من جهتها', 'من جهة أخرى', 'في المقابل', 'في غضون ذلك',
  'في سياق متصل', 'إلى ذلك', 'بدوره', 'بدورها', 'لكن', 'إلا أن', 'يذكر أن', 'يشار إلى', 'الجدير ذكره',
  'فيما', 'كذلك', 'أيضا', 'بينما', 'ثم',
  // the same article turning to another item: `من جانب آخر، …`, `على صعيد آخر، …`
  'من جانب آخر', 'على صعيد آخر', 'على صعيد متصل', 'في سياق آخر', 'في سياق منفصل', 'من ناحية أخرى', 'في شأن آخر',
  'يذكر', 'يشار', 'تجدر الإشارة',
];

/** Words that merely start with و (they do not carry the conjunction). */
export const WAW_INITIAL_WORDS: readonly string[] = [
  'وزير', 'وزيرة', 'وزراء', 'وزارة', 'وزارات', 'وكالة', 'وكالات', 'واشنطن', 'وفد', 'وسائل', 'ولي', 'ولاية',
  'وحدة', 'وحدات', 'وثيقة', 'وسط', 'وضع', 'وقف', 'وجود', 'وفاة', 'ورقة', 'وادي', 'وطن', 'وطني', 'وطنية',
];

/** What a parenthesis after a caption names when it credits no one: (فيديو)، (بالصور)، as written. */
export const CAPTION_MEDIA_WORDS: readonly string[] = ['فيديو', 'صور', 'بالصور', 'فيديو وصور', 'انفوجراف', 'شاهد'];
