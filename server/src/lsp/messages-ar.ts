// The language server's messages in Arabic (Modern Standard Arabic, the
// register of a newsroom): the twin of the English table in messages.ts,
// typed by it, so a message missing here fails the build. Lines that hovers
// show are Arabic throughout (markdown.ts marks them right-to-left); counts
// go after a colon or in brackets, which keeps them clear of the agreement
// of numbers and nouns, and a speaker is named «على لسان» whatever their
// gender or number. Numbers, ISO dates and names from the articles are
// passed in as they are.
import type { ClaimKind, Cue, DatePrecision, DateResolution, SpeakerType } from '../analysis/model.js';
import type { Finding, FindingFacts, RelatedFinding, ValueFacts } from '../analysis/rules/index.js';
import type { MergeReason, Relation } from '../analysis/workspace/index.js';
import type { ReviewDecision } from '../analysis/review/index.js';
import type { Messages } from './messages.js';
import { escapeControls } from '../host/controls.js';
import { megabytesOf } from '../host/limits.js';

const megabytes = (bytes: number): string => `${megabytesOf(bytes)} ميغابايت`;
const number = (n: number): string => n.toLocaleString('en');
/**
 * A sentence the editor shows as plain text in a left-to-right line (the
 * Problems panel, a hover's diagnostic part), closed by a right-to-left mark
 * so that its final full stop stays on the Arabic side.
 */
const closed = (sentence: string): string => `${sentence}\u200f`;

export const arabic: Messages = {
  direction: 'rtl',

  indexingTitle: (n) => `إسناد: فهرسة المقالات (${n})`,
  indexingStep: (done, total, file) => `${done}/${total} ${file}`,

  tooLarge: (bytes, limit) =>
    `لا يحلّل إسناد هذا الملف: حجمه ${megabytes(bytes)}، وهو أكبر من الحد الذي يضبطه الإعداد isnad.maxFileSizeMB ‏(${megabytes(limit)}).`,
  notAnalysed: (problem) => `لا يحلّل إسناد هذا الملف: ${problem}.`,
  analysisFailed: 'تعذّر على إسناد تحليل هذا الملف: أخفق التحليل (التفاصيل في مخرجات إسناد).',
  nearestClaim: (speaker) => closed(`أقرب تصريح، على لسان ${escapeControls(speaker)}: مصدر قد يُنسب إليه الرقم.`),
  configUnreadable: (problem) => `تتعذّر قراءته: ${problem}`,
  lastGoodConfig: 'إلى أن يُصلَح هذا الملف، يواصل إسناد العمل بآخر إعدادات صالحة.',
  cancelled: (name) => `أُلغي: ${name}`,
  handlerFailed: (name, error) =>
    `إسناد: أخفق ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  unreadable: (file, problem) => `إسناد: تُرك الملف ${file}: ${problem}`,

  lensEvent: (n, venue) => `تصريحات من الحدث نفسه${venue ? ` (${venue})` : ''}: ${n}`,
  lensValues: (n) => `قيم أخرى لهذا الرقم: ${n}`,
  lensSpeaker: (n, speaker) => `تصريحات أخرى ${speaker ? `على لسان ${speaker}` : 'للمتحدث نفسه'}: ${n}`,
  relatedHeading: (event, quantity, speaker) =>
    `**تصريحات ذات صلة** في المجلد (${[event && `من الحدث نفسه: ${event}`, quantity && `عن الكمية نفسها: ${quantity}`,
      speaker && `للمتحدث نفسه: ${speaker}`].filter(Boolean).join('، ')})`,
  showAllRelated: 'اعرضها كلها',
  timeline: 'التسلسل الزمني',
  undated: 'بلا تاريخ',

  claimHeading: (kind) => `**تصريح** · ${CLAIM_KINDS[kind]}`,
  speakerLabel: (type) => `المتحدث (${SPEAKER_TYPES[type]}):`,
  roleLabel: 'الصفة:',
  cueLabel: (form) => `صيغة الإسناد (${CUE_FORMS[form]}):`,
  saidLabel: 'تاريخ التصريح:',
  notDated: 'تاريخ التصريح: لا يذكره المقال.',
  datedBy: 'التاريخ مأخوذ من عبارة:',
  publishedLabel: (iso) => (iso ? `تاريخ النشر: ${iso}` : 'تاريخ النشر: غير معروف'),
  publishedEvidence: (evidence) => (evidence === 'isnad.yaml' ? '(من ملف إعدادات المجلد)' : `(${evidence})`),
  outletLabel: 'الوسيلة الإعلامية:',
  figuresLabel: (n) => `أرقام هذا التصريح (${n}):`,

  figureHeading: (value, percent) => `**رقم** · ${number(value)}${percent ? ' ٪' : ''}`,
  unitLabel: 'الوحدة:',
  approximatorLabel: 'التقريب:',
  sourcedBy: 'مُسنَد، على لسان:',
  sourcedByPhrase: 'مُسنَد، بعبارة الإسناد:',
  unsourced: '**بلا مصدر**: لا يقف وراءه أي متحدث أو مصدر في المقال.',
  unsourcedReviewed: 'لا يسمّي المقال مصدرًا له، وقد بتّ فيه مراجِع (أدناه).',

  dateHeading: (precision, calendar) => `**تاريخ** · ${PRECISIONS[precision]}${calendar === 'hijri' ? '، بالتقويم الهجري' : ''}`,
  hijriReading: 'كما كُتب، بالتقويم الهجري:',
  dateValue: (value) => (value ? `القيمة: ${value}` : 'القيمة: غير معروفة'),
  resolution: (resolution, published) => RESOLUTIONS[resolution](published),
  inferredDate: 'مستنتَج من السياق: آخر تاريخ يذكره المقال قبل هذا التصريح.',

  speakerHeading: (type) => `**متحدث** · ${SPEAKER_TYPES[type]}`,
  folderNameLabel: 'يُعرف في المجلد باسم:',
  aliasesLabel: 'ويُسمّى أيضًا:',
  speakerCounts: (here, folder, articles) => `تصريحاته: ${here} في هذا المقال، و${folder} في المجلد (عدد المقالات: ${articles}).`,

  quantityHeading: (articles) => `**الكمية نفسها** في مقالات أخرى (${articles}):`,
  dateUnknown: 'تاريخ غير معروف',
  saidBy: 'على لسان',
  noSource: 'بلا مصدر',
  andMore: (n) => `… وغيرها (${n})`,
  valueRelation: (relation, order) => RELATIONS[relation](order),
  mergesHeading: '**المتحدث نفسه** في أرجاء المجلد:',
  mergeReason: (reason, entry) => MERGE_REASONS[reason](entry),

  reviewAction: (decision) => REVIEW_ACTIONS[decision],
  reviewHeading: (decision) => `**تمت المراجعة** · ${DECISIONS[decision]}`,
  reviewNoteLabel: (decision) => (decision === 'sourced' ? 'المصدر:' : 'السبب:'),
  reviewBy: (reviewer, date) =>
    `${reviewer ? `اتّخذ القرار ${reviewer}` : 'اتُّخذ القرار'}${date ? ` في ${date}` : ''}، وهو مسجّل في ملف إعدادات المجلد.`,
  reviewNoFigure: (figure) => `الرقم «${figure}» لم يعد في مكانه؛ راجِعه من جديد`,
  reviewBadArguments: 'لم يُعطَ الأمر رقمًا ليراجعه',
  reviewNotRecorded: (reason) => `إسناد: لم يُسجَّل القرار: ${reason}.`,
  reviewEditLabel: 'إسناد: قرار مراجعة',
  reviewInOpenBuffer: 'إسناد: أُضيف القرار إلى ملف إعدادات المجلد المفتوح؛ احفظ الملف ليبقى.',
  reviewOpenNoEdit: 'ملف إعدادات المجلد مفتوح في محرر لا يقبل تعديلات إسناد: أغلقه، ثم راجِع من جديد',
  reviewOpenNotApplied: (reason) => `لم يطبّقه المحرر على ملف إعدادات المجلد المفتوح${reason ? ` (${reason})` : ''}`,
  removeStaleReviewAction: (figure) => `احذف قرار المراجعة القديم على «${figure}» من ملف إعدادات المجلد`,
  ruleOffAction: (rule) => `أوقف القاعدة ${rule} في هذا المجلد (isnad.yaml)`,
  configNotChanged: (reason) => `إسناد: لم يُعدَّل ملف إعدادات المجلد: ${reason}.`,
  configEditLabel: 'إسناد: تعديل ملف إعدادات المجلد',
  configInOpenBuffer: 'إسناد: أُدخل التعديل في ملف إعدادات المجلد المفتوح؛ احفظ الملف ليبقى.',
  configOpenNoEdit: 'ملف إعدادات المجلد مفتوح في محرر لا يقبل تعديلات إسناد: أغلقه، ثم أعد المحاولة',

  finding: (finding: Finding) => closed(escapeControls(findingText(finding.facts))),
  relatedValue: (related: RelatedFinding) => closed(escapeControls(`${describeValue(related.value)}، ${sourceOf(related.value)}`)),
};

/** `3,000 (SY24، 2024-01-20)`: a value with what places it. */
function describeValue(value: ValueFacts): string {
  const where = [value.outlet, value.date].filter(Boolean).join('، ');
  return where ? `${number(value.value)} (${where})` : number(value.value);
}

function sourceOf({ source }: ValueFacts): string {
  return source.kind === 'speaker' ? `على لسان ${source.name}` : source.kind === 'phrase' ? source.text : 'بلا مصدر';
}

function findingText(facts: FindingFacts): string {
  switch (facts.rule) {
    case 'unsourced-figure':
      return `رقم بلا مصدر «${facts.figure}»: لا يقف وراءه أي متحدث أو مصدر في المقال.`;
    case 'conflicting-figure': {
      const who = facts.values.length + facts.more === 1 ? 'يذكر مقال آخر' : 'تذكر مقالات أخرى';
      const more = facts.more ? `؛ و${facts.more} غيرها` : '';
      return `رقم متعارض «${facts.figure}»: ${who} ${facts.values.map(describeValue).join('؛ ')}${more} للكمية نفسها في الوقت نفسه تقريبًا.`;
    }
    case 'stale-review': {
      const by = [facts.reviewer && `بقرار من ${facts.reviewer}`, facts.date && `في ${facts.date}`].filter(Boolean).join(' ');
      return `مراجعة قديمة: «${facts.figure}» ${STALE_DECISIONS[facts.decision]}${by ? ` ${by}` : ''}، لكن الرقم لم يعد في المقال. ` +
        'احذف مدخله من isnad.yaml، أو راجِع الرقم من جديد.';
    }
  }
}

const REVIEW_ACTIONS: Record<ReviewDecision, string> = {
  sourced: 'تحديد المصدر…',
  'not-a-figure': 'ليس رقمًا',
  dismissed: 'تجاهل مع ذكر السبب…',
};

const DECISIONS: Record<ReviewDecision, string> = {
  sourced: 'حُدّد مصدره',
  'not-a-figure': 'ليس رقمًا',
  dismissed: 'تُجوهِل',
};

const STALE_DECISIONS: Record<ReviewDecision, string> = {
  sourced: 'حُدّد مصدره',
  'not-a-figure': 'عُدّ ليس رقمًا',
  dismissed: 'تُجوهِل',
};

const RELATIONS: Record<Relation, (order: 'earlier' | 'same' | 'later' | null) => string> = {
  agrees: () => 'يتفق معه',
  conflict: () => '**يتعارض معه**: ورد في الوقت نفسه تقريبًا',
  change: (order) => `قيمة ${order === 'later' ? 'لاحقة' : 'سابقة'}: تغيّر مع الزمن`,
  unclear: () => 'يختلف عنه، ولا يبيّن تاريخه أهو تعارض أم تغيّر',
};

const MERGE_REASONS: Record<MergeReason, (entry: string | null) => string> = {
  gazetteer: (entry) => `مدخل في معجم الأسماء في ملف إعدادات المجلد${entry ? ` ${entry}` : ''}`,
  'same-name': () => 'الاسم نفسه',
  'with-title': () => 'الاسم نفسه، مرة مع لقب',
  'first-name-variant': () => 'تهجئة أخرى للاسم الأول نفسه',
  'fuller-name': () => 'أحد الاسمين خاتمة الآخر الأكمل',
  'same-body-name': () => 'اسم الجهة نفسه',
};

const CLAIM_KINDS: Record<ClaimKind, string> = {
  direct: 'اقتباس مباشر',
  indirect: 'كلام منقول',
  headline: 'إسناد في العنوان',
};

const SPEAKER_TYPES: Record<SpeakerType, string> = {
  person: 'شخص',
  organization: 'جهة',
  anonymous: 'مصدر لم يُسمَّ',
  media: 'وسيلة إعلامية',
  document: 'وثيقة',
};

const CUE_FORMS: Record<Cue['form'], string> = {
  verb: 'فعل',
  participle: 'اسم فاعل',
  phrase: 'عبارة إسناد',
  colon: 'اسم ونقطتان',
};

const PRECISIONS: Record<DatePrecision, string> = { day: 'يوم', week: 'أسبوع', month: 'شهر', year: 'سنة', decade: 'عقد' };

const RESOLUTIONS: Record<DateResolution, (published: string | null) => string> = {
  absolute: () => 'تحديد التاريخ: كل أجزائه مكتوبة في النص.',
  'published-year': (p) => `تحديد التاريخ: اليوم والشهر من النص، والسنة من تاريخ النشر${p ? ` (${p})` : ''}.`,
  'article-year': () => 'تحديد التاريخ: اليوم والشهر من النص، والسنة من اليوم نفسه مكتوبًا بسنته في موضع آخر من المقال.',
  relative: (p) => `تحديد التاريخ: محسوب من تاريخ النشر${p ? ` (${p})` : ''}.`,
  unresolved: () => 'تاريخ غير محدد: تاريخ نسبي، وتاريخ النشر غير معروف.',
};
