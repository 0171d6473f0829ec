// Words that decide which mentions of an article are one speaker: how a
// speaker is referred to again (pronoun honorifics, definite anaphors) and
// the agreement its verbs show. Written as Arabic is written; normalized at
// load by the coreference pass.

/** Honorifics with a pronoun (his highness, his excellency): they refer back to a named person. */
export const HONORIFIC_PRONOUNS = ['سموه', 'سموها', 'معاليه', 'معاليها', 'سماحته', 'فضيلته', 'سعادته', 'سعادتها', 'فخامته', 'دولته'];

/**
 * Titles written before a person's surname alone, once the article has given
 * the full name (المهندس العمري، اللواء التركي، الإمام الترمذي): honorifics,
 * ranks and degrees. Offices are not among them: الرئيس التركي is the
 * president of Turkey, not a man named التركي.
 */
export const SURNAME_TITLES = [
  'المهندس', 'المهندسة', 'الدكتور', 'الدكتورة', 'د', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الفريق', 'الملازم',
  'الشيخ', 'الشيخة', 'الأمير', 'الأميرة', 'الإمام', 'الأستاذ', 'الأستاذة', 'السيد', 'السيدة', 'معالي', 'سمو', 'سماحة', 'فضيلة',
  'الحاج', 'الحاجة', 'البروفيسور',
];

/**
 * Broken plurals of people (خبراء، شهود، الأهالي): a verb that refers back
 * to them is plural (وطالبوا), never a singular (وقال).
 */
export const HUMAN_PLURALS = [
  'خبراء', 'شهود', 'سكان', 'أهالي', 'أهل', 'نشطاء', 'علماء', 'أطباء', 'قادة', 'زعماء', 'تجار', 'عمال', 'طلاب', 'ضباط', 'مسؤولو',
  'ممثلو', 'محامو', 'منظمو', 'مديرو', 'منتقدو', 'أعضاء', 'نواب', 'وزراء', 'سفراء', 'مواطنو', 'ذوو', 'ذوي', 'أقارب', 'أقرباء', 'جنود',
  'رجال', 'نساء', 'شباب', 'لاجئو', 'أولياء', 'آباء', 'أمهات', 'أبناء', 'مشجعو', 'لاعبو', 'فنانو', 'مسعفو', 'مراسلو', 'محللو',
];

/**
 * Plurals of things (مصادر، تقارير، أوساط، وسائل): Arabic gives them a
 * feminine singular verb (قالت المصادر … وأضافت).
 */
export const THING_PLURALS = [
  'مصادر', 'تقارير', 'أوساط', 'دوائر', 'جهات', 'وسائل', 'أنباء', 'معلومات', 'بيانات', 'إحصاءات', 'إحصائيات', 'أرقام', 'نتائج',
  'تقديرات', 'وثائق', 'دراسات', 'تحقيقات', 'صحف', 'قوات', 'سلطات', 'أجهزة',
];

/**
 * Words that count or quantify a group (بعض الأهالي، عدد من المسؤولين):
 * the verb agrees with the group or with the word, either way.
 */
export const QUANTIFIERS = ['بعض', 'عدد', 'العديد', 'معظم', 'غالبية', 'جميع', 'كل', 'أغلب', 'بعضهم', 'كثير', 'الكثير'];

/** Prepositions and particles inside a title: they carry nothing of which office it is (رئيس لجنة … في جمعية …). */
export const TITLE_LINKS = ['في', 'من', 'عن', 'على', 'إلى', 'لدى', 'باسم', 'و'];

/**
 * Adjectives that describe an office's holder, not which office it is (the
 * participles, مقرب، معتدل، منتدب, are read from their shape): وزير الخارجية
 * الجديد is the foreign minister named before.
 */
export const HOLDER_DESCRIPTIONS = ['جديد', 'سابق', 'حالي', 'أسبق', 'راحل', 'بارز', 'شهير', 'عام', 'أول', 'حاكم'];

/**
 * Words after which a title-only subject's clause names someone else, or
 * says something: a name after them is not the subject's (قال المتحدث مع
 * الوزير …، أعلن المدير أن الدكتور …).
 */
export const APPOSITION_BREAKS = [
  'أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'مع', 'عن', 'إلى', 'الى', 'على', 'ضد', 'بين', 'حول', 'منذ', 'بعد', 'قبل', 'خلال',
  'أمام', 'لدى', 'عند', 'قد', 'الذي', 'التي', 'الذين', 'و',
];

/** ذاتها، نفسها after a source: "the same" one named before (المصادر ذاتها). */
export const SAME_WORDS = ['ذاتها', 'نفسها', 'ذاته', 'نفسه', 'ذاتهم', 'نفسهم', 'أنفسهم', 'عينها', 'عينه'];

/** Words that only single bodies bear, so one word is enough to tell them (البنتاغون is never two bodies). */
export const PROPER_BODIES: readonly string[] = ['البنتاغون', 'البنتاجون', 'الكرملين', 'الاليزيه', 'الكونغرس', 'الكونجرس', 'الفاتيكان'];

/** Nouns of places and offices that open descriptions (بمنطقة مكة، بغرفة جدة). */
export const ADMINISTRATIVE_NOUNS: readonly string[] = [
  'منطقة', 'محافظة', 'مدينة', 'غرفة', 'شرطة', 'ولاية', 'إقليم', 'أمانة', 'إمارة', 'قيادة', 'هيئة', 'إدارة', 'بلدية', 'مدعي',
];

/** Plural nouns of unnamed groups of sources (وسائل إعلام، مصادر، جهات): never one body across articles. */
export const GENERIC_BODIES: readonly string[] = ['وسائل', 'مصادر', 'جهات', 'اوساط', 'صحف', 'السلطات'];
