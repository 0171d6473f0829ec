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
];

/** A line that starts with one of these and goes on is a single teaser: `اقرأ أيضا: عنوان`. */
export const TEASER_PREFIXES: readonly string[] = [
  'اقرأ أيضا', 'اقرأ ايضا', 'اقرأ المزيد', 'شاهد أيضا', 'شاهد ايضا', 'طالع أيضا', 'للمزيد اقرأ',
];

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

/** Donation appeals (their lines may name the site: `ادعم عنب بلدي`). */
export const DONATION_PHRASES: PhraseSet = {
  starts: ['تبرع الآن', 'ادعمنا', 'ساهم في دعم', 'كن داعما'],
  anywhere: ['اضغط هنا للمساهمة', 'نحن بحاجتك', 'بحاجة لدعمك', 'بحاجة إلى دعمك', 'دولار واحد شهريا'],
};

/** A short line opening with this word is a donation appeal naming the site. */
export const DONATION_PREFIX = 'ادعم';

/** "Load more" lines. */
export const LOAD_MORE_PHRASES: PhraseSet = {
  starts: ['عرض المزيد', 'تحميل المزيد', 'حمل المزيد', 'تحميل...', 'المزيد من المقالات'],
  anywhere: ['لا يوجد المزيد من', 'تحميل المزيد'],
};

/** Site furniture in words: time stamps, follow-us lines, newsletters, copyright. */
export const SITE_CHROME_PHRASES: PhraseSet = {
  starts: ['آخر تحديث', 'تاريخ النشر', 'تاريخ التحديث', 'نشر في', 'تابعونا على', 'تابعونا عبر', 'تابعوا', 'تابع آخر',
    'اشترك في النشرة', 'اشترك في قناة', 'اشترك الآن', 'حمل تطبيق', 'حمّل تطبيق', 'جميع الحقوق محفوظة', 'حقوق النشر',
    'الحقوق محفوظة', 'سجل الدخول', 'تسجيل الدخول', 'الأكثر مشاهدة', 'الأكثر تداولا'],
  anywhere: ['جميع الحقوق محفوظة', 'لمتابعة آخر الأخبار', 'النشرة البريدية', '©'],
};

/** Photo captions and credits. */
export const CAPTION_PREFIXES: readonly string[] = ['camera icon', 'تصوير:', 'تصوير :', 'الصورة:', 'الصورة :', 'صورة:'];
export const CAPTION_LINES: readonly string[] = ['صورة أرشيفية', 'صورة من الأرشيف', 'أرشيفية', 'صورة تعبيرية', 'صور أرشيفية'];

/**
 * Share bars, icons and buttons: a line made only of these words is chrome.
 * Latin words are matched lower-cased.
 */
export const CHROME_WORDS: readonly string[] = [
  'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'messenger', 'reddit', 'email',
  'print', 'share', 'tweet', 'copy', 'link', 'tag', 'icon', 'camera', 'x', 'a', '×',
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
];

/** Words that merely start with و (they do not carry the conjunction). */
export const WAW_INITIAL_WORDS: readonly string[] = [
  'وزير', 'وزيرة', 'وزراء', 'وزارة', 'وزارات', 'وكالة', 'وكالات', 'واشنطن', 'وفد', 'وسائل', 'ولي', 'ولاية',
  'وحدة', 'وحدات', 'وثيقة', 'وسط', 'وضع', 'وقف', 'وجود', 'وفاة', 'ورقة', 'وادي', 'وطن', 'وطني', 'وطنية',
];
