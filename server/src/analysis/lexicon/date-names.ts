// Names of months and weekdays as hovers show them to the reader, spelled in
// full (الأربعاء، آذار، جمادى الآخرة): for display, not for matching (the
// dates pass matches the normalized forms of months.ts and calendar.ts).

/** Weekdays from Sunday, as Date.getUTCDay() counts them. */
export const WEEKDAY_NAMES: readonly string[] = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Gregorian months, January first, in the Levantine series (كانون الثاني) … */
export const LEVANTINE_MONTH_NAMES: readonly string[] = [
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
];
/** … and in the Egyptian and Gulf series (يناير). */
export const EGYPTIAN_MONTH_NAMES: readonly string[] = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
];
/** Hijri months, Muharram first. */
export const HIJRI_MONTH_NAMES: readonly string[] = [
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة',
];

/** Words only a Levantine month name contains, which tell that an article uses that series (آب is also "father"). */
export const LEVANTINE_SERIES_WORDS: readonly string[] = ['كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'أيلول', 'تشرين'];
/** Likewise for the Egyptian and Gulf series (مارس is also a verb). */
export const EGYPTIAN_SERIES_WORDS: readonly string[] = [
  'يناير', 'فبراير', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
];
