// Every string the language server shows a person, in English here and in
// Arabic in messages-ar.ts (the same type, so TypeScript checks that each
// table has every message). The client's locale, sent in the initialization
// options, picks the table once at initialize: `messages` is then that table
// for the life of the server (one server serves one editor). Arabic text from
// articles is passed in, never built here; dates in Arabic words are in
// arabic-dates.ts because they are Arabic whatever the interface language.
import type { ClaimKind, Cue, DatePrecision, DateResolution, SpeakerType } from '../analysis/model.js';
import type { Finding, RelatedFinding } from '../analysis/rules/index.js';
import type { MergeReason, Relation } from '../analysis/workspace/index.js';
import type { ReviewDecision } from '../analysis/review/index.js';
import { isolate, isolateArabic } from './bidi.js';
import { arabic } from './messages-ar.js';
import { escapeControls } from '../host/controls.js';
import { megabytesOf } from '../host/limits.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const megabytes = (bytes: number): string => `${megabytesOf(bytes)} MB`;

export const english = {
  /** The direction hovers are written in (markdown.ts marks right-to-left lines). */
  direction: 'ltr' as 'ltr' | 'rtl',

  indexingTitle: (n: number): string => `Isnad: indexing ${plural(n, 'article', 'articles')}`,
  indexingStep: (done: number, total: number, file: string): string => `${done}/${total} ${file}`,

  tooLarge: (bytes: number, limit: number): string =>
    `Isnad does not analyse this file: at ${megabytes(bytes)} it is larger than the ${megabytes(limit)} set by isnad.maxFileSizeMB.`,
  notAnalysed: (problem: string): string => `Isnad does not analyse this file: ${problem}.`,
  analysisFailed: 'Isnad could not analyse this file: the analysis failed (the Isnad output has the details).',
  nearestClaim: (speaker: string): string => `Nearest claim, by ${isolate(escapeControls(speaker))}: a source the figure could be attributed to.`,
  configUnreadable: (problem: string): string => `cannot read it: ${problem}`,
  lastGoodConfig: 'Until this file is fixed, Isnad keeps using its last valid configuration.',
  cancelled: (name: string): string => `${name} cancelled`,
  handlerFailed: (name: string, error: unknown): string =>
    `Isnad: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  unreadable: (file: string, problem: string): string => `Isnad: skipped ${file}: ${problem}`,

  lensEvent: (n: number, venue: string | null): string =>
    `${plural(n, 'claim', 'claims')} of the same event${venue ? ` (${isolate(venue)})` : ''}`,
  lensValues: (n: number): string => `${plural(n, 'other value', 'other values')} of this figure`,
  lensSpeaker: (n: number, speaker: string | null): string =>
    `${plural(n, 'other claim', 'other claims')}${speaker ? ` by ${isolate(speaker)}` : ' by this speaker'}`,
  relatedHeading: (event: number, quantity: number, speaker: number): string =>
    `**Related claims** in the folder (${[event && `${event} of the same event`, quantity && `${quantity} of the same quantity`,
      speaker && `${speaker} by the same speaker`].filter(Boolean).join(', ')})`,
  showAllRelated: 'show them all',
  timeline: 'Timeline',
  undated: 'undated',

  claimHeading: (kind: ClaimKind): string => `**Claim** · ${CLAIM_KINDS[kind]}`,
  speakerLabel: (type: SpeakerType): string => `Speaker (${SPEAKER_TYPES[type]}):`,
  roleLabel: 'Role:',
  cueLabel: (form: Cue['form']): string => `Cue (${CUE_FORMS[form]}):`,
  saidLabel: 'Said on:',
  notDated: 'When said: the article does not say.',
  datedBy: 'Dated by the words:',
  publishedLabel: (iso: string | null): string => (iso ? `Published: ${iso}` : 'Published: date unknown'),
  publishedEvidence: (evidence: string): string => `(${evidence})`,
  outletLabel: 'Outlet:',
  figuresLabel: (n: number): string => `${plural(n, 'figure', 'figures')} in this claim:`,

  figureHeading: (value: number, percent: boolean): string => `**Figure** · ${value.toLocaleString('en')}${percent ? ' %' : ''}`,
  unitLabel: 'Unit:',
  approximatorLabel: 'Approximation:',
  sourcedBy: 'Sourced, said by:',
  sourcedByPhrase: 'Sourced, under the attribution phrase:',
  unsourced: '**Unsourced**: no speaker or source in the article stands behind it.',
  unsourcedReviewed: 'The article names no source for it; a reviewer has decided on it (below).',

  dateHeading: (precision: DatePrecision, calendar: 'gregorian' | 'hijri'): string =>
    `**Date** · ${PRECISIONS[precision]}${calendar === 'hijri' ? ', Hijri calendar' : ''}`,
  hijriReading: 'As written, in the Hijri calendar:',
  dateValue: (value: string | null): string => (value ? `Value: ${value}` : 'Value: unknown'),
  resolution: (resolution: DateResolution, published: string | null): string => RESOLUTIONS[resolution](published),
  inferredDate: 'Inferred from the context: the last date the article gives before this claim.',

  speakerHeading: (type: SpeakerType): string => `**Speaker** · ${SPEAKER_TYPES[type]}`,
  folderNameLabel: 'Known in the folder as:',
  aliasesLabel: 'Also called:',
  speakerCounts: (here: number, folder: number, articles: number): string =>
    `${plural(here, 'claim', 'claims')} in this article, ${folder} in the folder (${plural(articles, 'article', 'articles')}).`,

  quantityHeading: (articles: number): string => `**Same quantity** in ${plural(articles, 'other article', 'other articles')}:`,
  dateUnknown: 'date unknown',
  saidBy: 'said by',
  noSource: 'unsourced',
  andMore: (n: number): string => `… and ${n} more`,
  valueRelation: (relation: Relation, order: 'earlier' | 'same' | 'later' | null): string => RELATIONS[relation](order),
  mergesHeading: '**Same speaker** across the folder:',
  mergeReason: (reason: MergeReason, entry: string | null): string => MERGE_REASONS[reason](entry),

  reviewAction: (decision: ReviewDecision): string =>
    (decision === 'sourced' ? 'Mark as sourced…' : decision === 'not-a-figure' ? 'Not a figure' : 'Dismiss with a reason…'),
  reviewHeading: (decision: ReviewDecision): string =>
    `**Reviewed** · ${decision === 'sourced' ? 'marked as sourced' : decision === 'not-a-figure' ? 'not a figure' : 'dismissed'}`,
  reviewNoteLabel: (decision: ReviewDecision): string => (decision === 'sourced' ? 'Source:' : 'Reason:'),
  reviewBy: (reviewer: string | null, date: string | null): string =>
    `Decided${reviewer ? ` by ${reviewer}` : ''}${date ? ` on ${date}` : ''} (isnad.yaml).`,
  reviewNoFigure: (figure: string): string => `the figure "${figure}" is no longer where it was; review it again`,
  reviewBadArguments: 'the command was given no figure to review',
  reviewNotRecorded: (reason: string): string => `Isnad: the decision was not recorded: ${reason}.`,
  reviewEditLabel: 'Isnad: review decision',
  reviewInOpenBuffer: 'Isnad: the decision is in the open isnad.yaml; save the file to keep it.',
  reviewOpenNoEdit: 'isnad.yaml is open in an editor that takes no edits from Isnad: close it, then review again',
  reviewOpenNotApplied: (reason: string | null): string => `the editor did not apply it to the open isnad.yaml${reason ? ` (${reason})` : ''}`,
  removeStaleReviewAction: (figure: string): string => `Remove the stale review decision on "${figure}" from isnad.yaml`,
  ruleOffAction: (rule: string): string => `Turn off ${rule} in this folder (isnad.yaml)`,
  configNotChanged: (reason: string): string => `Isnad: isnad.yaml was not changed: ${reason}.`,
  configEditLabel: 'Isnad: change to isnad.yaml',
  configInOpenBuffer: 'Isnad: the change is in the open isnad.yaml; save the file to keep it.',
  configOpenNoEdit: 'isnad.yaml is open in an editor that takes no edits from Isnad: close it, then try again',

  /**
   * A rule's finding: the core words it in English already (its Arabic isolated here); other tables word its facts.
   * Controls from the article (a U+202E would reverse the rest of the message) are shown, not obeyed: escaped before
   * the isolates of our own go in, which must work.
   */
  finding: (finding: Finding): string => isolateArabic(escapeControls(finding.message)),
  relatedValue: (related: RelatedFinding): string => isolateArabic(escapeControls(related.message)),
};

export type Messages = typeof english;

/** The table for a locale: Arabic for `ar` and `ar-*`, English for anything else. */
export function messagesFor(locale: string): Messages {
  return /^ar(-|$)/i.test(locale) ? arabic : english;
}

/** The table in use; English until `useLocale`. */
export const messages: Messages = { ...english };

/** Switches every message to the locale's table (called once, at initialize). */
export function useLocale(locale: string): void {
  Object.assign(messages, messagesFor(locale));
}

const RELATIONS: Record<Relation, (order: 'earlier' | 'same' | 'later' | null) => string> = {
  agrees: () => 'agrees',
  conflict: () => '**conflicts**: given at around the same time',
  change: (order) => `${order === 'later' ? 'a later' : 'an earlier'} value: a change over time`,
  unclear: () => 'differs; its date does not tell a conflict from a change',
};

const MERGE_REASONS: Record<MergeReason, (entry: string | null) => string> = {
  gazetteer: (entry) => `the isnad.yaml gazetteer entry${entry ? ` ${entry}` : ''}`,
  'same-name': () => 'the same name',
  'with-title': () => 'the same name, once with a title',
  'first-name-variant': () => 'a spelling of the same first name',
  'fuller-name': () => 'one name is the end of the other, fuller one',
  'same-body-name': () => 'the same name of a body',
};

const CLAIM_KINDS: Record<ClaimKind, string> = {
  direct: 'direct quotation',
  indirect: 'reported statement',
  headline: 'headline attribution',
};

const SPEAKER_TYPES: Record<SpeakerType, string> = {
  person: 'person',
  organization: 'organization',
  anonymous: 'anonymous source',
  media: 'media',
  document: 'document',
};

const CUE_FORMS: Record<Cue['form'], string> = {
  verb: 'verb',
  participle: 'participle',
  phrase: 'attribution phrase',
  colon: 'name and colon',
};

const PRECISIONS: Record<DatePrecision, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year', decade: 'a decade' };

const RESOLUTIONS: Record<DateResolution, (published: string | null) => string> = {
  absolute: () => 'Resolved: every part is written in the text.',
  'published-year': (p) => `Resolved: day and month from the text, year from the publication date${p ? ` (${p})` : ''}.`,
  'article-year': () => 'Resolved: day and month from the text, year from the same day written with its year elsewhere in the article.',
  relative: (p) => `Resolved: counted from the publication date${p ? ` (${p})` : ''}.`,
  unresolved: () => 'Unresolved: a relative date, and the publication date is unknown.',
};
