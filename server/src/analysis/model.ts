// The document model: plain data, shared by every pass and every adapter.
// Offsets are UTF-16 code units into the article's original text; `start`
// inclusive, `end` exclusive.

export interface Span {
  start: number;
  end: number;
}

export type SpeakerType = 'person' | 'organization' | 'anonymous' | 'media' | 'document';
export type ClaimKind = 'direct' | 'indirect' | 'headline';

/** A speaker entry the user supplies in isnad.yaml (`speakers:`). */
export interface GazetteerEntry {
  name: string;
  aliases: string[];
  role: string | null;
  type: SpeakerType | null;
}

/** What the analysis knows about an article before reading it. */
export interface ArticleContext {
  /** ISO date (YYYY-MM-DD) from isnad.yaml; inferred from the text when absent. */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  speakers?: GazetteerEntry[];
}

export interface Line extends Span {
  /** 0-based line number. */
  index: number;
  blank: boolean;
}

export interface Sentence extends Span {
  /** Index of the line the sentence starts on. */
  line: number;
}

/** A quotation, marks included; `closed` is false when the text never closes it. */
export interface Quote extends Span {
  open: string;
  close: string | null;
  closed: boolean;
}

export interface Segments {
  lines: Line[];
  sentences: Sentence[];
  quotes: Quote[];
}

/** The period a date names; weeks and decades have no ISO value (GUIDELINES §5), so their value is null. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'decade';

/** How a date's value was obtained, for the hover. */
export type DateResolution =
  | 'absolute' // every part is written in the text
  | 'published-year' // day and month written, year taken from the publication date
  | 'article-year' // day and month written, year from the same day written with its year elsewhere in the article
  | 'relative' // أمس، الخميس، الشهر الجاري … counted from the publication date
  | 'unresolved'; // relative, but no publication date is known

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 at the stated precision; XXXX for an unknown year; null when unresolvable. */
  value: string | null;
  precision: DatePrecision;
  resolution: DateResolution;
  /** The calendar of `value`: 'hijri' only when a Hijri date cannot be converted (its year is unknown). */
  calendar: 'gregorian' | 'hijri';
  /** The Hijri reading as written (1436-09-29), when the text gives a Hijri date; `value` is then Gregorian. */
  hijri?: string;
}

export interface Figure extends Span {
  text: string;
  value: number;
  /** The counted noun or unit as written (جندي، دولة، مليار دولار، %), or null. */
  unit: string | null;
  /** Normalized counted noun or unit, for grouping figures about one quantity. */
  unitKey: string | null;
  approximator: string | null;
  percent: boolean;
  sourced: boolean;
  /** Id of the claim whose content holds the figure, if any. */
  claim: string | null;
  /** Attribution phrase (حسب …) covering the figure when no claim does. */
  attribution: Span | null;
}

export interface Speaker {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  type: SpeakerType;
  /** Every place the article names this speaker. */
  mentions: Span[];
}

export interface Cue extends Span {
  text: string;
  /** The cue's base verb or phrase, normalized (قال، أكد، حسب …). */
  lemma: string;
  form: 'verb' | 'participle' | 'phrase' | 'colon';
}

export interface Claim extends Span {
  id: string;
  speaker: string;
  cue: Cue;
  kind: ClaimKind;
  /** ISO date the statement was made, or null. */
  date: string | null;
  /** The date mention that dates the claim, if any. */
  dateMention: Span | null;
  /** Where the speaker is named for this claim (null when inherited from the previous claim). */
  speakerMention: Span | null;
}

export interface Article {
  text: string;
  published: string | null;
  /** Why the publication date is what it is. */
  publishedEvidence: string | null;
  outlet: string | null;
  outletEvidence: Span | null;
  url: string | null;
  segments: Segments;
  boilerplate: Span[];
  dates: DateMention[];
  figures: Figure[];
  speakers: Speaker[];
  claims: Claim[];
}
