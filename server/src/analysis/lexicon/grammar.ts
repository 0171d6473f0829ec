// Closed-class words the passes read a sentence's structure by: relative
// pronouns, particles, the complementizer أنّ with its pronouns, verbs of an
// impersonal report, and words that look like a future verb without being
// one. Written as Arabic writes them; each pass normalizes them when it loads
// them.

/** Relative pronouns: a date after one belongs to a relative clause (التي أعلنت في …). */
export const RELATIVE_PRONOUNS: readonly string[] = ['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللتي', 'اللذان', 'اللتان'];

/** Particles that carry no content in a mention of a speaker (مدير عام الشركة في المنطقة). */
export const MENTION_PARTICLES: readonly string[] = ['في', 'من', 'عن', 'على', 'إلى', 'مع', 'لدى', 'و', 'أو', 'أن', 'بين', 'باسم'];

/** Words that cite a source for what follows (حسب البيان، وفقا للبيان، نقلا عن البيان). */
export const CITING_WORDS: readonly string[] = ['حسب', 'بحسب', 'وفق', 'وفقا', 'نقلا'];

/** Words that put what follows in the future (سوف، من المقرر، يعتزم), besides a verb with سـ. */
export const FUTURE_MARKERS: readonly string[] = ['سوف', 'المقرر', 'المتوقع', 'يعتزم', 'تعتزم'];

/** Beginnings of common words that look like a future verb with سـ (سيارة، سياسة، سياحة، سيطرة، سيد). */
export const FUTURE_LOOKALIKE_STEMS: readonly string[] = ['سيار', 'سياس', 'سياح', 'سيطر', 'سيد'];

/** The complementizer أنّ، إنّ، بأنّ, alone or with a pronoun: what a cue's content opens with. */
export const COMPLEMENTIZERS: readonly string[] = ['أن', 'إن', 'بأن', 'أنه', 'أنها', 'بأنه', 'بأنها'];

/** Verbs of an impersonal report (يذكر أن، تذكر أن): "it is mentioned that", no speaker's cue. */
export const IMPERSONAL_VERBS: readonly string[] = ['يذكر', 'تذكر'];

/** Particles that join a name's parts (علي بن أبي طالب): a cue right after one is part of the name. */
export const NAME_LINK_PARTICLES: readonly string[] = ['أبي', 'أبو', 'بن', 'ابن', 'عبد'];

/** Words no name holds: a "name" with one is a misread phrase (مني فرصة كي تعيد). */
export const FUNCTION_WORDS: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'عن', 'كي', 'أن', 'إن', 'لا', 'لم', 'لن', 'ما', 'مع', 'عبر', 'حول', 'الذي', 'التي', 'هو', 'هي', 'قد', 'كل',
  'هذا', 'هذه', 'هؤلاء', 'ذلك', 'تلك',
];

/** إلا أن، غير أن، رغم أن: "however", not "said that"; a subject is not read past them. */
export const CONCESSIVE_WORDS: readonly string[] = ['إلا', 'غير', 'لكن', 'ولكن', 'بيد', 'رغم'];

/** إنّ، أنّ (and وإن، وأن): a verb right after one has no subject before it. */
export const THAT_WORDS: readonly string[] = ['إن', 'أن', 'وإن', 'وأن'];

/** Words that may stand before a cue without being its subject (لكن، كما، وكان، قد …). */
export const LEADING_PARTICLES: readonly string[] = ['لكن', 'ولكن', 'كما', 'بينما', 'فيما', 'وكان', 'وكانت', 'كان', 'كانت', 'و', 'ثم', 'إذ', 'بل', 'قد', 'وقد', 'فقد', 'وهو', 'وهي', 'فهو', 'فهي', 'إلا', 'أنه', 'أنها', 'غير'];

/** Separate subject pronouns (وهو، فهي): after them the noun is what "it is", and the subject follows the verb. */
export const SUBJECT_PRONOUNS: readonly string[] = ['هو', 'هي', 'وهو', 'وهي', 'فهو', 'فهي'];

/** كان and its forms: the subject may stand between it and قد (وكان الوزير قد أعلن). */
export const KAANA_FORMS: readonly string[] = ['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت'];

/** What a cue's content may begin with (أن، على، عن، :، قائلا): where the subject before it ends. */
export const COMPLEMENT_WORDS: readonly string[] = ['أن', 'بأن', 'أنه', 'أنها', 'أنهم', 'على', 'إلى', 'عن', 'من', ':', '"', 'قائلا', 'قائلة', 'بالقول'];

/** Pronoun objects and adverbs a cue can carry before its subject (أعلن عنها الرئيس، صرح بذلك الوكيل، قال بأسى). */
export const BEFORE_SUBJECT_WORDS: readonly string[] = ['عنها', 'عنه', 'عنهم', 'لها', 'له', 'لهم', 'بها', 'به', 'بهم', 'ذلك', 'هذا', 'بذلك', 'رسميا', 'بأسى', 'بحزن', 'مجددا', 'ضمنا', 'علنا', 'علانية', 'صراحة', 'مبكرا'];

/** أنّ and its forms that embed a statement in the last one (وأضافت المجلة أن واشنطن ترى أن …): a cue after one reports nothing of its own. */
export const EMBEDDING_THAT: readonly string[] = ['أن', 'أنه', 'أنها', 'بأن', 'بأنه'];

/** بأنّ with its pronouns: the complement of a verb that takes ب (وصفه بأنه …). */
export const BA_THAT_FORMS: readonly string[] = ['بأن', 'بأنه', 'بأنها', 'بأنهم'];

/**
 * أنّ and its sisters put the subject before the verb: «أن الوزير أكد …»,
 * «إن فريق الخبراء أعلن …». A noun phrase between one of them and a cue is
 * the cue's subject, and what follows the cue its object.
 */
export const SUBJECT_FIRST_THAT: readonly string[] = ['أن', 'إن', 'بأن', 'لأن', 'لكن', 'ولكن'];

/**
 * Prepositions a verb never follows directly: a cue's letters after one of
 * them spell its verbal noun (تحفظ عن ذكر الأرقام، في قول آخر).
 */
export const NOUN_PREPOSITIONS: readonly string[] = ['عن', 'في', 'على', 'إلى', 'حول', 'مع', 'دون'];

/** Demonstratives after a noun (مهرجان هذا العام، الاتفاق ذلك): the word before one is a common noun, never part of a name. */
export const DEMONSTRATIVES: readonly string[] = ['هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هذان', 'هؤلاء', 'أولئك'];

/** غير before an adjective negates it (تقديرات غير رسمية، مصادر غير مؤكدة): the two are one adjective. */
export const NEGATING_NOUNS: readonly string[] = ['غير'];

/** أما sets a topic whose comment begins with ف (أما الوزير فقال …). */
export const TOPIC_PARTICLES: readonly string[] = ['أما', 'وأما'];
