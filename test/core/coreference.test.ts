// Coreference inside one article: which claim subjects are one speaker, and
// whom a cue with no subject refers back to. Each case marks the cues with
// ⟦ ⟧ and names the speaker of each (null: the cue makes no claim); sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';
import { cueAgreement } from '../../server/src/analysis/passes/agreement.js';
import { nameLike } from '../../server/src/analysis/passes/speakers.js';
import { parseMarks } from '../helpers/marks.js';

interface Case {
  name: string;
  marked: string;
  /** The speaker's name of each marked cue, in order; null where the cue must make no claim. */
  speakers: (string | null)[];
  /** Forms that must be among a speaker's aliases, by speaker name. */
  aliases?: Record<string, string[]>;
  /** The role each named speaker must have (null: none). */
  roles?: Record<string, string | null>;
}

const cases: Case[] = [
  {
    name: 'a title alone in a colon headline is not the body whose announcement the lead gives',
    marked: '⟦محلل اقتصادي:⟧ ارتفاع الفائدة يخدم المدخرين\n⟦أعلن⟧ المصرف المركزي أمس ارتفاع الفائدة على الودائع، وهو ما يخدم المدخرين.',
    speakers: ['محلل اقتصادي', 'المصرف المركزي'],
  },
  {
    name: 'a title alone in a colon headline is the titled speaker of the lead that restates it',
    marked: '⟦خبير اقتصادي:⟧ تراجع أسعار النفط سببه فائض المعروض\n⟦قال⟧ خبير في الأسواق النفطية إن تراجع أسعار النفط سببه فائض المعروض في الأسواق.',
    speakers: ['خبير في الأسواق النفطية', 'خبير في الأسواق النفطية'],
    aliases: { 'خبير في الأسواق النفطية': ['خبير اقتصادي'] },
  },
  {
    name: 'a country in a colon headline is the lead speaker of that country, when the lead restates the headline',
    marked: '⟦المغرب:⟧ الخلاف مع الشركاء على صادرات الفوسفات تجاري\n⟦قال⟧ وزير مغربي أمس إن الخلاف مع الشركاء على صادرات الفوسفات تجاري لا سياسي.',
    speakers: ['وزير مغربي', 'وزير مغربي'],
    aliases: { 'وزير مغربي': ['المغرب'] },
  },
  {
    name: 'a body in a colon headline is the body that makes the announcement the lead restates',
    marked: '⟦الأمم المتحدة:⟧ 120 ألف لاجئ عبروا الحدود منذ بداية الشهر\n⟦أعلنت⟧ المفوضية العليا لشؤون اللاجئين أن نحو 120 ألف لاجئ عبروا الحدود منذ بداية الشهر.',
    speakers: ['المفوضية العليا لشؤون اللاجئين', 'المفوضية العليا لشؤون اللاجئين'],
    aliases: { 'المفوضية العليا لشؤون اللاجئين': ['الأمم المتحدة'] },
  },
  {
    name: 'a country in a colon headline over a statement by no one of that country stays where the news is',
    marked: '⟦المغرب:⟧ الخلاف مع الشركاء على صادرات الفوسفات تجاري\n⟦قالت⟧ وكالة التصنيف الدولية أمس إن الخلاف مع الشركاء على صادرات الفوسفات تجاري.',
    speakers: ['المغرب', 'وكالة التصنيف الدولية'],
  },
  {
    name: 'a feminine verb with no subject skips the man quoted last and refers back to the ministry',
    marked: 'عنوان الخبر\n⟦أعلنت⟧ وزارة الصحة بدء حملة التطعيم.\n⟦وقال⟧ المدير العام للحملة سامي العتيبي إن الفرق جاهزة.\n⟦وأضافت⟧ أن اللقاحات متوفرة.',
    speakers: ['وزارة الصحة', 'سامي العتيبي', 'وزارة الصحة'],
  },
  {
    name: 'a masculine verb with no subject does not refer back to a woman',
    marked: 'عنوان الخبر\n⟦قال⟧ الوزير خالد المنصور إن الخطة جاهزة.\n⟦وقالت⟧ الكاتبة هدى الناصر إن الخطة متأخرة.\n⟦وأضاف⟧ أن التمويل متاح.',
    speakers: ['خالد المنصور', 'هدى الناصر', 'خالد المنصور'],
  },
  {
    name: 'a plural verb with no subject refers to no single speaker',
    marked: 'عنوان الخبر\n⟦وقال⟧ مدير الشرطة إن التحقيق بدأ.\nوتجمع المحتجون أمام المبنى ⟦وطالبوا⟧ بالإفراج عن الموقوفين.',
    speakers: ['مدير الشرطة', null],
  },
  {
    name: 'a plural verb refers back to a group, a singular one to the person before it',
    marked: 'عنوان الخبر\n⟦وقال⟧ مسؤولون محليون إن الطريق أغلق.\n⟦وأكد⟧ المحافظ أن الإغلاق مؤقت.\n⟦وأضافوا⟧ أن البديل جاهز.',
    speakers: ['مسؤولون محليون', 'المحافظ', 'مسؤولون محليون'],
  },
  {
    name: 'sources take a feminine verb, and the verb that follows agrees',
    marked: 'عنوان الخبر\n⟦وذكرت⟧ مصادر مطلعة أن الاتفاق قريب.\n⟦وأضافت⟧ أن التوقيع الأسبوع المقبل.',
    speakers: ['مصادر مطلعة', 'مصادر مطلعة'],
  },
  {
    name: 'a woman named without a title is known as one by her verb',
    marked: 'عنوان الخبر\n⟦قالت⟧ ليلى أحمد إن الرواية اكتملت.\n⟦وأعلن⟧ عن موعد المعرض.',
    speakers: ['ليلى أحمد', null],
  },
  {
    name: 'one word of the full name the article gave is that person: a middle name, a first name',
    marked: 'عنوان الخبر\n⟦أبدى⟧ رئيس جنوب السودان سلفا كير ميارديت تحفظه على المسودة.\n⟦وقال⟧ كير إن الوثيقة غير متوازنة.\n⟦وأكد⟧ صاحب السمو الأمير خالد الفيصل أن السوق ناجح.\n⟦ونوه⟧ سمو الأمير خالد بجهود اللجان.',
    speakers: ['سلفا كير ميارديت', 'سلفا كير ميارديت', 'خالد الفيصل', 'خالد الفيصل'],
    aliases: { 'سلفا كير ميارديت': ['كير'], 'خالد الفيصل': ['خالد'] },
  },
  {
    name: 'a surname first, the full name after it',
    marked: 'عنوان الخبر\n⟦وقال⟧ لودريان إن الحل سياسي.\n⟦وأكد⟧ وزير الخارجية الفرنسي جان إيف لودريان أن باريس مستعدة.',
    speakers: ['جان إيف لودريان', 'جان إيف لودريان'],
    aliases: { 'جان إيف لودريان': ['لودريان'] },
  },
  {
    name: 'a rank or degree before the surname alone is the person named in full, an office before a nisba is not',
    marked: 'عنوان الخبر\n⟦وقال⟧ الرئيس التركي إن بلاده مستعدة.\n⟦وأكد⟧ المتحدث الأمني اللواء منصور التركي أن الخلية فككت.\n⟦وقال⟧ اللواء التركي إن التحقيق مستمر.\n⟦وروى⟧ الإمام الترمذي الحديث.\n⟦وقال⟧ الترمذي إنه حسن.',
    speakers: ['الرئيس التركي', 'منصور التركي', 'منصور التركي', 'الترمذي', 'الترمذي'],
    aliases: { 'منصور التركي': ['اللواء التركي'], 'الترمذي': ['الإمام الترمذي'] },
  },
  {
    name: 'kin of a person named by the surname is someone else',
    marked: 'عنوان الخبر\n⟦قال⟧ اللاعب ميك فانينج إنه بخير.\n⟦وأشارت⟧ والدة فانينج إلى أنها خافت عليه.',
    speakers: ['ميك فانينج', 'والدة فانينج'],
  },
  {
    name: 'a name the article writes on with the word another speaker is named by',
    marked: 'عنوان الخبر\n⟦وأوضح⟧ أمين منطقة تبوك المهندس محمد بن عبد الهادي العمري أن المراكز جاهزة.\n⟦وبيَّن⟧ العمري أن العدد كبير.\n⟦وأشار⟧ المهندس العمري إلى الخطة.',
    speakers: ['محمد بن عبد الهادي العمري', 'محمد بن عبد الهادي العمري', 'محمد بن عبد الهادي العمري'],
    aliases: { 'محمد بن عبد الهادي العمري': ['العمري', 'المهندس العمري'] },
  },
  {
    name: 'the same office written again with an adjective of its holder, or a country for its nisba; another genitive is another office',
    marked: 'عنوان الخبر\n⟦قال⟧ مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، إن القصف مستمر.\n⟦وأضاف⟧ مدير المرصد المقرب من المعارضة أن الضحايا مدنيون.\n⟦وقال⟧ الأمين العام للأمم المتحدة أنطونيو غوتيريس إن الوضع خطير.\n⟦وقال⟧ الأمين العام للحلف إن الضربات محدودة.\n⟦وأكد⟧ وزير الخارجية الإيراني محمد جواد ظريف أن بلاده لن تتراجع.\n⟦ودعا⟧ وزير خارجية إيران إلى الحوار.',
    speakers: ['رامي عبد الرحمن', 'رامي عبد الرحمن', 'أنطونيو غوتيريس', 'الأمين العام للحلف', 'محمد جواد ظريف', 'محمد جواد ظريف'],
    aliases: { 'رامي عبد الرحمن': ['مدير المرصد المقرب'], 'محمد جواد ظريف': ['وزير خارجية إيران'] },
  },
  {
    name: 'a title-only subject takes the name its clause gives after a rank; not a name past مع or an owner of the title',
    marked: 'عنوان الخبر\n⟦وأوضح⟧ المتحدث الرسمي بقيادة حرس الحدود بالمنطقة الشمالية النقيب ماجد بن سعد الزهراني أن البحث مستمر.\n⟦وقال⟧ مدير المستشفى مع الدكتور سعد الحربي إن المصابين بخير.',
    speakers: ['ماجد بن سعد الزهراني', 'مدير المستشفى'],
  },
  {
    name: 'a person introduced by title alone is named by the next speaker, given in full with no title of their own',
    marked: 'عنوان الخبر\n⟦أعلن⟧ رئيس الوزراء الماليزي تشكيل لجنة للتحقيق.\n⟦وقال⟧ نجيب رزاق إن اللجنة ستعمل بحرية.',
    speakers: ['نجيب رزاق', 'نجيب رزاق'],
  },
  {
    name: 'an indefinite title is named by the next speaker holding the same office, not by another office',
    marked: 'عنوان الخبر\n⟦وقال⟧ وزير كويتي إن الاجتماع سيعقد قريبا.\n⟦وأكد⟧ وزير الدولة لشؤون مجلس الوزراء الشيخ محمد العبد الله أن الموعد لم يحدد.\n⟦وقال⟧ مسؤول عراقي إن الحدود مفتوحة.\n⟦وأضاف⟧ محافظ البصرة عادل الحلفي أن المنفذ يعمل.',
    speakers: ['محمد العبد الله', 'محمد العبد الله', 'مسؤول عراقي', 'عادل الحلفي'],
  },
  {
    name: 'the audience written after a name is no title of it',
    marked: 'عنوان الخبر\n⟦وقال⟧ خالد المنصور للصحافيين إن الخطة جاهزة.',
    speakers: ['خالد المنصور'],
    roles: { 'خالد المنصور': null },
  },
  {
    name: 'a body brought in after ل and named again by its head is shown without the ل (لمجلس … وأضاف المجلس)',
    marked: 'عنوان الخبر\nوفي تقرير لمجلس الذهب العالمي حول الشراء، ذكر أن الطلب تراجع.\n⟦وأضاف⟧ المجلس في تقريره أن الطلب ضعيف.',
    speakers: ['مجلس الذهب العالمي'],
    aliases: { 'مجلس الذهب العالمي': ['المجلس'] },
  },
  {
    name: 'a plural title after one name is the verb\'s object, not the person\'s role (ماكرون المزارعين)',
    marked: 'عنوان الخبر\n⟦وأبلغ⟧ ماكرون المزارعين أن الدعم مستمر.',
    speakers: ['ماكرون'],
    roles: { 'ماكرون': null },
  },
  {
    name: 'a bare definite source refers back to the source brought in without the article, speaker or not; the same number only',
    marked: 'عنوان الخبر\n⟦وذكرت⟧ وكالة الأنباء نقلا عن مصادر أمنية مطلعة، رفضت الكشف عن هويتها، أن الشرطة داهمت المنزل.\n⟦وأوضحت⟧ المصادر ذاتها أن التوقيفات جرت أمس.\n⟦وقال⟧ المصدر إن التحقيق مستمر.',
    speakers: ['وكالة الأنباء', 'مصادر أمنية مطلعة', 'المصدر'],
  },
  {
    name: 'a body named in full is named again by the last word of its name, after a verb or بحسب',
    marked: 'عنوان الخبر\n⟦وذكرت⟧ وكالة أنباء الأناضول أن الشرطة داهمت المنزل.\n⟦وذكرت⟧ الأناضول أن 22 شرطيا أصيبوا.\nوقتل 11 مسلحا، ⟦بحسب⟧ الأناضول.\nوقتل آخرون، بحسب الإحصاءات.',
    speakers: ['وكالة أنباء الأناضول', 'وكالة أنباء الأناضول', 'وكالة أنباء الأناضول'],
  },
  {
    name: 'one word of a full name the article wrote before, in any role, is that person',
    marked: 'عنوان الخبر\nوتوفي الكاتب بعد زواجه من الصحفية سعاد منصور الحربي بعامين.\n⟦وقالت⟧ سعاد إن زوجها عاش سعيدا.',
    speakers: ['سعاد منصور الحربي'],
    aliases: { 'سعاد منصور الحربي': ['سعاد'] },
  },
  {
    name: 'a bare definite body refers back to the body the article named without the article; the role is not repeated among the aliases',
    marked: 'عنوان الخبر\n⟦وقال⟧ مدير فرع وزارة الإسكان أحمد العلي إن العمل مستمر.\n⟦وأكدت⟧ الوزارة أن الاعتراضات ستعالج.',
    speakers: ['أحمد العلي', 'وزارة الإسكان'],
    aliases: { 'وزارة الإسكان': ['الوزارة'] },
    roles: { 'أحمد العلي': 'مدير فرع وزارة الإسكان' },
  },
];

for (const c of cases) {
  test(`coreference: ${c.name}`, () => {
    const { text, spans } = parseMarks(c.marked);
    const a = analyzeArticle(text);
    const nameOf = (start: number): string | null => {
      const claim = a.claims.find((x) => x.cue.start === start);
      return claim ? a.speakers.find((s) => s.id === claim.speaker)!.name : null;
    };
    const names = spans.map((s) => nameOf(s.start));
    assert.deepEqual(names.map((n) => n && normalize(n)), c.speakers.map((n) => n && normalize(n)), 'speakers');
    for (const [name, forms] of Object.entries(c.aliases ?? {})) {
      const s = a.speakers.find((x) => normalize(x.name) === normalize(name));
      assert.ok(s, `no speaker ${name}`);
      for (const f of forms) assert.ok(s.aliases.map(normalize).includes(normalize(f)), `${name}: alias ${f} missing from ${s.aliases.join(' | ')}`);
    }
    for (const [name, role] of Object.entries(c.roles ?? {})) {
      const s = a.speakers.find((x) => normalize(x.name) === normalize(name));
      assert.equal(s?.role ?? null, role, `${name}: role`);
      if (role) assert.ok(!s!.aliases.map(normalize).includes(normalize(role)), `${name}: the role again among the aliases`);
    }
  });
}

test('agreement: the form of a cue shows its subject\'s gender and number', () => {
  const cases: [string, string, 'verb' | 'participle', boolean, boolean, string][] = [
    ['قالت', 'قال', 'verb', false, false, 'f1'],
    ['وقالوا', 'قال', 'verb', false, true, 'm+'],
    ['نفت', 'نفي', 'verb', false, false, 'f1'],
    ['لفت', 'لفت', 'verb', false, false, 'm1'],
    ['لفتت', 'لفت', 'verb', false, false, 'f1'],
    ['وصفوهم', 'وصف', 'verb', false, false, 'm+'],
    ['اكدته', 'اكد', 'verb', false, false, 'f1'],
    ['يقولون', 'قال', 'verb', true, false, 'm+'],
    ['تقول', 'قال', 'verb', true, false, 'f1'],
    ['مضيفه', 'اضاف', 'participle', false, false, 'f1'],
    ['مشيرين', 'اشار', 'participle', false, false, 'm+'],
    ['مضيفا', 'اضاف', 'participle', false, false, 'm1'],
  ];
  for (const [word, lemma, form, present, conjoined, want] of cases) {
    const a = cueAgreement(word, lemma, form, present, conjoined);
    assert.equal(`${a.gender}${a.plural ? '+' : '1'}`, want, word);
  }
});

test('nameLike: a short word that begins with a preposition is a name only where the corpora give it as one', () => {
  for (const w of ['لمن', 'بها', 'لنا', 'وله']) assert.equal(nameLike(normalize(w)), false, w);
  for (const w of ['فهد', 'بكر']) assert.equal(nameLike(normalize(w)), true, w);
});
