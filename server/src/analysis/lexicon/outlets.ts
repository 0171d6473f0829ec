// Names that tell who published or supplied an article: news agencies as
// they appear in datelines and photo credits, and the generic "sources" that
// name no outlet at all.

/** News agencies, as written in datelines (`القاهرة - أ ش أ`, `(رويترز) -`, `واس -`). */
export const NEWS_AGENCIES: readonly string[] = [
  'رويترز', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس', 'أ ش أ', 'د ب أ', 'يو بي آي', 'أسوشيتد برس', 'أ ب',
  'الأناضول', 'واس', 'سانا', 'كونا', 'وام', 'بنا', 'قنا', 'العمانية', 'واج', 'ومع', 'تاس', 'سبوتنيك',
  'شينخوا', 'إرنا', 'واع', 'بترا', 'وفا', 'معا', 'سبأ', 'نوفوستي', 'إيتار تاس', 'AFP', 'Reuters', 'AP',
];

/** `المصدر: وكالات` names no outlet. */
export const GENERIC_SOURCES: readonly string[] = [
  'وكالات', 'وكالات الأنباء', 'متابعات', 'مواقع', 'مواقع إلكترونية', 'مواقع التواصل', 'مواقع التواصل الاجتماعي',
  'وسائل إعلام', 'وسائل الإعلام', 'وسائل التواصل', 'الإنترنت', 'إنترنت', 'صحف', 'الصحف', 'مصادر', 'خاص',
];

/** Words that introduce the site's own name in an inline permalink: `رابط الخبر بصحيفة الوئام:`. */
export const SITE_WORDS: readonly string[] = ['صحيفة', 'موقع', 'جريدة', 'منصة', 'شبكة'];

/** The dateline word for an exclusive report: `SY24 -خاص`. */
export const EXCLUSIVE_WORD = 'خاص';

/** `ادعم الصحافة المستقلة` names no site: words that cannot open an outlet's name after ادعم. */
export const DONATION_NON_NAMES: readonly string[] = [
  'الصحافة', 'صحافة', 'الإعلام', 'إعلام', 'عملنا', 'الموقع', 'المنصة', 'الصحيفة', 'القناة', 'فريقنا', 'استقلالنا',
];

/** A parenthesised day is not a credit: `اليوم (الاثنين) -`. */
export const WEEKDAYS: readonly string[] = ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
