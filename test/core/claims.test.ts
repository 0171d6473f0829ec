// Claims, speakers and sourcing on sentences written for these tests and on
// the seeds. Each case marks the cues with ⟦ ⟧ and names the speaker of each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';
import { parseMarks } from '../helpers/marks.js';
import { seed } from '../helpers/doc.js';

interface Case { name: string; marked: string; speakers: string[]; kinds?: string[]; types?: string[] }

const cases: Case[] = [
  {
    name: 'a name read after وفقا ل is shown without the ل',
    marked: 'عنوان الخبر\nوتجاوز عدد العاملين في الفيلم الألف، ⟦وفقا⟧ لمنديز.',
    speakers: ['منديز'],
  },
  {
    name: 'a month that is also a first name does not end the name (رجب طيب أردوغان)',
    marked: 'عنوان الخبر\n⟦أكد⟧ الرئيس التركي، رجب طيب أردوغان، أن بلاده لن تتراجع.',
    speakers: ['رجب طيب أردوغان'],
  },
  {
    name: 'شدد with an object pronoun is "tightened it", not "stressed"',
    marked: 'عنوان الخبر\nفرضت الحكومة الحظر عام 1990 وشدده القانون الجديد بعد عامين.\n⟦وشدد⟧ الوزير على أن الحظر باق.',
    speakers: ['الوزير'],
  },
  {
    name: 'a cue that ends the text has no subject to read (and reads nothing past the end)',
    marked: 'عنوان الخبر\nقال',
    speakers: [],
  },
  {
    name: 'a body named in quotation marks right after the verb is its subject, and the marks quote nothing said',
    marked: 'عنوان الخبر\n⟦وأعلنت⟧ «جبهة التحرير الشعبي» المتطرفة الاثنين مسؤوليتها عن الهجوم.',
    speakers: ['جبهة التحرير الشعبي'], kinds: ['indirect'],
  },
  {
    name: 'وثّقت (a monitor documents) reports; كتب reports before a quotation',
    marked: 'عنوان الخبر\n⟦وثقت⟧ الشبكة السورية لحقوق الإنسان مقتل 40 مدنيا خلال الشهر.\n⟦وكتبت⟧ الممثلة هدى الناصر في تغريدة «أشكر الجميع على محبتهم».',
    speakers: ['الشبكة السورية لحقوق الإنسان', 'هدى الناصر'],
  },
  {
    name: 'a feminine participle after an indefinite feminine noun is its adjective (حراسة مشددة)',
    marked: 'عنوان الخبر\n⟦وأعلنت⟧ الوزارة إغلاق الطريق.\nوتخضع القنصلية لحراسة مشددة في الحي.\n⟦وأعلنت⟧ الوزارة بدء الحملة، ⟦مشددة⟧ على ضرورة الالتزام.\nوعارضت النقابة القرار بشدة ⟦قائلة⟧ إنه ظالم.',
    speakers: ['الوزارة', 'الوزارة', 'الوزارة', 'الوزارة'],
  },
  {
    name: 'a cue\'s letters right after a preposition spell its verbal noun; أعلاه is an adverb',
    marked: 'عنوان الخبر\n⟦وقال⟧ التاجر سامي الحربي إنه تحفظ عن ذكر الأرقام.\nوتحفظ الشاب عن ذكر الأرقام، كما ذكرت أعلاه.\nوعن المخرج محمد علي ⟦قالت⟧ الممثلة هيفاء إنه موهوب.',
    speakers: ['سامي الحربي', 'هيفاء'],
  },
  {
    name: 'the object of كشف after a quoted name is not part of it (كشفت شركة «…» النقاب)',
    marked: 'عنوان الخبر\n⟦كشفت⟧ شركة «النخيل» النقاب عن سيارتها الجديدة.',
    speakers: ['شركة «النخيل»'],
  },
  {
    name: 'after a first name, a word whose ك reads as "as" is the surname (جون كلون)',
    marked: 'عنوان الخبر\n⟦وقال⟧ جون كلون، محامي المرأة، إن الشرطة استدعت موكلته.',
    speakers: ['جون كلون'],
  },
  {
    name: 'one unknown word over a colon names a speaker only when the article names that speaker (a genre, not a person)',
    marked: 'ريبورتاج: موسكو تستقطب الشركات رغم العقوبات\nأصبحت موسكو تستقطب الشركات، ⟦وقال⟧ الوزير سامي الحربي إن السوق مفتوحة.',
    speakers: ['سامي الحربي'],
  },
  {
    name: 'a plural in ين right after the verb is its object: the subject goes on from before',
    marked: 'عنوان الخبر\n⟦وتحدث⟧ الرئيس عن الانتخابات ⟦ودعا⟧ اللبنانيين في الخارج إلى التصويت.',
    speakers: ['الرئيس', 'الرئيس'],
  },
  {
    name: 'after حذر, من is the verb\'s complement, except after an adjective of closeness or a quantifier',
    marked: 'عنوان الخبر\n⟦وحذر⟧ الخبراء من الأزمة المقبلة.\n⟦وحذرت⟧ مصادر مقربة من الحكومة من التصعيد.\n⟦وحذر⟧ عدد من الباحثين من المخاطر.',
    speakers: ['الخبراء', 'مصادر مقربة من الحكومة', 'عدد من الباحثين'],
  },
  {
    name: 'after أنّ the subject comes before the verb, and the noun after the verb is its object',
    marked: 'عنوان الخبر\nوجاء في المذكرات أن الرئيس ⟦أبلغ⟧ وزير دفاعه أنه يريد إنهاء الحرب.',
    speakers: ['الرئيس'],
  },
  {
    name: 'a verb of saying inside another\'s report, its subject named before it, is a claim whose speaker the next cues do not take',
    marked: 'عنوان الخبر\n⟦وأشار⟧ والد الجندي إلى أن أحد أبنائه ⟦أبلغه⟧ أن شقيقه أصيب.\n⟦وأضاف⟧ أنه نقل إلى المستشفى.',
    speakers: ['والد الجندي', 'أحد أبنائه', 'والد الجندي'],
  },
  {
    name: 'a verb with the نتـ of "we" begins no speaker',
    marked: 'عنوان الخبر\n⟦قال⟧ الطبيب سامي الحربي إن الدواء آمن.\n⟦ويقول⟧ نتوقع أن تنتهي الأزمة قريبا.',
    speakers: ['سامي الحربي', 'سامي الحربي'],
  },
  {
    name: 'a particle with "we" (أننا) begins no speaker',
    marked: 'عنوان الخبر\n⟦قال⟧ الطبيب سامي الحربي إن الدواء آمن.\n⟦أعتقد⟧ أننا جاهزون للمرحلة المقبلة.',
    speakers: ['سامي الحربي', 'سامي الحربي'],
  },
  {
    name: 'a name that begins with the letters نت is still a name (بنيامين نتنياهو)',
    marked: 'عنوان الخبر\n⟦أكد⟧ رئيس الوزراء الإسرائيلي بنيامين نتنياهو الأربعاء أن حكومته مستقرة.',
    speakers: ['بنيامين نتنياهو'],
  },
  {
    name: 'the أن a verb needs is in its own clause, not after و and a preposition with its pronoun',
    marked: 'عنوان الخبر\nوأقر المجلس القانون بأغلبية كبيرة وفيه أن قرار الحرب بيد الحكومة.\n⟦وأقر⟧ الوزير بأن الخطة تأخرت.',
    speakers: ['الوزير'],
  },
  {
    name: 'ل and a noun with a possessive after the cue is whom the speaker told, not the speaker',
    marked: 'عنوان الخبر\n⟦وقال⟧ المواطن سامر الحربي إنه بريء.\n⟦وقال⟧ لمحققيه إنه تلقى الأوامر من شقيقه.',
    speakers: ['سامر الحربي', 'سامر الحربي'],
  },
  {
    name: 'a preposition with the pronoun of the one spoken to (معك) begins no speaker',
    marked: 'عنوان الخبر\n⟦قال⟧ الوزير إن الخطة جاهزة.\nوكيف نثق بالدولة التي توقع معك بيد وتطعنك باليد الأخرى.',
    speakers: ['الوزير'],
  },
  {
    name: 'لفت الانتباه: the noun is the verb\'s object, not the end of the name',
    marked: 'عنوان الخبر\n⟦ولفت⟧ السفير بدر عبدالعاطي الانتباه إلى أهمية التنسيق.',
    speakers: ['بدر عبدالعاطي'],
  },
  {
    name: 'an accusative written with a bare alef is the object, never a genitive of the subject',
    marked: 'عنوان الخبر\nولم ⟦يتوقع⟧ أحد فوزا سهلا للفريق في المباراة.',
    speakers: ['أحد'],
  },
  {
    name: 'the words between a definite title and a comma or إن are the name, though common words (الرقيب علي العبدالله، قائد الشرطة سراج حسين)',
    marked: 'عنوان الخبر\n⟦وقال⟧ الرقيب علي العبدالله إن الدورية وصلت مبكرا.\n⟦وأكد⟧ قائد الشرطة المحلية سراج حسين، أن ثلاثة أشخاص أوقفوا.',
    speakers: ['علي العبدالله', 'سراج حسين'],
  },
  {
    name: 'يُعتبر with no أن and no object is the passive, not a statement; with an object or أن it is one',
    marked: 'عنوان الخبر\nوتعتبر الشركة أكبر منتج للألبان في المنطقة.\n⟦وتعتبر⟧ السلطات التركية هذه الجماعة قريبة من الحزب.\n⟦ويعتبر⟧ الخبراء أن الخطة ناجحة.',
    speakers: ['السلطات التركية', 'الخبراء'],
  },
  {
    name: 'a nisba that begins with the letters of ف + a stop word (فلكي: ف + لكي) is the title\'s adjective',
    marked: 'عنوان الخبر\n⟦قال⟧ خبير فلكي إن الشهر الهجري يبدأ يوم الجمعة.',
    speakers: ['خبير فلكي'],
  },
  {
    name: 'a feminine title in another spelling takes the name after it',
    marked: 'عنوان الخبر\nإذ ⟦ترى⟧ البروفسورة ماري تومسون، مؤلفة كتاب عن التطرف، أن الظاهرة قديمة.',
    speakers: ['ماري تومسون'],
  },
  {
    name: 'after the abbreviated title د. a definite nisba is the surname, in a headline and in the body',
    marked: '⟦د. العراقي:⟧ الإعلام مسؤولية قبل أن يكون مهنة\n⟦وقال⟧ د. العراقي إن الإعلام مسؤولية قبل أن يكون مهنة.',
    speakers: ['العراقي', 'العراقي'],
  },
  {
    name: 'a common noun and its adjective over a colon head a feature, nobody speaks',
    marked: 'قصة مصورة: الحجاج يصلون إلى منى\nوصل الحجاج صباح اليوم إلى منى، ⟦وقال⟧ المتحدث باسم الوزارة إن الحركة منتظمة.',
    speakers: ['المتحدث باسم الوزارة'],
  },
  {
    name: 'بين the preposition, with the أن of the next clause after a comma and و',
    marked: 'عنوان الخبر\nلم تنجح الجلسة بسبب خلافات بين أعضائه حول البنود، ⟦وقال⟧ رئيس المجلس إنه سيقدم تعديلات.',
    speakers: ['رئيس المجلس'],
  },
  {
    name: 'verb-subject order with title and apposition',
    marked: 'عنوان الخبر\n⟦قال⟧ وزير الخارجية المصري، سامح شكري، إن بلاده ترفض التدخل.',
    speakers: ['سامح شكري'], types: ['person'],
  },
  {
    name: 'name then title, a participle and a cue with no subject',
    marked: 'عنوان الخبر\n⟦أكدت⟧ هالة السعيد وزيرة التخطيط أن النمو مستمر، ⟦مشيرة⟧ إلى تحسن المؤشرات.\n⟦وأضافت⟧: "نعمل على خفض العجز في الموازنة العامة".',
    speakers: ['هالة السعيد', 'هالة السعيد', 'هالة السعيد'], kinds: ['indirect', 'indirect', 'direct'],
  },
  {
    name: 'anonymous sources and officials',
    marked: 'عنوان الخبر\n⟦وقالت⟧ مصادر أمنية مطلعة إن الهجوم وقع فجرا.\n⟦وأفاد⟧ مسؤول عسكري رفيع بأن التحقيق بدأ.',
    speakers: ['مصادر أمنية مطلعة', 'مسؤول عسكري رفيع'], types: ['anonymous', 'anonymous'],
  },
  {
    name: 'institution with a parenthesised alias, subject before its verb after كانت',
    marked: 'عنوان الخبر\nوكانت وزارة الدفاع الروسية (الكرملين) ⟦أعلنت⟧ انتهاء المناورات.',
    speakers: ['وزارة الدفاع الروسية'], types: ['organization'],
  },
  {
    name: 'medium with a quoted name, then the bare head refers back',
    marked: 'عنوان الخبر\n⟦ونقلت⟧ صحيفة "الغارديان" البريطانية عن دبلوماسيين أن المحادثات تعثرت.\n⟦وأضافت⟧ الصحيفة أن الجولة المقبلة أُجّلت.',
    speakers: ['صحيفة "الغارديان" البريطانية', 'صحيفة "الغارديان" البريطانية'], types: ['media'],
  },
  {
    name: 'headline colon form and a surname later joining the full name',
    marked: '⟦لافروف:⟧ لن نقبل بأي شروط مسبقة\n⟦قال⟧ وزير الخارجية الروسي سيرغي لافروف إن موسكو منفتحة على الحوار.\n⟦وشدد⟧ لافروف على رفض الشروط.',
    speakers: ['سيرغي لافروف', 'سيرغي لافروف', 'سيرغي لافروف'], kinds: ['headline', 'indirect', 'indirect'],
  },
  {
    name: 'one cue, one claim: وتابع قائلًا',
    marked: 'عنوان الخبر\n⟦وقال⟧ الرئيس التونسي قيس سعيد إن الانتخابات في موعدها، ⟦وتابع⟧ قائلًا: "لا تراجع عن هذا المسار أبدا".',
    speakers: ['قيس سعيد', 'قيس سعيد'], kinds: ['indirect', 'direct'],
  },
  {
    name: 'a verb inside reported speech is not a cue of its own',
    marked: 'عنوان الخبر\n⟦وأضافت⟧ الوكالة أن الحكومة ترى أن الاتفاق متوازن.',
    speakers: ['الوكالة'],
  },
  {
    name: 'يذكر أن introduces background, not a statement',
    marked: 'عنوان الخبر\n⟦أعلن⟧ البنك المركزي رفع الفائدة. ويذكر أن التضخم ارتفع.',
    speakers: ['البنك المركزي'],
  },
  {
    name: 'an attribution phrase with no reporting verb is a claim of its own',
    marked: 'عنوان الخبر\nوالزيارة مقررة نهاية الشهر، ⟦بحسب⟧ مقربين من الوزير.\n⟦وأعربت⟧ الحكومة عن ترحيبها بالاتفاق، حسب البيان.',
    speakers: ['مقربين من الوزير', 'الحكومة'],
  },
  {
    name: 'construct titles, unlisted titles and names with particles',
    marked: 'عنوان الخبر\n⟦وأعلنت⟧ قيادة عمليات بغداد انتهاء العملية.\n⟦اعتبر⟧ المهاجم الدولي الهولندي روبن فان بيرسي أن القرار صائب.\n⟦وقال⟧ رئيس كتلة تحالف القوى أحمد المساري إن الكتلة ترفض.',
    speakers: ['قيادة عمليات بغداد', 'روبن فان بيرسي', 'أحمد المساري'],
  },
  {
    name: 'an anonymous source with its body (في، من) and a subject between كان and قد',
    marked: 'عنوان الخبر\n⟦وقال⟧ ضابط كبير في الجيش إن العملية انتهت.\n⟦وأفاد⟧ مصدر مقرب من وزارة المالية بأن الاتفاق قريب.\nوكان الوزير سمير زيدان قد ⟦انتقد⟧ إدارة النادي.',
    speakers: ['ضابط كبير في الجيش', 'مصدر مقرب من وزارة المالية', 'سمير زيدان'],
  },
  {
    name: 'a verb with an object pronoun, a body after ل, and a subject after إلا أن',
    marked: 'عنوان الخبر\n⟦ووصفها⟧ المتحدث الرسمي لشرطة جدة العقيد عاطي القرشي بأنها حادثة فردية.\nإلا أن المصدر الطبي ⟦قال⟧: "الحصيلة مرشحة للارتفاع".',
    speakers: ['عاطي القرشي', 'المصدر الطبي'],
  },
  {
    name: 'a feminine body does not take a masculine plural as its adjective: that is the object',
    marked: 'عنوان الخبر\n⟦أعلنت⟧ وزارة الصحة بدء حملة التطعيم.\n⟦ودعت⟧ الوزارة المواطنين المقيمين في المدينة إلى المشاركة.',
    speakers: ['وزارة الصحة', 'وزارة الصحة'], types: ['organization'],
  },
  {
    name: 'an anonymous source "close to him" keeps منه',
    marked: 'عنوان الخبر\n⟦وقال⟧ مصدر مقرب منه إن الزيارة تأجلت.',
    speakers: ['مصدر مقرب منه'], types: ['anonymous'],
  },
  {
    name: 'a rank after برتبة belongs to the title',
    marked: 'عنوان الخبر\n⟦وقال⟧ ضابط في الجيش برتبة مقدم إن القوات انسحبت.',
    speakers: ['ضابط في الجيش برتبة مقدم'], types: ['anonymous'],
  },
  {
    name: 'after وهو the noun is what "it is": the subject follows the verb',
    marked: 'عنوان الخبر\nتراجعت الصادرات هذا العام، وهو تطور ⟦يقول⟧ الخبراء إنه كان متوقعا.',
    speakers: ['الخبراء'],
  },
  {
    name: 'a noun written with ة is not a verb with its pronoun (إضافة is not أضاف + ه)',
    marked: 'عنوان الخبر\n⟦وقال⟧ الوزير إن الخطة جاهزة، إضافة إلى ميزانية جديدة وإشارة واضحة إلى الموعد.\n⟦وأكده⟧ رئيس الوزراء.',
    speakers: ['الوزير', 'رئيس الوزراء'],
  },
  {
    name: 'رأي with ي is the noun "opinion", رأى with ى the verb',
    marked: 'عنوان الخبر\nكان لدى المعارضة رأي آخر في الخطة.\n⟦ورأى⟧ المحلل السياسي أن الخطة ناقصة.',
    speakers: ['المحلل السياسي'],
  },
  {
    name: 'an abbreviated title (د.) and the Saudi king\'s title before the name',
    marked: 'عنوان الخبر\n⟦وقال⟧ د. سامي الفلاح إن النتائج مشجعة.\n⟦وأكد⟧ خادم الحرمين الشريفين الملك سلمان بن عبد العزيز أن المملكة ماضية في خططها.',
    speakers: ['سامي الفلاح', 'سلمان بن عبد العزيز'], types: ['person'],
  },
  {
    name: 'a news agency keeps its أنباء',
    marked: 'عنوان الخبر\n⟦وذكرت⟧ وكالة الأنباء الأردنية أن الوفد وصل.\n⟦ونقلت⟧ وكالة أنباء الإمارات عن الوزير قوله إن الاتفاق قريب.',
    speakers: ['وكالة الأنباء الأردنية', 'وكالة أنباء الإمارات'], types: ['media'],
  },
  {
    name: 'a royal name with its lineage, its honorific title, and سموه referring back to it',
    marked: 'عنوان الخبر\n⟦أكد⟧ صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز أن المشروع يكتمل هذا العام.\n⟦وقال⟧ وزير المالية إن التمويل متاح.\n⟦وأضاف⟧ سموه أن المنطقة تشهد نهضة.',
    speakers: ['فيصل بن سلمان بن عبدالعزيز', 'وزير المالية', 'فيصل بن سلمان بن عبدالعزيز'],
  },
  {
    name: 'a compound name in الدين, بذلك before the subject, نص القرار, العديد من, and no claim in مما يشير',
    marked: 'عنوان الخبر\n⟦صرح⟧ بذلك عز الدين الأصبحي وزير حقوق الإنسان.\n⟦وبحسب⟧ نص القرار، تنتهي العقوبات تدريجيا.\n⟦وأكد⟧ العديد من الخبراء أن الأسعار سترتفع، مما يشير إلى أزمة.',
    speakers: ['عز الدين الأصبحي', 'نص القرار', 'العديد من الخبراء'],
  },
  {
    name: 'a plural verb carries its subject: the noun after it is its object',
    marked: 'عنوان الخبر\n⟦وقال⟧ المحامون إن موكليهم أبرياء، ⟦وأنكروا⟧ تعمدهم الإساءة.',
    speakers: ['المحامون', 'المحامون'],
  },
  {
    name: 'أقر بأن acknowledges; أقر البرلمان القانون approves, and is no statement',
    marked: 'عنوان الخبر\nأقر البرلمان القانون الجديد أمس.\n⟦وأقر⟧ الباحثون بأن العينة كانت صغيرة.',
    speakers: ['الباحثون'],
  },
  {
    name: 'the medium spoken to between the verb and its subject',
    marked: 'عنوان الخبر\n⟦ويقول⟧ لـ«الوطن» سامي العتيبي، مدير المبيعات، إن الطلب ارتفع.',
    speakers: ['سامي العتيبي'],
  },
  {
    name: 'after أشاد، طالب … a word in ب is the complement, not the subject',
    marked: 'عنوان الخبر\n⟦قال⟧ المدير العام إن الموسم نجح.\n⟦وأشاد⟧ بجهود أعضاء اللجان المنظمة.',
    speakers: ['المدير العام', 'المدير العام'],
  },
  {
    name: 'مصلحة heads a body',
    marked: 'عنوان الخبر\n⟦وقالت⟧ مصلحة الإحصاءات العامة إن البطالة تراجعت.',
    speakers: ['مصلحة الإحصاءات العامة'], types: ['organization'],
  },
  {
    name: 'a place inside a title, د. after a title, دكتور without the article',
    marked: 'عنوان الخبر\n⟦وأوضح⟧ المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد عاطي القرشي أن الجناة قبض عليهم.\n⟦وقال⟧ أستاذ العلاقات الدولية في الجامعة الأردنية د. حسن المومني إن الحل سياسي.\n⟦ويقول⟧ دكتور بول لاتشانس، أستاذ التغذية، إن الوجبة متوازنة.',
    speakers: ['عاطي القرشي', 'حسن المومني', 'بول لاتشانس'], types: ['person'],
  },
  {
    name: 'a common noun after the verb is its object, an accusative its manner: the verb carries the previous speaker',
    marked: 'عنوان الخبر\n⟦قال⟧ المدير العام إن الموسم نجح.\n⟦وأبدى⟧ أمله بتحسن الأوضاع، ⟦وأعلن⟧ موعد الافتتاح.\n⟦وقال⟧ ضاحكًا إن الجمهور يستحق.',
    speakers: ['المدير العام', 'المدير العام', 'المدير العام', 'المدير العام'],
  },
  {
    name: 'an unlisted noun heads a title when a name follows it, in apposition or right after',
    marked: 'عنوان الخبر\n⟦وقال⟧ والد الضحية، سالم الحربي، إن ابنه كان عائدا من عمله.\n⟦وقال⟧ كبير مستشاري الحكومة يوشيرو تاكاهاشي إن الخطة جاهزة.',
    speakers: ['سالم الحربي', 'يوشيرو تاكاهاشي'], types: ['person'],
  },
  {
    name: 'a statement or a page of a body speaks for the body',
    marked: 'عنوان الخبر\nوقتل ثلاثة أشخاص، ⟦بحسب⟧ بيان لمكتب المحافظ.\n⟦وقالت⟧ صفحة للبحرية الإيطالية إن السفينة غرقت.',
    speakers: ['مكتب المحافظ', 'البحرية الإيطالية'],
  },
  {
    name: 'a name ends before the object the verb takes (تحفظه) and before a common word (لعدد)',
    marked: 'عنوان الخبر\n⟦أبدى⟧ الرئيس سلفا كير تحفظه على المسودة.\n⟦وقال⟧ تاناكا لعدد من المقربين إنه سيستقيل.',
    speakers: ['سلفا كير', 'تاناكا'],
  },
  {
    name: 'countries and capitals speak for their governments, and take no genitive',
    marked: 'عنوان الخبر\n⟦وقالت⟧ الصين إن الرسوم غير عادلة.\n⟦وحذرت⟧ واشنطن موسكو من التصعيد.\n⟦وأعلنت⟧ الولايات المتحدة فرض عقوبات.',
    speakers: ['الصين', 'واشنطن', 'الولايات المتحدة'], types: ['organization'],
  },
  {
    name: 'a people named by its nisba is a group that speaks',
    marked: 'عنوان الخبر\n⟦وأبدى⟧ اليونانيون غضبهم من المقترح.',
    speakers: ['اليونانيون'], types: ['anonymous'],
  },
  {
    name: 'a name and the title after it; a word with a preposition is never a name',
    marked: 'عنوان الخبر\n⟦وقال⟧ خليل الصالح العضو في البرلمان إن المصلين كانوا سجودا.\n⟦واعترف⟧ جلال محمد مستشار رئيس الجمهورية، بواحدة من الأخطاء.',
    speakers: ['خليل الصالح', 'جلال محمد'], types: ['person'],
  },
  {
    name: 'بين without its shadda is the verb when أن follows; the preposition takes nouns',
    marked: 'عنوان الخبر\nووقع اتفاق بين الطرفين أمس.\n⟦وبين⟧ مدير المستشفى أن الحالات مستقرة.',
    speakers: ['مدير المستشفى'],
  },
  {
    name: 'stance verbs: رحب، توعد، عبر عن، حمّل المسؤولية; عبر "via" and حمل "carried" are none',
    marked: 'عنوان الخبر\n⟦ورحبت⟧ وزيرة الخارجية جولي بيشوب بالقرار.\nووصلت الشحنة عبر الحدود، وحمل الجنود الصناديق.\n⟦وتوعدت⟧ الجبهة بالرد.\n⟦وعبرت⟧ الشركة عن أسفها.\n⟦وحمل⟧ الوزير الحكومة المسؤولية.',
    speakers: ['جولي بيشوب', 'الجبهة', 'الشركة', 'الوزير'],
  },
  {
    name: 'وفقا with the ل on the next word; a plural verb with its object pronoun',
    marked: 'عنوان الخبر\nوقتل عشرون شخصا، ⟦وفقا⟧ للشبكة السورية لحقوق الإنسان.\n⟦وقال⟧ مسؤولون محليون إن المسلحين فروا، ⟦ووصفوهم⟧ بالمتشددين.',
    speakers: ['الشبكة السورية لحقوق الإنسان', 'مسؤولون محليون', 'مسؤولون محليون'],
  },
  {
    name: 'reports are the subject of ذكر and the object of نفى',
    marked: 'عنوان الخبر\n⟦وذكرت⟧ تقارير إعلامية أن الوفد وصل.\n⟦وقال⟧ المتحدث باسم الحكومة إن الزيارة مؤجلة، ⟦ونفى⟧ الأنباء التي تحدثت عن إلغائها.',
    speakers: ['تقارير إعلامية', 'المتحدث باسم الحكومة', 'المتحدث باسم الحكومة'],
  },
  {
    name: 'الله and رسول الله speak; the blessing after them is no name',
    marked: 'عنوان الخبر\n⟦وقال⟧ الله تعالى في كتابه: "وأوفوا بالعهد".\n⟦وقال⟧ رسول الله صلى الله عليه وسلم: "الدين النصيحة".',
    speakers: ['الله', 'رسول الله'],
  },
  {
    name: 'a place before a headline colon and an event after it is a topic, not a statement',
    marked: 'تركيا: مقتل خمسة شرطيين في هجمات\n⟦قال⟧ مسؤول تركي إن المهاجمين فروا.',
    speakers: ['مسؤول تركي'],
  },
  {
    name: 'a month, an occasion, a colour and a ب-complement end the subject',
    marked: 'عنوان الخبر\nوبدأ الهجوم في 18 فبراير ⟦تقول⟧ مصادر محلية إنه مستمر.\n⟦وقال⟧ الوزير الفرنسي في المؤتمر الصحافي إن الحوار ممكن.\n⟦وأعلنت⟧ اللجنة الدولية للصليب الأحمر وصول المساعدات.\n⟦وتوعدت⟧ الجبهة بالرد، ⟦ووصفها⟧ المحللون بالكارثية.',
    speakers: ['مصادر محلية', 'الوزير الفرنسي', 'اللجنة الدولية للصليب الأحمر', 'الجبهة', 'المحللون'],
  },
  {
    name: 'a title\'s own preposition (المبعوث إلى، المشرف على) and roles joined by و are one title before the name',
    marked: 'عنوان الخبر\n⟦وقال⟧ المبعوث الأوروبي إلى السودان كارلوس مندوزا إن المحادثات مستمرة.\n⟦وقال⟧ نائب الرئيس التنفيذي والمشرف العام على البرامج في الشركة فهد العتيبي، إن الجائزة مستمرة.',
    speakers: ['كارلوس مندوزا', 'فهد العتيبي'], types: ['person'],
  },
  {
    name: 'a long role runs to the title written before the name; علي with ي is a name, على with ى a preposition',
    marked: 'عنوان الخبر\n⟦وأوضح⟧ مدير الطوارئ بصحة منطقة عسير الدكتور سالم القحطاني أن الحالات مستقرة.\n⟦وقال⟧ المتحدث باسم الشرطة العقيد علي الزهراني إن التحقيق جار.',
    speakers: ['سالم القحطاني', 'علي الزهراني'], types: ['person'],
  },
  {
    name: 'a proper noun closes a construct; a body of a person takes title and name; family names with the article run to the end',
    marked: 'عنوان الخبر\n⟦وقال⟧ حاكم كاليفورنيا جيري براون إن الوضع خطير.\n⟦وأبلغ⟧ مكتب حاكم ولاية تكساس جون ميلر الصحفيين أن المدارس ستغلق.\n⟦وقال⟧ وزير الدولة الشيخ محمد عبد الله المبارك الصباح في تصريح إن العلاقات متينة.',
    speakers: ['جيري براون', 'مكتب حاكم ولاية تكساس جون ميلر', 'محمد عبد الله المبارك الصباح'],
  },
  {
    name: 'a headline\'s short form is its speaker only when the article names that speaker in full',
    marked: '⟦الخارجية:⟧ لا تغيير في الموقف\n⟦وقالت⟧ وزارة الخارجية إن الموقف ثابت.',
    speakers: ['وزارة الخارجية', 'وزارة الخارجية'],
  },
  {
    name: 'a headline\'s short form that names nobody in the article is no claim',
    marked: 'السياحة: موسم واعد هذا الصيف\n⟦وقال⟧ مدير الأمن العام إن الحملة مستمرة.',
    speakers: ['مدير الأمن العام'],
  },
  {
    name: 'a journalist\'s medium after ل is where they work; a page speaks for the body quoted after it',
    marked: 'عنوان الخبر\n⟦وقال⟧ مصور لوكالة «رويترز» على متن السفينة إن البحر كان هادئا.\n⟦وأكدت⟧ صفحة «أطباء بلا حدود» على فيسبوك أن السفينة أنقذت المهاجرين.',
    speakers: ['مصور لوكالة «رويترز»', 'أطباء بلا حدود'],
  },
  {
    name: 'a broken plural takes a genitive (خبراء أرصاد), a sound plural none (انتقد مسؤولون قرار …)',
    marked: 'عنوان الخبر\n⟦وتوقع⟧ خبراء أرصاد استمرار موجة الحر.\n⟦وانتقد⟧ مسؤولون قرار الحكومة.',
    speakers: ['خبراء أرصاد', 'مسؤولون'], types: ['anonymous'],
  },
  {
    name: 'a body\'s proper name runs on (وكالة فرانس برس); فإن without its hamza is no name particle',
    marked: 'عنوان الخبر\nواحترقت الغابات، ⟦وبحسب⟧ وكالة فرانس برس، فان الحرائق امتدت.',
    speakers: ['وكالة فرانس برس'], types: ['media'],
  },
  {
    name: 'two titles in apposition before a name with its lineage',
    marked: 'عنوان الخبر\n⟦وأوضح⟧ أمين منطقة تبوك رئيس اللجنة المحلية بالمنطقة المهندس محمد بن عبد الهادي العمري أن اللجنة أنهت عملها.',
    speakers: ['محمد بن عبد الهادي العمري'], types: ['person'],
  },
  {
    name: 'كما or لكنها opens a clause of the writer\'s own: the cue after it reports a new statement, not one inside the last',
    marked: 'عنوان الخبر\n⟦وقال⟧ اللواء فضل الحارثي إن القوات تقدمت، كما ⟦كشف⟧ أن القوات أسرت 70 مسلحا.\n⟦وذكرت⟧ الدراسة أن الإنتاج تضاعف، لكنها ⟦أشارت⟧ إلى أن الإنتاج لا يكفي.\n⟦وأكد⟧ المشاركون أن الفعاليات قليلة، بل ⟦يشيرون⟧ إلى أن هناك مبالغة.',
    speakers: ['فضل الحارثي', 'فضل الحارثي', 'الدراسة', 'الدراسة', 'المشاركون', 'المشاركون'],
  },
  {
    name: 'a preposition with its pronoun (معها، عليه) is no speaker',
    marked: 'عنوان الخبر\nتعد الوزارة خطة لعدة سنوات تتوقع معها إنتاج مليون طن من الأسماك.\n⟦وأكد⟧ الوزير أن الخطة جاهزة.',
    speakers: ['الوزير'],
  },
  {
    name: 'a sound plural in construct (محللو، لاعبو) is a group with its genitive; a verb and its definite object are no name',
    marked: 'عنوان الخبر\n⟦وقال⟧ محللو الإرهاب إن التنظيم يتراجع.\n⟦وطالب⟧ لاعبو المنتخب السعودي بركلة جزاء.\nوأصدرت الوزارة بيانا، رفضت الكشف عن تفاصيله.',
    speakers: ['محللو الإرهاب', 'لاعبو المنتخب السعودي'], types: ['anonymous'],
  },
  {
    name: 'a body\'s genitive with ل named after it; news agencies in the plural; a people takes no genitive; countries joined by و',
    marked: 'عنوان الخبر\n⟦وأعلنت⟧ اللجنة العليا لمعرض جدة أن الدورة تبدأ غدا.\n⟦ونقلت⟧ وكالات أنباء روسية عن السفارة أن الرهائن أحرار.\n⟦وذكر⟧ مسيحيون يتحدرون من البلدة أن المسلحين خطفوا العشرات.\n⟦وأكدت⟧ مصر والأردن أن الحدود مغلقة.',
    speakers: ['اللجنة العليا لمعرض جدة', 'وكالات أنباء روسية', 'مسيحيون', 'مصر والأردن'],
  },
  {
    name: 'the noun before a relative pronoun is the subject when they agree and the verb takes no pronoun back; a medium spoken to is no subject',
    marked: 'عنوان الخبر\nوحضر الاجتماع وزير المالية سالم العتيبي الذي ⟦أكد⟧ أن الميزانية متوازنة.\nوحضر أيضا المستشار الإعلامي للوزارة الذي ⟦أوضح⟧ أن العجز تراجع.\nوتعد جدة التي تعتبر ثاني مدن المملكة وجهة للسياح.\n⟦وقال⟧ لتلفزيون رويترز مدير الشركة سامي العلي إن الطلب قوي.',
    speakers: ['سالم العتيبي', 'المستشار الإعلامي للوزارة', 'سامي العلي'],
  },
  {
    name: 'بين without its shadda before two nouns joined by و is the preposition, even with أن after',
    marked: 'عنوان الخبر\nووقع الاتفاق المبرم بين مصر وفرنسا ومن المقرر أن تصل الطائرات غدا.\n⟦وبين⟧ مدير المستشفى أن الحالة مستقرة.',
    speakers: ['مدير المستشفى'],
  },
  {
    name: 'a name after a place noun is the place\'s, and the person\'s name follows',
    marked: 'عنوان الخبر\nلكن المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي ⟦قال⟧ إن 22 مسلحا قتلوا.',
    speakers: ['عبد الودود وحيدي'],
  },
  {
    name: 'فإن before a place is no name particle; ممن ends a phrase; the press speaks as a medium',
    marked: 'عنوان الخبر\n⟦وبحسب⟧ الصحافة الإسرائيلية فإن إسرائيل ستنشر بطاريات أخرى.\n⟦يقول⟧ أحد السفراء ممن عمل في السابق في دولة السلفادور إن الوضع صعب.',
    speakers: ['الصحافة الإسرائيلية', 'أحد السفراء'],
  },
  {
    name: 'a verb that takes the report back as its pronoun names the source after it (وفقا لما نقلته، تقرير بثته); a time word ends a name; لمن is no speaker',
    marked: 'عنوان الخبر\nوبلغ العجز 5 مليارات، ⟦وفقا لما⟧ نقلته وكالة الأنباء البحرينية الرسمية.\nوتراجعت الصادرات، ⟦ووفقا⟧ لتقرير بثته وكالة الأنباء التركية فإن الطلب ضعيف.\n⟦وأعلن⟧ الرئيس الإيراني حسن روحاني الشهر الماضي أن الحكومة ستتدخل.\nووجه الرئيس تحذيرا لمن وصفهم بالمتآمرين.',
    speakers: ['وكالة الأنباء البحرينية الرسمية', 'وكالة الأنباء التركية', 'حسن روحاني'],
  },
  {
    name: 'the people spoken to after ل are no speaker; a verb ends a construct; فجأة ends a name',
    marked: 'عنوان الخبر\n⟦وقال⟧ الوزير خالد المنصور إن الخطة جاهزة.\n⟦وأضاف⟧ للصحافيين أن التنفيذ يبدأ غدا.\n⟦أعلنت⟧ جامعة بيشة توفر عدد من الوظائف للمعيدين.\n⟦وأعلن⟧ الرئيس السنغالي عبد الله واد فجأة أنه سيترشح.',
    speakers: ['خالد المنصور', 'خالد المنصور', 'جامعة بيشة', 'عبد الله واد'],
  },
  {
    name: 'a name after a word with the article and its conjunction (والفلك) begins the person\'s name, not the word\'s genitive',
    marked: 'عنوان الخبر\n⟦وأوضح⟧ عضو الاتحاد العربي لعلوم الفضاء والفلك عبدالعزيز الشمري أن الموجة شديدة.',
    speakers: ['عبدالعزيز الشمري'],
  },
  {
    name: 'a people\'s broken plural after a plural head is its adjective (المسؤولون الروس)',
    marked: 'عنوان الخبر\n⟦وحذر⟧ المسؤولون الروس من أن الهجمات ستتكرر.\n⟦ويقول⟧ عدد من المقاتلين الأكراد إن المعركة طويلة.',
    speakers: ['المسؤولون الروس', 'عدد من المقاتلين الأكراد'],
  },
  {
    name: 'a third name word with the letters of ب or ل, known as a name and ending the name, is kept (شي جين بينغ)',
    marked: 'عنوان الخبر\n⟦وقال⟧ الرئيس الصيني شي جين بينغ إن الاقتصاد ينمو.',
    speakers: ['شي جين بينغ'],
  },
  {
    name: 'a body\'s foreign name whose first word ends in ي goes on (شبكة سكاي نيوز)',
    marked: 'عنوان الخبر\nوتواصل القصف طوال الليل، ⟦بحسب⟧ شبكة سكاي نيوز.',
    speakers: ['شبكة سكاي نيوز'],
  },
  {
    name: 'a Gulf family name in بو after a first name, and a preposition written apart (لـ"…") ending the name',
    marked: 'عنوان الخبر\n⟦وقال⟧ المشرف على الحملة خالد بوناصر لـ"الصحيفة" إن المتطوعين كثر.',
    speakers: ['خالد بوناصر'],
  },
  {
    name: 'a rank without the article takes the name after it in apposition (الوكيل رقيب …، عقيد …)',
    marked: 'عنوان الخبر\n⟦وقال⟧ الوكيل رقيب سعد الحربي إن الفرق جاهزة.\n⟦وأوضح⟧ المتحدث باسم الدفاع المدني عقيد ناصر بن فهد الشهري أن الحريق أخمد.',
    speakers: ['سعد الحربي', 'ناصر بن فهد الشهري'],
  },
  {
    name: 'a prayer with الله set after a cue (طيب الله ثراه) is no speaker\'s name',
    marked: 'عنوان الخبر\n⟦وقال⟧ الملك المؤسس إن الشورى واجبة. وكان ⟦يرى⟧ طيب الله ثراه أن العدل أساس الملك.',
    speakers: ['الملك المؤسس', 'الملك المؤسس'],
  },
  {
    name: 'an adverb in the accusative (مثلا) is no speaker',
    marked: 'عنوان الخبر\nيكفي أن نقول مثلا «بيت الشعر» حتى تعرف المكان.',
    speakers: [],
  },
  {
    name: 'after لكن and أن the subject comes first, its accusative alef written (لكن مصدرا مطلعا أفاد)',
    marked: 'عنوان الخبر\nرفضت الوزارة التعليق، لكن مصدرا مطلعا ⟦أفاد⟧ بأن الاتفاق قريب.\nوهدأت الاشتباكات، غير أن مسؤولا عسكريا في الجيش ⟦قال⟧ إن الهدنة هشة.',
    speakers: ['مصدرا مطلعا', 'مسؤولا عسكريا في الجيش'],
  },
  {
    name: 'a verb that carries its object as a pronoun describes the noun before it; its subject follows (تغريدة كتبها فلان)',
    marked: 'عنوان الخبر\nلكن تغريدة مازحة ⟦كتبها⟧ جيمس حول «الأزمة» أثارت الجدل.',
    speakers: ['جيمس'],
  },
  {
    name: 'one word between وصف/اتهم and its ب complement is the object; the speaker goes on',
    marked: 'عنوان الخبر\n⟦وقال⟧ الوزير خالد المنصور إن المحادثات متعثرة، ⟦ووصف⟧ الاتفاق بالناقص.\nوهو المشروع الذي ⟦يصفه⟧ الخبراء بأنه طموح.',
    speakers: ['خالد المنصور', 'خالد المنصور', 'الخبراء'],
  },
  {
    name: 'a common noun before a demonstrative is no word of a name (بن سعيدان مهرجان هذا العام)',
    marked: 'عنوان الخبر\n⟦واعتبر⟧ بن سعيدان معرض هذا العام مختلفا.',
    speakers: ['بن سعيدان'],
  },
  {
    name: 'a statement\'s participle takes its issuer (بيان صادر عن المجلس)',
    marked: 'عنوان الخبر\n⟦وقال⟧ بيان صادر عن المجلس إن الاجتماع مستمر.',
    speakers: ['بيان صادر عن المجلس'],
  },
  {
    name: 'a place after a preposition is where, not who: the subject before the verb goes on to its head',
    marked: 'عنوان الخبر\nكان المزارعون في مصر ⟦يعتقدون⟧ أن الموسم سيتحسن.',
    speakers: ['المزارعون في مصر'],
  },
  {
    name: 'an adverb in ـيا after لكن is no accusative subject (لكن ميدانيا يرجح الخبراء …)',
    marked: 'عنوان الخبر\nلكن ميدانيا ⟦يرجح⟧ الخبراء أن الهدنة صامدة.',
    speakers: ['الخبراء'],
  },
  {
    name: 'لكن and ولكن never begin a name after a title',
    marked: 'عنوان الخبر\n⟦وأكد⟧ الرئيس التنفيذي ولكن دون تفاصيل أن الأرباح ارتفعت.',
    speakers: ['الرئيس التنفيذي'],
  },
  {
    name: 'أنّ and its sisters with any pronoun end a name (إنهما، أننا)',
    marked: 'عنوان الخبر\n⟦وتقول⟧ كوفسكي إنهما من أندر الحقائب.',
    speakers: ['كوفسكي'],
  },
  {
    name: 'after a place\'s name, a definite noun is the verb\'s object (في بريطانيا المستثمرين)',
    marked: 'عنوان الخبر\n⟦وحذرت⟧ هيئة الرقابة المالية في بريطانيا المستثمرين من شراء العملات.',
    speakers: ['هيئة الرقابة المالية في بريطانيا'],
  },
  {
    name: 'a plural after one name is not its family name (ترامب المحتجين)',
    marked: 'عنوان الخبر\n⟦وحذر⟧ ترامب المحتجين من العنف.\n⟦وأبلغ⟧ ماكرون المزارعين أن الدعم مستمر.',
    speakers: ['ترامب', 'ماكرون'],
  },
  {
    name: 'a place inside a construct keeps its adjective (إمارة منطقة مكة المكرمة)',
    marked: 'عنوان الخبر\nوكانت إمارة منطقة مكة المكرمة قد ⟦أعلنت⟧ أن الطرق مغلقة.',
    speakers: ['إمارة منطقة مكة المكرمة'],
  },
  {
    name: 'two titles joined by و before a name, the second one that goes before names (الإعلامي والناشط …)',
    marked: 'عنوان الخبر\n⟦ويقول⟧ الإعلامي والناشط حسين رشيد إن القرار مؤسف.',
    speakers: ['حسين رشيد'],
  },
  {
    name: 'وكالة is a noun, not و + ك + ال: the genitive of a title (مراسل وكالة الأنباء الفرنسية)',
    marked: 'عنوان الخبر\n⟦وقال⟧ مراسل وكالة الأنباء الفرنسية في المدينة إن القصف مستمر.',
    speakers: ['مراسل وكالة الأنباء الفرنسية في المدينة'],
  },
  {
    name: 'a body named inside a person\'s title keeps its name\'s words; a construct plural takes such a body',
    marked: 'عنوان الخبر\n⟦وقال⟧ مراسل وكالة فرانس برس إن القصف مستمر.\n⟦وأكد⟧ صحافيو وكالة فرانس برس أن الطريق مغلق.\n⟦وقال⟧ مدير البرامج في مركز محمد بن راشد للفضاء إن المسبار جاهز.\n⟦وصرح⟧ رئيس بلدية تشاتانوغا أندي بيرك بأن المدينة حزينة.',
    speakers: ['مراسل وكالة فرانس برس', 'صحافيو وكالة فرانس برس', 'مدير البرامج في مركز محمد بن راشد للفضاء', 'أندي بيرك'],
  },
  {
    name: 'a quoted word right after a title that goes before names is the name (السيد «…»)',
    marked: 'عنوان الخبر\n⟦ويقول⟧ السيد «فركاش»، وهو في الثلاثين، إنه مفلس.\n⟦وأدان⟧ البابا "فظائع" الحرب في رسالته.',
    speakers: ['فركاش', 'البابا'],
  },
  {
    name: 'a word the corpora never saw in ون after a definite plural is its adjective, not a name (العلماء السالفون)',
    marked: 'عنوان الخبر\nوهي المسألة التي ⟦قال⟧ بها العلماء السالفون منذ قرون.',
    speakers: ['العلماء'],
  },
  {
    name: 'after a verb that carries its object, a ب-word is the complement even in با (تصفهم بأقدح …)',
    marked: 'عنوان الخبر\nوهي العبارات التي تصفهم بأقذع الألفاظ.',
    speakers: [],
  },
  {
    name: 'بعدما is a conjunction, no word of a speaker',
    marked: 'عنوان الخبر\nوتأخر الموعد عما ⟦توقعه⟧ كثيرون بعدما ⟦ذكرت⟧ تقارير أن الاتحاد ضغط.',
    speakers: ['كثيرون', 'تقارير'],
  },
  {
    name: 'a definite surname is no noun with a possessive (الهيتي is not الهيت + ي)',
    marked: 'عنوان الخبر\n⟦وصرح⟧ مصطفى الهيتي بأن العمل مستمر.',
    speakers: ['مصطفى الهيتي'],
  },
  {
    name: 'a word with a clitic and the article ends a name: the one spoken to (برافمان للقاضي)',
    marked: 'عنوان الخبر\n⟦وقال⟧ برافمان للقاضي إن موكله بريء.',
    speakers: ['برافمان'],
  },
  {
    name: 'the words between commas after a person\'s title are the name, even one reading as ب + word (باراك أوباما)',
    marked: 'عنوان الخبر\n⟦وقال⟧ الرئيس السابق، باراك أوباما، إن الخسارة كبيرة.\n⟦وقال⟧ المتحدث، لوسائل الإعلام، إن الأرباح ارتفعت.',
    speakers: ['باراك أوباما', 'المتحدث'],
  },
  {
    name: 'a passive اتُّهم with one word and a ب-masdar with its pronoun is no statement; ماذا is no speaker',
    marked: 'عنوان الخبر\nوقع هجوم كيميائي اتهمت دمشق بتنفيذه.\nالعملات والصندوق.. ماذا قال؟',
    speakers: [],
  },
  {
    name: 'غير and the adjective it negates describe the noun together (مصادر غير رسمية); a word in ى is no nisba (جرى)',
    marked: 'عنوان الخبر\n⟦وقالت⟧ مصادر غير رسمية إن الوفد وصل.\n⟦وقال⟧ تقرير حكومي جرى إعداده أخيرا إن السلاح منتشر.',
    speakers: ['مصادر غير رسمية', 'تقرير حكومي'],
  },
  {
    name: 'a rank\'s الركن and a partner\'s title: the name stands apart from them',
    marked: 'عنوان الخبر\n⟦وأكد⟧ الفريق الأول الركن سالم العنزي أن الجنود بخير.\n⟦وقال⟧ جون سميث الشريك المؤسس للشركة إن الأرباح ارتفعت.',
    speakers: ['سالم العنزي', 'جون سميث'],
  },
  {
    name: 'ولن is و and a particle, no speaker',
    marked: 'عنوان الخبر\nولن يعتقد أحدنا أن السؤال ترف.',
    speakers: [],
  },
  {
    name: 'representatives take عن and whom they represent (ممثلون عن عدة دول)',
    marked: 'عنوان الخبر\n⟦وندد⟧ ممثلون عن عدة دول غربية بالقصف.\n⟦وندد⟧ ممثلون عن دول غربية في المنظمة الدولية بما اعتبروه خرقا.',
    speakers: ['ممثلون عن عدة دول غربية', 'ممثلون عن دول غربية في المنظمة الدولية'],
  },
  {
    name: 'a quoted body after a link word belongs to the title, and the name follows it (المحلل لدى "…" جون …)',
    marked: 'عنوان الخبر\n⟦وقال⟧ المحلل لدى "ألتا كابيتال" جون فيليبس إن الشركة ستربح.',
    speakers: ['جون فيليبس'],
  },
  {
    name: '"called" (يدعى) stands between a title and the name; a word in ى is a genitive, not a nisba (مدير مستشفى الولادة)',
    marked: 'عنوان الخبر\n⟦وقال⟧ مهندس متطوع يدعى علي الحسن إن الحالات كثيرة.\n⟦وكشف⟧ مدير مستشفى الولادة أن الأسرة ممتلئة.\n⟦وذكرت⟧ دراسات أخرى أن العلاج مفيد.',
    speakers: ['علي الحسن', 'مدير مستشفى الولادة', 'دراسات أخرى'],
  },
  {
    name: 'a name that goes on through بن after a common first word is one name (راشد أحمد بن فهد)',
    marked: 'عنوان الخبر\n⟦وقال⟧ راشد أحمد بن فهد؛ وزير البيئة، إن السيارات الكهربائية مهمة.',
    speakers: ['راشد أحمد بن فهد'],
  },
  {
    name: 'a report and a verb that takes it back speak for that verb\'s subject (تقرير نشره بيت التمويل)',
    marked: 'عنوان الخبر\n⟦وذكر⟧ تقرير نشره بيت التمويل الكويتي أن السوق نما.\n⟦وذكر⟧ تقرير أصدره البنك الدولي أن السوق نما.',
    speakers: ['بيت التمويل الكويتي', 'البنك الدولي'],
  },
  {
    name: 'a relay verb in ى takes the report back as أجراه (استبيان أجراه مركز …)',
    marked: 'عنوان الخبر\n⟦وكشف⟧ استبيان أجراه مركز الدراسات الاستراتيجية أن الشباب متفائلون.',
    speakers: ['مركز الدراسات الاستراتيجية'],
  },
  {
    name: 'kin with a possessive are a speaker by relation, and the name between commas after them is theirs (ابنته، …)',
    marked: 'عنوان الخبر\n⟦وقالت⟧ ابنته، سارة الخالد، إن والدها بطل.\n⟦وقالت⟧ زوجته إن الحادث مؤلم.\nلكن محاميه جون سميث ⟦قال⟧ إن الدعوى باطلة.',
    speakers: ['سارة الخالد', 'زوجته', 'جون سميث'],
  },
  {
    name: 'a feminine noun with "his" (its ة written ت) after a name is no part of it (قرقاش تغريدته)',
    marked: 'عنوان الخبر\n⟦وأبدى⟧ فلمبان سعادته بالمشاركة.',
    speakers: ['فلمبان'],
  },
  {
    name: 'one phrase alone between أبلغ and its أنّ is the one told; the speaker goes on',
    marked: 'عنوان الخبر\n⟦وقال⟧ الوزير إن الحوار مستمر، ⟦وأبلغ⟧ الأمم المتحدة أن الوفد وصل.\n⟦وأبلغ⟧ مصدر مطلع الصحيفة أن المفاوضات متعثرة.',
    speakers: ['الوزير', 'الوزير', 'مصدر مطلع'],
  },
  {
    name: 'a title phrase closed by an indefinite adjective does not reach a name further on (دول غربية نظام الرئيس …)',
    marked: 'عنوان الخبر\nاتهمت دول غربية نظام الرئيس سالم الأحمد بشن الهجوم.',
    speakers: [],
  },
  {
    name: 'a people\'s plural and a preposition with a noun and its pronoun end a name (أردوغان الأتراك، كارتر بتصريحه)',
    marked: 'عنوان الخبر\n⟦ودعا⟧ أردوغان الأتراك إلى بيع الدولار.\n⟦وقال⟧ كارتر بتصريحه إن الاتفاق جيد.',
    speakers: ['أردوغان', 'كارتر'],
  },
  {
    name: 'after a surname (the article writes it after a first name) a common word and more of the sentence are the object (تيلرسون وقوف بلاده)',
    marked: 'عنوان الخبر\n⟦وقال⟧ الوزير الأمريكي ريكس تيلرسون إن الزيارة ناجحة.\n⟦وأكد⟧ تيلرسون وقوف بلاده إلى جانب الحلفاء.\n⟦وانتقد⟧ جون بولتون عمل المحكمة خلال كلمته.',
    speakers: ['ريكس تيلرسون', 'ريكس تيلرسون', 'جون بولتون'],
  },
  {
    name: 'after a first name a common word is the name\'s, and so is a family name with the article that closes it (محمد خير الزبير، …)',
    marked: 'عنوان الخبر\nشارك أحمد محمد فيه.\n⟦وقال⟧ الدكتور محمد خير الزبير، محافظ البنك، إن السيولة متوفرة.',
    speakers: ['محمد خير الزبير'],
  },
  {
    name: 'a first name after a definite nisba (المركزي محمد) is no surname: the common word after it stays in the name',
    marked: 'عنوان الخبر\n⟦وقال⟧ محافظ البنك المركزي محمد خير الزبير في مؤتمر صحفي إن السيولة متوفرة.',
    speakers: ['محمد خير الزبير'],
  },
  {
    name: 'after توعد or هدد a ب on a masdar is the complement, not a word of the name (ترامب بشن ضربات)',
    marked: 'عنوان الخبر\n⟦وتوعد⟧ الرئيس الأمريكي دونالد ترامب بشن ضربات على المواقع.\n⟦وهدد⟧ جون بيكر بفرض رسوم على السيارات.',
    speakers: ['دونالد ترامب', 'جون بيكر'],
  },
  {
    name: 'after a masculine verb a feminine body or place is its object, and the speaker goes on (وحذر روسيا، ودعا الحكومة)',
    marked: 'عنوان الخبر\n⟦وقال⟧ الرئيس إن بلاده لن تتراجع، ⟦وحذر⟧ روسيا من أي تصعيد.\n⟦ودعا⟧ الحكومة إلى الإسراع في الإصلاح.',
    speakers: ['الرئيس', 'الرئيس', 'الرئيس'],
  },
  {
    name: 'a masculine verb agrees with a masculine country, a feminine one with a body, and a man\'s honorific goes with a masculine verb',
    marked: 'عنوان الخبر\n⟦وقالت⟧ الوزيرة إن العراق ⟦أكد⟧ التزامه بالاتفاق.\n⟦وأكدت⟧ الحكومة أن الوضع مستقر.\n⟦وقال⟧ سماحة المفتي إن الصيام واجب.',
    speakers: ['الوزيرة', 'العراق', 'الحكومة', 'سماحة المفتي'],
  },
  {
    name: 'a hyphen written tight joins two words of a name; a listed place is the name of a place noun after ب; أمثال ends the phrase',
    marked: 'عنوان الخبر\n⟦وقال⟧ جان-باسكال تريكواغ، رئيس الشركة، إن الطلب يرتفع.\n⟦وقالت⟧ هيئة الضرائب بولاية نيويورك إنها تراجع الملف.\n⟦وقالت⟧ شركات أمثال توتال إنها ستنسحب.',
    speakers: ['جان-باسكال تريكواغ', 'هيئة الضرائب بولاية نيويورك', 'شركات'],
  },
  {
    name: 'أما puts the subject before the ف of its answer, unless the verb takes the topic back; a matter (أما عن …) opens none',
    marked: 'عنوان الخبر\n⟦وقال⟧ المخرج إن الفيلم جيد.\nأما رئيس التحرير سامر العلي ⟦فيرى⟧ أن الدولة ليست حلما.\nأما اللاعب سالم ⟦فوصفه⟧ بالموهوب.\nأما عن الممثلة هالة سالم ⟦فقال⟧ إنها موهوبة.',
    speakers: ['المخرج', 'سامر العلي', 'سامر العلي', 'سامر العلي'],
  },
  {
    name: 'a verb\'s bare form right after a number word is the counted noun (ألف طالب); a headline\'s number stays apart from the lead\'s verb',
    marked: 'عدد الطلاب يتخطى ثلاثة ملايين\n⟦قال⟧ وزير التعليم أمس إن العدد يرتفع.\nويدرس في الجامعة أكثر من ألف طالب سعودي جاءوا بمبادرة الابتعاث.',
    speakers: ['وزير التعليم'],
  },
  {
    name: 'an honorific with its pronoun (سموه، معاليه) stands alone and is the person named, or titled, before it',
    marked: 'عنوان الخبر\n⟦وقال⟧ الأمير خالد الفيصل إن المبادرة مهمة. ⟦ووصف⟧ سموه مبادرة التسجيل بأنها حضارية.',
    speakers: ['خالد الفيصل', 'خالد الفيصل'],
  },
  {
    name: 'an honorific with its pronoun and no named person before it is the person titled before it',
    marked: 'عنوان الخبر\n⟦وأكد⟧ معالي رئيس مجلس الشورى أن التوسعة مهمة. ⟦وأضاف⟧ معاليه أن المشروع كبير.',
    speakers: ['معالي رئيس مجلس الشورى', 'معالي رئيس مجلس الشورى'],
  },
  {
    name: 'a rank\'s qualifier (طيار، ركن) belongs to the title, and the name follows it',
    marked: 'عنوان الخبر\n⟦وقال⟧ الخبير العسكري اللواء طيار عبد الحكيم شلبي إن الطائرات قادرة.\n⟦وأكد⟧ العميد ركن أحمد سالم أن العمليات مستمرة.',
    speakers: ['عبد الحكيم شلبي', 'أحمد سالم'],
  },
  {
    name: 'a document takes its issuer after صدر عن, and after صادر عن past its own adjective',
    marked: 'عنوان الخبر\n⟦ووفقا⟧ لبيان صدر عن مجلس وزراء الخارجية فإن الدعم مستمر.\nبينما ⟦يرى⟧ تقرير آخر صادر عن بنك ستاندرد تشارترد أن القرار مهم.',
    speakers: ['بيان صدر عن مجلس وزراء الخارجية', 'تقرير آخر صادر عن بنك ستاندرد تشارترد'],
  },
  {
    name: 'a definite word after another definite word, no title, is its adjective: no surname for a relative clause to describe',
    marked: 'عنوان الخبر\nوهو ما يذكرنا بالمثل الشعبي المصري الذي يقول إن المركب تغرق.\n⟦وقال⟧ الكاتب الخفاجي الذي عاد أمس إن الوضع صعب.',
    speakers: ['الكاتب الخفاجي'],
  },
  {
    name: 'a plural in construct (مسؤولي، محللي) takes its genitive: it closes nothing as a name would',
    marked: 'عنوان الخبر\n⟦وقال⟧ بعض مسؤولي الحكومة إن الوضع صعب.\n⟦وأكد⟧ أحد محللي السوق أن الأسعار سترتفع.',
    speakers: ['بعض مسؤولي الحكومة', 'أحد محللي السوق'],
  },
  {
    name: 'an accusative participle after the subject (رافضا كشف اسمه) is the verb\'s circumstance, not a name; a name of that shape before a surname is one',
    marked: 'عنوان الخبر\n⟦وقال⟧ أحد متطوعي الدفاع المدني رافضا كشف اسمه لوكالة الأنباء "الوضع صعب".\n⟦وقالت⟧ الممثلة كارلا بروني إن الفيلم جميل.',
    speakers: ['أحد متطوعي الدفاع المدني', 'كارلا بروني'],
  },
  {
    name: 'what is quoted after a group of people or an indefinite adjective is the verb\'s, not a name of the speaker',
    marked: 'عنوان الخبر\nوهو القرار الذي ⟦اعتبره⟧ إعلاميون تونسيون «إعلان حرب» على تونس.\n⟦وقال⟧ محامي «سامسونغ» إن موكله سيطعن.',
    speakers: ['إعلاميون تونسيون', 'محامي «سامسونغ»'],
  },
  {
    name: 'a plural participle is no adjective of one person\'s title (دعا الشيف المدعوين); a coordinated title keeps its adjective before the name',
    marked: 'عنوان الخبر\n⟦وقال⟧ المحامي والمستشار القانوني بدر إسحاق إن التقاضي حق.\nوعندما أصبح الطبق جاهزا ⟦دعا⟧ الشيف المدعوين إلى الطاولة.',
    speakers: ['بدر إسحاق', 'الشيف'],
  },
  {
    name: 'a person\'s words speak for the person, named after the title; a common plural in ات is no name; a press statement is not a journalist\'s',
    marked: 'عنوان الخبر\n⟦وذكرت⟧ تغريدة للرئيس الأمريكي دونالد ترامب أن الاتفاق سيئ.\nلقد عاش بنجامين هول تجارب صعبة. ووفقا لمشاهدات الصحافي البريطاني من قلب الحدث، يتحرك العناصر بحرية.\n⟦وقال⟧ بيان صحافي صدر عن الحملة إن الاحتجاج مستمر.\n⟦ووفقا⟧ لتصريحات الوزير فإن الخطة جاهزة.',
    speakers: ['دونالد ترامب', 'بيان صحافي صدر عن الحملة', 'الوزير'],
  },
  {
    name: 'شدد reports only with على or أنّ in its clause (وشددت الصين الإجراءات is "tightened"), however long its subject or hashtag',
    marked: 'عنوان الخبر\nوشددت الصين الإجراءات الأمنية في المحافظة.\n⟦شدد⟧ ولي العهد السعودي الأمير #محمد_بن_سلمان على أهمية الإصلاح.\n⟦وقال⟧ الأمير محمد بن سلمان إن الخطة جاهزة.',
    speakers: ['محمد بن سلمان', 'محمد بن سلمان'],
  },
  {
    name: 'a common noun and its adjective after a name are a title, not a family name; a body\'s head takes a quoted name after a comma; لذا opens no subject',
    marked: 'عنوان الخبر\n⟦وقال⟧ أردوغان الحليف السابق للرئيس إنه بريء.\n⟦ويقول⟧ موقع، "برايدبوك" البريطاني، إن التكلفة ارتفعت.\nالوضع صعب. ولذا ⟦تقول⟧ المنظمة إن الأطفال في خطر.',
    speakers: ['أردوغان', 'برايدبوك', 'المنظمة'],
  },
  {
    name: 'after a surname alone a definite common word is the object unless the phrase ends there; after a title it is the family name',
    marked: 'عنوان الخبر\n⟦وقال⟧ الرئيس دونالد ترامب إن الوضع خطير. ⟦ووصف⟧ ترامب الهجوم على المدينة بأنه متهور.\nوشارك أحمد جهاد فيه. ⟦وقالت⟧ الممثلة جهاد الأطرش إن الدور صعب.',
    speakers: ['دونالد ترامب', 'دونالد ترامب', 'جهاد الأطرش'],
  },
  {
    name: 'a title with a possessive pronoun names another person (محاميه); سوف opens no name; a plural verb keeps its plural with an object pronoun (فرأوه)',
    marked: 'عنوان الخبر\n⟦وطالب⟧ النجم الدولي السابق محاميه بالتحرك.\nكذلك، ⟦ووفقا⟧ للبيان الصحافي، فسوف «يقود فريقا من العاملين».\n⟦وقال⟧ المؤرخون إن الوثيقة مهمة. أما الرحالة ⟦فرأوه⟧ مجرد تنظيمات للكنيسة.',
    speakers: ['النجم الدولي السابق', 'البيان الصحافي', 'المؤرخون', 'المؤرخون'],
  },
  {
    name: 'a relative clause after a name and its title set off by a comma describes the named person',
    marked: 'عنوان الخبر\nويستعد بوب وودوارد، الصحفي الآخر الذي ⟦كشف⟧ أن الرئيس كذب، لإصدار كتاب.',
    speakers: ['بوب وودوارد'],
  },
  {
    name: 'a first name with the article goes on through بن (الوليد بن طلال)',
    marked: 'عنوان الخبر\n⟦أعلن⟧ رجل الأعمال السعودي، الأمير الوليد بن طلال، شراء حصة في الشركة.',
    speakers: ['الوليد بن طلال'],
  },
  {
    name: 'a verbal noun in ـاية is no nisba (لجنة حماية الصحافيين); فإن after a whole name is no Dutch فان; أضاف القول is the verb\'s object',
    marked: 'عنوان الخبر\n⟦وقالت⟧ لجنة حماية الصحافيين إن العدد ارتفع.\n⟦وبحسب⟧ المتحدثة نسرين عبد الله فإن كامبل قتلت.\n⟦وقال⟧ المهاجم روبن فان بيرسي إن الفريق قوي.\n⟦وأضاف⟧ ترامب القول إن المهمة صعبة.',
    speakers: ['لجنة حماية الصحافيين', 'نسرين عبد الله', 'روبن فان بيرسي', 'ترامب'],
  },
  {
    name: 'a body of a person with a definite title takes the name (إدارة الرئيس الأميركي دونالد ترامب), not a royal one inside a body\'s name; a head with a pronoun is whole',
    marked: 'عنوان الخبر\nبعدما ⟦قالت⟧ إدارة الرئيس الأميركي دونالد ترامب إنها ستفرض رسوما.\n⟦وأعلن⟧ مركز الملك سلمان للإغاثة وصول الدفعة الثالثة.\n⟦وقال⟧ الوزير إن المشروع مهم. ⟦ووصف⟧ أحدهم المشروع بالبشع.',
    speakers: ['إدارة الرئيس الأميركي دونالد ترامب', 'مركز الملك سلمان للإغاثة', 'الوزير', 'أحدهم'],
  },
  {
    name: 'a plural adjective (السابقين) follows a definite plural; a feminine present (تعمل) is a verb, no word of a name',
    marked: 'عنوان الخبر\n⟦وأشار⟧ أحد المديرين السابقين في شركة اتصالات تعمل في روسيا إلى أن الوضع صعب.',
    speakers: ['أحد المديرين السابقين في شركة اتصالات'],
  },
  {
    name: 'كان between the subject and its present verb is no word of the name, also after إنّ; with an object pronoun on the verb the subject follows',
    marked: 'عنوان الخبر\nولكن زكي طليمات كان ⟦يرى⟧ أن الصوت الضعيف ينفذ إلى القلب.\n⟦وقال⟧ متحدث باسم الحكومة إن ماكرون كان ⟦يشير⟧ إلى الأحزاب.\nوما كان ⟦يعتبره⟧ سالم دهمان إقامة مؤقتة تبين أنه سجن.',
    speakers: ['زكي طليمات', 'متحدث باسم الحكومة', 'ماكرون', 'سالم دهمان'],
  },
  {
    name: 'a month after a name particle is a family name (آل رمضان); a cue after رفض spells a verbal noun; a place after ب takes no name; a place noun takes a listed place with its article',
    marked: 'عنوان الخبر\n⟦كشف⟧ الباحث الفلكي سلمان آل رمضان عن بداية موسم الرطوبة.\n⟦وقال⟧ الوزير إن الوضع صعب.\nلكنه رفض ذكر الصين بالاسم.\n⟦أكد⟧ المدير العام للتعليم بجدة عبدالله بن أحمد الثقفي أن المحاصرة مسؤولية الجميع.\n⟦وأكد⟧ المتحدث الرسمي بأمانة منطقة الرياض إبراهيم بن حمد الدعيلج عدم قبول الأمانة.',
    speakers: ['سلمان آل رمضان', 'الوزير', 'عبدالله بن أحمد الثقفي', 'إبراهيم بن حمد الدعيلج'],
  },
  {
    name: 'كان, its subject, then a past verb: the subject is before the verb (وكانت دمشق اتهمت إسرائيل); a city and تايمز name a newspaper',
    marked: 'عنوان الخبر\nوكانت دمشق ⟦اتهمت⟧ إسرائيل بشن الغارة.\n⟦وقالت⟧ نيويورك تايمز إنه أمر نادر.',
    speakers: ['دمشق', 'نيويورك تايمز'],
  },
  {
    name: 'an accusative participle in م (متسائلا، مبتسما) is a circumstance, not a name; a noun with نا (مرافقنا) is no participle',
    marked: 'عنوان الخبر\n⟦ويقول⟧ البعض متسائلا وهو في نظري تساؤل مشروع: لماذا؟\n⟦يقول⟧ مرافقنا إن ذلك من ضمن الفعاليات.',
    speakers: ['البعض', 'مرافقنا'],
  },
  {
    name: 'an indefinite spokesperson is unnamed: the name after the one spoken for is theirs; the definite spokesperson is named after the body',
    marked: 'عنوان الخبر\n⟦وقالت⟧ متحدثة باسم مكتب رئيسة الوزراء تيريزا ماي إن الحكومة ستدرس الأمر.\n⟦وقال⟧ المتحدث باسم الخارجية أحمد أبو زيد إن الوفد وصل.\n⟦وقال⟧ متحدث باسم الرئاسة السفير سامي راضي إن اللقاء مثمر.\n⟦وقال⟧ المتحدث باسم الدفاع المدني بمنطقة مكة المكرمة العقيد سعيد سرحان إن الحريق أخمد.',
    speakers: ['متحدثة باسم مكتب رئيسة الوزراء تيريزا ماي', 'أحمد أبو زيد', 'سامي راضي', 'سعيد سرحان'],
  },
  {
    name: 'كلها, جميعهم after a verb stress what came before, and معي is the one spoken with; they name no one',
    marked: 'عنوان الخبر\n⟦وقالت⟧ الوكالة إن المفاوضات مستمرة.\nوالمعلومات الواردة من فيينا تؤكد كلها أن الطرفين يحرزان تقدما.\nتوجهت إلى المدينة للبحث عن أي شخص يتحدث معي عن الرجل.',
    speakers: ['الوكالة'],
  },
  {
    name: 'a broken plural of things takes a feminine participle as its adjective (منظمة الدول المصدرة للنفط)',
    marked: 'عنوان الخبر\n⟦قال⟧ الأمين العام لمنظمة البلدان المصدرة للنفط إن الطلب يرتفع.\n⟦وتوقعت⟧ منظمة الدول المصدرة للنفط أن يستقر السوق.',
    speakers: ['الأمين العام لمنظمة البلدان المصدرة للنفط', 'منظمة الدول المصدرة للنفط'],
  },
  {
    name: 'a definite common word after a name, then a preposition with a pronoun, is the object (محمد بن سلمان الشكر لهما); before أنه it is the family name',
    marked: 'عنوان الخبر\n⟦وأبدى⟧ الأمير محمد بن سلمان الشكر لهما على تهنئتهما.\n⟦وأوضح⟧ المتحدث عبدالله نايف المريبض أنه تلقى بلاغا.',
    speakers: ['محمد بن سلمان', 'عبدالله نايف المريبض'],
  },
  {
    name: 'a body\'s head before من and people is an unnamed group of them (مجموعة من الباحثين)',
    marked: 'عنوان الخبر\nلكن في عام 2013، ⟦أشارت⟧ مجموعة من الباحثين لدى الجامعة إلى أن الحسابات خاطئة.\n⟦وقالت⟧ مجموعة السبع إن الرسوم مضرة.',
    speakers: ['مجموعة من الباحثين لدى الجامعة', 'مجموعة السبع'], types: ['anonymous', 'organization'],
  },
  {
    name: 'a listed adjective is no preposition and word (بارز, not ب + أرز); an unnamed source takes no titled name after it (… في الفاتيكان البابا فرانسيس is the object)',
    marked: 'عنوان الخبر\n⟦واتهم⟧ مسؤول بارز سابق في الفاتيكان البابا فرانسيس بتجاهل الاعتداءات.\n⟦وطالب⟧ صحافيون بارزون بوضع خطة سلامة.',
    speakers: ['مسؤول بارز سابق في الفاتيكان', 'صحافيون بارزون'],
  },
  {
    name: 'علي written with ي is a first name, the preposition is written على',
    marked: 'عنوان الخبر\nوقف الناس على الطريق.\n⟦وطالب⟧ علي عمر بخروج المسلحين من الحي.',
    speakers: ['علي عمر'],
  },
];

for (const c of cases) {
  test(`claims: ${c.name}`, () => {
    const { text, spans } = parseMarks(c.marked);
    const a = analyzeArticle(text);
    const cues = a.claims.map((x) => text.slice(x.cue.start, x.cue.end));
    assert.deepEqual(cues, spans.map((s) => text.slice(s.start, s.end)), 'cues');
    const names = a.claims.map((x) => a.speakers.find((s) => s.id === x.speaker)!.name);
    assert.deepEqual(names.map(normalize), c.speakers.map(normalize), 'speakers');
    if (c.kinds) assert.deepEqual(a.claims.map((x) => x.kind), c.kinds, 'kinds');
    if (c.types) assert.deepEqual([...new Set(a.speakers.map((s) => s.type))], [...new Set(c.types)], 'types');
  });
}

test('sourcing: a figure in a claim, under حسب, and in background', () => {
  const text = 'عنوان الخبر\n'
    + 'وقال المتحدث باسم الجيش إن 12 مسلحا قتلوا في الاشتباكات.\n'
    + 'وأصيب 30 شخصا، حسب وزارة الصحة.\n'
    + 'وأعلنت الوزارة افتتاح المستشفى، حيث يعمل فيه 400 طبيب.\n'
    + 'وبلغت الخسائر 5 ملايين دولار.';
  const a = analyzeArticle(text);
  const byText = (t: string) => a.figures.find((f) => text.slice(f.start, f.end).includes(t));
  assert.equal(byText('12')?.sourced, true);
  assert.ok(byText('12')?.claim);
  assert.equal(byText('30')?.sourced, true);
  const phraseClaim = a.claims.find((c) => c.id === byText('30')?.claim);
  assert.equal(phraseClaim?.cue.text, 'حسب', 'a sentence with حسب and no reporting verb is a claim of its own');
  assert.equal(byText('400')?.sourced, false, 'حيث … is background the writer adds');
  assert.equal(byText('5 ملايين')?.sourced, false);
});

test('sourcing: an attribution phrase at the end of a sentence covers the clause before its semicolon', () => {
  const text = 'عنوان الخبر\nوتراجعت التجارة إلى 500 مليون يورو في العام الماضي؛ أي أقل بكثير من قبل، بحسب تقرير للبرلمان.';
  const a = analyzeArticle(text);
  assert.equal(a.figures.find((f) => f.text.startsWith('500'))?.sourced, true);
});

test('a shortened full name joins the speaker (داود أوغلو → أحمد داود أوغلو)', () => {
  const text = 'عنوان الخبر\nأعلن رئيس الحكومة التركية أحمد داود أوغلو أن التحقيق بدأ.\nوتابع داود أوغلو أن المنفذ لم يعرف بعد.';
  const a = analyzeArticle(text);
  assert.equal(a.speakers.length, 1);
  assert.equal(a.speakers[0]!.name, 'أحمد داود أوغلو');
});

test('seed 001: Jeffrey is one speaker with his aliases, dated by the press conference', () => {
  const text = seed(1);
  const a = analyzeArticle(text, { published: '2020-01-24' });
  const jeffrey = a.speakers.find((s) => s.name === 'جيمس جيفري');
  assert.ok(jeffrey);
  for (const alias of ['جيفري', 'المبعوث الأمريكي']) assert.ok(jeffrey.aliases.includes(alias), alias);
  const his = a.claims.filter((c) => c.speaker === jeffrey.id);
  assert.ok(his.length >= 8);
  assert.ok(his.every((c) => c.date === '2020-01-23'));
  const quote = his.find((c) => text.slice(c.start, c.end).includes('بمرور الوقت'));
  assert.equal(quote?.kind, 'direct');
});

test('seed 004: the unsourced figures are the writer\'s own', () => {
  const text = seed(4);
  const a = analyzeArticle(text, { published: '2024-01-26' });
  const unsourced = a.figures.filter((f) => !f.sourced).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(unsourced.map((t) => t.split(' ')[0] === 'نحو' ? t.split(' ')[1] : t.split(' ')[0]), ['85', '2500']);
  assert.equal(a.figures.filter((f) => f.sourced).length, 2);
});

test('a claim never ends before it starts, even when the next subject comes first (found by fuzzing)', () => {
  const text = 'مصدر ’ قال قال"';
  for (const c of analyzeArticle(text).claims) assert.ok(c.start <= c.end && c.end <= text.length, `${c.start}..${c.end}`);
});

test('a group of people takes no quoted alias: what is quoted after it is the verb\'s', () => {
  const a = analyzeArticle('عنوان الخبر\nوهو القرار الذي اعتبره إعلاميون تونسيون «إعلان حرب» على تونس.');
  assert.deepEqual(a.speakers.map((s) => [s.name, s.aliases]), [['إعلاميون تونسيون', []]]);
});
