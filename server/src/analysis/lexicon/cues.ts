// Reporting cues (GUIDELINES §3): speech and stance verbs with their
// inflections, participles, and attribution phrases. Written as Arabic is
// written; the claims pass normalizes them once at load. Attached و/ف are
// handled by the matcher, not listed here.

export interface VerbCue {
  lemma: string;
  past: string[];
  present: string[];
  /** Words one of which must follow within the clause for the verb to report speech (نقلت … عن). */
  needs?: string[];
  /** How many words on `needs` may come, where the subject between may be long (شدد الرئيس … على); ten unless set. */
  needsWithin?: number;
  /**
   * The present forms read as the passive unless one of these follows:
   * يُعتبر with no أن and no object (تعتبر السلطات هذه المجموعة …) is "is
   * considered". A form with an object pronoun (يعتبرهم) is active anyway.
   */
  passiveUnless?: string[];
}

export const VERB_CUES: VerbCue[] = [
  { lemma: 'قال', past: ['قال', 'قالت', 'قالوا', 'قلن'], present: ['يقول', 'تقول', 'يقولون', 'نقول'] },
  { lemma: 'أكد', past: ['أكد', 'أكدت', 'أكدوا'], present: ['يؤكد', 'تؤكد', 'يؤكدون'] },
  { lemma: 'أوضح', past: ['أوضح', 'أوضحت', 'أوضحوا'], present: ['يوضح', 'توضح', 'يوضحون'] },
  { lemma: 'أضاف', past: ['أضاف', 'أضافت', 'أضافوا'], present: ['يضيف', 'تضيف', 'يضيفون'] },
  { lemma: 'تابع', past: ['تابع', 'تابعت', 'تابعوا'], present: [] },
  // (شدد with a noun object and no على is "tightened": وشددت الصين الإجراءات)
  { lemma: 'شدد', past: ['شدد', 'شددت', 'شددوا'], present: ['يشدد', 'تشدد'], needs: ['على', 'أن', 'أنه', 'أنها', 'بأن', 'بأنه', ':'], needsWithin: 30 },
  { lemma: 'أشار', past: ['أشار', 'أشارت', 'أشاروا'], present: ['يشير', 'تشير', 'يشيرون'] },
  { lemma: 'لفت', past: ['لفت', 'لفتت', 'لفتوا'], present: ['يلفت', 'تلفت'] },
  { lemma: 'استدرك', past: ['استدرك', 'استدركت'], present: [] },
  { lemma: 'حذر', past: ['حذر', 'حذرت', 'حذروا'], present: ['يحذر', 'تحذر', 'يحذرون'] },
  { lemma: 'أعلن', past: ['أعلن', 'أعلنت', 'أعلنوا'], present: ['يعلن', 'تعلن'] },
  { lemma: 'كشف', past: ['كشف', 'كشفت', 'كشفوا'], present: ['يكشف', 'تكشف'] },
  { lemma: 'ذكر', past: ['ذكر', 'ذكرت', 'ذكروا'], present: ['تذكر'] },
  { lemma: 'صرح', past: ['صرح', 'صرحت', 'صرحوا'], present: ['يصرح', 'تصرح'] },
  { lemma: 'نفى', past: ['نفى', 'نفت', 'نفوا'], present: ['ينفي', 'تنفي'] },
  { lemma: 'اعتبر', past: ['اعتبر', 'اعتبرت', 'اعتبروا'], present: ['يعتبر', 'تعتبر'], passiveUnless: ['أن', 'إن', 'بأن', 'أنه', 'أنها', 'بأنه', 'بأنها', 'هذه', 'هذا', 'هؤلاء', 'ذلك', 'تلك'] },
  { lemma: 'رأى', past: ['رأى', 'رأت', 'رأوا'], present: ['يرى', 'ترى', 'يرون'] },
  { lemma: 'دعا', past: ['دعا', 'دعت', 'دعوا'], present: ['يدعو', 'تدعو'] },
  { lemma: 'طالب', past: ['طالب', 'طالبت', 'طالبوا'], present: ['يطالب', 'تطالب', 'يطالبون'] },
  { lemma: 'أفاد', past: ['أفاد', 'أفادت', 'أفادوا'], present: ['يفيد', 'تفيد'] },
  // Not the bare بيّن: without its shadda it reads as the preposition بين.
  { lemma: 'بين', past: ['بيّنت'], present: ['يبيّن'] },
  { lemma: 'أجاب', past: ['أجاب', 'أجابت'], present: ['يجيب', 'تجيب'] },
  { lemma: 'نقل', past: ['نقل', 'نقلت', 'نقلوا'], present: ['ينقل', 'تنقل'], needs: ['عن'] },
  { lemma: 'أعرب', past: ['أعرب', 'أعربت', 'أعربوا'], present: ['يعرب', 'تعرب'] },
  { lemma: 'هدد', past: ['هدد', 'هددت', 'هددوا'], present: ['يهدد', 'تهدد'] },
  { lemma: 'أردف', past: ['أردف', 'أردفت'], present: [] },
  { lemma: 'نوه', past: ['نوه', 'نوهت'], present: [] },
  { lemma: 'اتهم', past: ['اتهم', 'اتهمت', 'اتهموا'], present: ['يتهم', 'تتهم'] },
  { lemma: 'زعم', past: ['زعم', 'زعمت', 'زعموا'], present: ['يزعم', 'تزعم'] },
  { lemma: 'توقع', past: ['توقع', 'توقعت', 'توقعوا'], present: ['يتوقع', 'تتوقع'] },
  { lemma: 'اعترف', past: ['اعترف', 'اعترفت'], present: ['يعترف', 'تعترف'] },
  { lemma: 'وصف', past: ['وصف', 'وصفت', 'وصفوا'], present: ['يصف', 'تصف'] },
  { lemma: 'علق', past: ['علق', 'علقت'], present: [] },
  { lemma: 'تساءل', past: ['تساءل', 'تساءلت'], present: [] },
  { lemma: 'ختم', past: ['ختم', 'ختمت'], present: [] },
  { lemma: 'أبدى', past: ['أبدى', 'أبدت', 'أبدوا'], present: ['يبدي', 'تبدي'] },
  { lemma: 'نبه', past: ['نبه', 'نبهت'], present: [] },
  { lemma: 'رجح', past: ['رجح', 'رجحت'], present: ['يرجح', 'ترجح'] },
  { lemma: 'انتقد', past: ['انتقد', 'انتقدت', 'انتقدوا'], present: ['ينتقد', 'تنتقد'] },
  { lemma: 'أوصى', past: ['أوصى', 'أوصت'], present: ['يوصي', 'توصي'] },
  { lemma: 'نصح', past: ['نصح', 'نصحت'], present: [] },
  { lemma: 'طلب', past: ['طلبت', 'طلبوا'], present: [] },
  { lemma: 'ناشد', past: ['ناشد', 'ناشدت', 'ناشدوا'], present: ['يناشد', 'تناشد'] },
  { lemma: 'استبعد', past: ['استبعد', 'استبعدت'], present: ['يستبعد', 'تستبعد'] },
  { lemma: 'وجد', past: ['وجد', 'وجدت', 'وجدوا'], present: [], needs: ['أن', 'إن', 'بأن'] },
  // أقر بأن "acknowledged that"; أقر البرلمان القانون "approved" is no statement
  { lemma: 'أقر', past: ['أقر', 'أقرت', 'أقروا'], present: ['يقر', 'تقر'], needs: ['بأن', 'بأنه', 'بأنها', 'أن'] },
  { lemma: 'أدان', past: ['أدان', 'أدانت', 'أدانوا'], present: ['يدين', 'تدين'] },
  { lemma: 'تعهد', past: ['تعهد', 'تعهدت', 'تعهدوا'], present: ['يتعهد', 'تتعهد'] },
  { lemma: 'تحدث', past: ['تحدث', 'تحدثت'], present: ['يتحدث', 'تتحدث'], needs: ['عن', 'أن', ':'] },
  { lemma: 'أنكر', past: ['أنكر', 'أنكرت', 'أنكروا'], present: ['ينكر', 'تنكر'] },
  // كتب and واصل report speech only when what follows says so (a byline كتب محمد does not).
  { lemma: 'كتب', past: ['كتب', 'كتبت'], present: [], needs: [':', 'أن', 'إن', '"'] },
  { lemma: 'واصل', past: ['واصل', 'واصلت'], present: [], needs: ['قائلا', 'قائلة', ':'] },
  { lemma: 'أشاد', past: ['أشاد', 'أشادت', 'أشادوا'], present: ['يشيد', 'تشيد'] },
  // Reporting and stance verbs the development set's annotators counted and the corpora use often.
  { lemma: 'أبلغ', past: ['أبلغ', 'أبلغت', 'أبلغوا'], present: ['يبلغ', 'تبلغ'], needs: ['أن', 'بأن', 'بأنه', 'بأنها', 'أنه', 'أنها', ':'] },
  { lemma: 'أبان', past: ['أبان', 'أبانت'], present: ['يبين'], needs: ['أن', 'بأن', 'أنه', 'أنها'] },
  { lemma: 'أورد', past: ['أورد', 'أوردت', 'أوردوا'], present: ['يورد', 'تورد'] },
  { lemma: 'أظهر', past: ['أظهر', 'أظهرت'], present: ['يظهر', 'تظهر'], needs: ['أن', 'أنه', 'أنها', 'ارتفاع', 'تراجع', 'انخفاض', 'زيادة'] },
  // عبّر عن: the bare عبر is "via", so only the inflected forms, and only with عن
  { lemma: 'عبر', past: ['عبرت', 'عبروا'], present: ['يعبر', 'تعبر'], needs: ['عن'] },
  { lemma: 'توعد', past: ['توعد', 'توعدت', 'توعدوا'], present: ['يتوعد', 'تتوعد'] },
  { lemma: 'رحب', past: ['رحب', 'رحبت', 'رحبوا'], present: ['يرحب', 'ترحب'] },
  { lemma: 'اعتقد', past: ['اعتقد', 'اعتقدت', 'اعتقدوا'], present: ['يعتقد', 'تعتقد', 'يعتقدون'] },
  // حمّل المسؤولية: "held responsible"; حمل alone is "carried"
  { lemma: 'حمل', past: ['حمل', 'حملت', 'حملوا'], present: ['يحمل', 'تحمل'], needs: ['مسؤولية', 'المسؤولية', 'مسؤوليه'] },
  { lemma: 'تطرق', past: ['تطرق', 'تطرقت', 'تطرقوا'], present: ['يتطرق', 'تتطرق'] },
  { lemma: 'روى', past: ['روى', 'روت', 'رووا'], present: ['يروي', 'تروي'] },
  { lemma: 'ندد', past: ['ندد', 'نددت', 'نددوا'], present: ['يندد', 'تندد'] },
  // وثّقت الشبكة … إلقاء …: what a monitor documents (the bare وثق is as often "trusted")
  { lemma: 'وثق', past: ['وثقت', 'وثقوا'], present: ['يوثق', 'توثق'] },
  // اختتم تصريحه بأن: the last of a speaker's statements; اختتمت الدورة is no statement
  { lemma: 'اختتم', past: ['اختتم', 'اختتمت'], present: [], needs: ['بأن', 'بالقول', 'قائلا', 'قائلة', ':'] },
];

/**
 * Participles that report a further statement of the same speaker (حال).
 * Feminine forms that are also common nouns (مطالبة، متابعة، داعية) are left out.
 */
export const PARTICIPLE_CUES: Record<string, string[]> = {
  'أضاف': ['مضيفا', 'مضيفة', 'مضيفين', 'مضيفتا'],
  'أشار': ['مشيرا', 'مشيرة', 'مشيرين'],
  'أكد': ['مؤكدا', 'مؤكدة', 'مؤكدين'],
  'بين': ['مبينا', 'مبينة'],
  'قال': ['قائلا', 'قائلة', 'قائلين'],
  'لفت': ['لافتا', 'لافتة'],
  'أوضح': ['موضحا', 'موضحة'],
  'اعتبر': ['معتبرا', 'معتبرة'],
  'حذر': ['محذرا', 'محذرة'],
  'شدد': ['مشددا', 'مشددة'],
  'نوه': ['منوها', 'منوهة'],
  'تابع': ['متابعا'],
  'دعا': ['داعيا'],
  'طالب': ['مطالبا'],
  'أعرب': ['معربا', 'معربة'],
  'كشف': ['كاشفا', 'كاشفة'],
  'نفى': ['نافيا', 'نافية'],
  'استدرك': ['مستدركا', 'مستدركة'],
  'ناشد': ['مناشدا', 'مناشدة'],
  'استبعد': ['مستبعدا', 'مستبعدة'],
  'أبدى': ['مبديا', 'مبدية'],
  'ندد': ['منددا', 'منددة'],
  'رحب': ['مرحبا', 'مرحبة'],
  'توعد': ['متوعدا', 'متوعدة'],
};

/**
 * Words that, right after a verb cue, only introduce the same statement
 * (وتابع قائلًا، وتابعت بالقول): one cue, one claim.
 */
export const CUE_CONTINUATIONS = ['قائلا', 'قائلة', 'قائلين', 'بالقول', 'مستطردا', 'مستطردة', 'مستدركا', 'مستدركة'];

/** Attribution phrases (حسب، وفق، نقلًا عن …): they source what they cover. */
export const ATTRIBUTION_PHRASES = [
  'حسب', 'بحسب', 'وحسب', 'وبحسب', 'وفق',
  // وفقا للشبكة، طبقا لما: the ل is written onto the next word (or apart: وفقا لـ …), and read there
  'وفقا', 'ووفقا', 'طبقا',
  'نقلا عن', 'على حد قوله', 'على حد تعبيره', 'على حد قولها', 'في تصريح لـ', 'في تصريح ل', 'في تصريحات لـ', 'في تصريحات ل',
  'استنادا إلى', 'بناء على تصريحات', 'كما جاء في', 'بحسب ما أفاد', 'وفقا لما',
];

/**
 * Markers of background the writer attaches (GUIDELINES §3): what follows is
 * not part of the attributed content.
 */
export const BACKGROUND_MARKERS = [
  'حيث', 'علما أن', 'علما بأن', 'يذكر أن', 'ويذكر أن', 'يشار إلى أن', 'ويشار إلى أن', 'يشار الى ان',
  'الجدير ذكره', 'والجدير ذكره', 'الجدير بالذكر', 'والجدير بالذكر', 'وتجدر الإشارة', 'تجدر الإشارة',
  'يذكر أنه', 'ويذكر أنه', 'يشار إلى أنه', 'ويشار إلى أنه',
];

/**
 * Words that open a clause of the writer's own after a reported statement
 * (…، كما كشف اللواء أن …؛ …، لكنها أشارت إلى أن …): a cue after them
 * reports a new statement, not one inside the last.
 */
export const CLAUSE_OPENERS = ['كما', 'فيما', 'بينما', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكنه', 'ولكنها', 'ولكنهم', 'بل', 'ثم'];

/** Cue lemmas whose complement comes with ب (أشاد بجهود …، رحب بالقرار، طالب بالإفراج): a word in ب after them is no subject. */
export const CUES_WITH_BA_COMPLEMENT = ['أشاد', 'رحب', 'طالب', 'ندد', 'نوه', 'هدد', 'تعهد', 'وعد', 'اعترف', 'أقر', 'بشر', 'اتهم', 'توعد', 'أبلغ', 'وصف'];

/**
 * Of those, the verbs that take an object before the ب (وصف القرار بأنه …،
 * اتهم المعارضة بالتحريض): one noun phrase alone between the verb and the ب
 * is that object, and the subject is the one already speaking.
 */
export const CUES_WITH_OBJECT_BEFORE_BA = ['وصف', 'اتهم', 'نعت'];

/**
 * Verbs that tell someone (أبلغ الأمم المتحدة أنه …، أخبر الصحفيين أن …):
 * one noun phrase alone between the verb and its أنّ is the one told, and
 * the subject is the one already speaking.
 */
export const CUES_WITH_OBJECT_BEFORE_THAT = ['أبلغ', 'أخبر'];

/** Cue lemmas read as passives after a relative pronoun (الذي يُعتبر، التي تُعتبر "which is considered"): no statement. */
export const CUES_PASSIVE_AFTER_RELATIVE = ['اعتبر'];

/** Verbs that report nothing with an object pronoun: شدد على "stressed", شدده "tightened it". */
export const CUES_NEVER_WITH_OBJECT = ['شدد'];

/** Verbs whose complement comes with من (حذر الخبراء من الأزمة): the من is the verb's, not the subject's. */
export const CUES_WITH_MIN_COMPLEMENT = ['حذر'];

/**
 * Verbs of a view held rather than words said (ترى، تتوقع، تعتقد): inside
 * another's report (أضاف أن مصر تتوقع …) they are part of that report, while
 * a verb of saying there (أن أحد أبنائه أبلغه أن …) is an event of its own.
 */
export const OPINION_CUES = ['رأى', 'توقع', 'اعتبر', 'اعتقد', 'رجح', 'قدر'];

/**
 * Verbs that take back the report as their pronoun between an attribution
 * phrase and its source (وفقا لما نقلته وكالة …، بحسب تقرير بثته الوكالة،
 * حسب ما أوردته صحيفة): the source is their subject. Written without the pronoun.
 */
export const RELAY_VERBS = ['نقل', 'نقلت', 'بث', 'بثت', 'أورد', 'أوردت', 'نشر', 'نشرت', 'ذكر', 'ذكرت', 'أعلن', 'أعلنت', 'أصدر', 'أصدرت', 'أجرى', 'أجرت', 'أعد', 'أعدت', 'أذاع', 'أذاعت', 'قال', 'قالت', 'قالته'];

/**
 * Verbs whose object is a verbal noun (رفض ذكر الصين، حاول نفي التهمة،
 * واصل انتقاد …): a cue's letters right after one of them spell that
 * verbal noun, not a verb of saying.
 */
export const VERBS_BEFORE_MASDAR = [
  'رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'حاول', 'حاولت', 'حاولوا', 'يحاول', 'تحاول', 'واصل', 'واصلت', 'يواصل', 'تواصل',
  'تجنب', 'تجنبت', 'يتجنب', 'تتجنب', 'أعاد', 'أعادت', 'يعيد', 'تعيد', 'قرر', 'قررت', 'أراد', 'أرادت', 'يريد', 'تريد',
];
