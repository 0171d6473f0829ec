// Claims (GUIDELINES §3): one claim per reporting cue, its speaker (the
// cue's subject, or the previous speaker when it has none), its kind, the
// span of what is attributed, and the date it was said.
import type { Claim, ClaimKind, DateMention, GazetteerEntry, Span, Speaker } from '../model.js';
import { CLAUSE_OPENERS, CUES_PASSIVE_AFTER_RELATIVE, CUES_WITH_BA_COMPLEMENT, CUES_WITH_MIN_COMPLEMENT, CUES_WITH_OBJECT_BEFORE_BA, CUES_WITH_OBJECT_BEFORE_THAT, OPINION_CUES } from '../lexicon/cues.js';
import { CUES_WITH_REPORT_OBJECT, OBJECT_NOUNS } from '../lexicon/speakers.js';
import { BA_THAT_FORMS, BEFORE_SUBJECT_WORDS, COMPLEMENT_WORDS, CONCESSIVE_WORDS, EMBEDDING_THAT, KAANA_FORMS, RELATIVE_PRONOUNS, SUBJECT_FIRST_THAT, TOPIC_PARTICLES } from '../lexicon/grammar.js';
import { normalize } from '../text/normalize.js';
import { whiteSpacePieces } from '../text/segment.js';
import { firstStartingAtOrAfter, inBoilerplate, spanAt, type Doc } from './doc.js';
import { attributionPhrases, backgroundMarkers } from './attribution.js';
import { carriesObject, findCues, type CueHit } from './cues.js';
import { headType, isParticle, obliquePlural, PhraseReader, type SpeakerPhrase } from './speaker-phrase.js';
import { corpusClass, NameEvidence } from './name-evidence.js';
import { pronounOnParticle, pronounSuffix, stripConjunction } from './clitics.js';
import { agrees, cueAgreement, phraseAgreement, type Agreement } from './agreement.js';
import { SpeakerRegistry } from './speakers.js';
import { resolveSpeakers, type SpeakerDraft } from './coreference.js';
import { normAt, tokenAt, tokenAtOrAfter, tokenize, type Token } from './tokens.js';
import { dateClaims, isClauseBreak } from './claim-dates.js';
import { quoteAt } from './quotes.js';

/** Pronoun objects and adverbs a cue can carry before its subject (أعلن عنها الرئيس، صرح بذلك الوكيل، قال بأسى). */
const BEFORE_SUBJECT = new Set(BEFORE_SUBJECT_WORDS.map(normalize));
const TOPIC = new Set(TOPIC_PARTICLES.map(normalize));
const KAANA = new Set(KAANA_FORMS.map(normalize));
const COMPLEMENT = new Set(COMPLEMENT_WORDS.map(normalize));

export function findClaims(doc: Doc, dates: DateMention[], gazetteer: GazetteerEntry[], published: string | null = null): { speakers: Speaker[]; claims: Claim[] } {
  const tokens = tokenize(doc);
  const background = backgroundMarkers(doc);
  // A cue inside a background marker (الجدير ذكره) reports nothing.
  const skip = (t: Token) => inBoilerplate(doc, t.start) || !!quoteAt(doc, t.start, true) || !!spanAt(background, t.start);
  const allHits = findCues(tokens, doc.text, skip);
  const reader = new PhraseReader(tokens, cueTest(allHits), new NameEvidence(tokens));
  // … أن أحد أبنائه أبلغه أن …: a verb of saying inside another's report speaks for itself when its subject is named before it
  const embedded = new Set<CueHit>();
  const ownSubject = (hit: CueHit) => !OPINIONS.has(hit.lemma) && !!subjectAfterThat(tokens, hit, reader);
  const cueHits = withoutEmbedded(doc, tokens, allHits, ownSubject, embedded);
  // (every list here a literal filled by push, not made by map, filter or concat: the arrays those builtins make
  // keep the small-integer kind when empty, and each check of an array's kind compiled for the filled ones deopts on one)
  const verbDrafts: SpeakerDraft[] = [];
  for (const hit of cueHits) verbDrafts.push(draftFor(doc, tokens, hit, reader, embedded.has(hit)));
  const drafts: SpeakerDraft[] = [];
  const headline = headlineDraft(doc, tokens, reader);
  if (headline) drafts.push(headline);
  for (const d of verbDrafts) drafts.push(d);
  for (const d of phraseDrafts(doc, tokens, verbDrafts, reader, skip)) drafts.push(d);
  const registry = new SpeakerRegistry(gazetteer);
  resolveSpeakers(doc, tokens, drafts, registry, reader);
  reader.done(); // (its memo serves the next article's reader)
  const kept: SpeakerDraft[] = [];
  for (const d of drafts) if (d.speaker && !(d.shortForm && !drafts.some((o) => o !== d && o.speaker === d.speaker))) kept.push(d);
  const claims: Claim[] = [];
  for (let i = 0; i < kept.length; i++) claims.push(buildClaim(doc, tokens, kept[i]!, kept[i + 1], i, background));
  dateClaims(doc, claims, dates, published);
  const speaking = new Set<string>();
  for (const c of claims) speaking.add(c.speaker);
  const speakers: Speaker[] = [];
  // (no claim, no speaker: the registry's list, made by map, is not asked for then, nor met empty)
  if (claims.length) for (const s of registry.speakers()) if (speaking.has(s.id)) speakers.push(s);
  return { speakers, claims };
}

const THAT = new Set(EMBEDDING_THAT.map(normalize));
/** إلا أن، غير أن، رغم أن: "however", not "said that". */
const CONCESSIVE = new Set(CONCESSIVE_WORDS.map(normalize));
const OPENERS = new Set(CLAUSE_OPENERS.map(normalize));

/**
 * A verb inside what someone else is reported to have said (وأضافت المجلة
 * أن واشنطن ترى أن …) reports nothing of its own: drop a cue without و/ف
 * that follows another cue and its أن in the same sentence, unless a word
 * such as كما or لكنها opens a clause of the writer's own before it, or
 * `ownSubject` keeps it (a verb of saying with its subject named before it);
 * those kept so are added to `kept`.
 */
function withoutEmbedded(doc: Doc, tokens: Token[], hits: CueHit[], ownSubject: (hit: CueHit) => boolean, kept: Set<CueHit>): CueHit[] {
  return hits.filter((hit, k) => {
    if (!insideReport(doc, tokens, hits, k)) return true;
    if (!ownSubject(hit)) return false;
    kept.add(hit);
    return true;
  });
}

/** The cue `hits[k]` follows another cue and its أن in the same sentence. */
function insideReport(doc: Doc, tokens: Token[], hits: CueHit[], k: number): boolean {
  const hit = hits[k]!;
  if (hit.conjoined || hit.form === 'participle' || k === 0 || OPENERS.has(normAt(tokens, hit.token - 1))) return false;
  const prev = hits[k - 1]!;
  if (sentenceFloor(doc, tokens, hit.token) > prev.token) return false;
  for (let j = prev.token + 1; j < hit.token; j++) {
    if (THAT.has(tokens[j]!.norm) && !CONCESSIVE.has(tokens[j - 1]!.norm)) return true;
  }
  return false;
}

/**
 * Whether token i is one of the cues. The hits come in token order, so the
 * test is a binary search of them: a Set of their tokens, made for every
 * article, cost more than the few steps each question takes.
 */
function cueTest(hits: CueHit[]): (i: number) => boolean {
  return (i) => {
    let lo = 0, hi = hits.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1, at = hits[mid]!.token;
      if (at === i) return true;
      if (at < i) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  };
}

/**
 * A draft with every field set, in one order: resolveSpeakers sets `speaker`
 * on each, which is a slow store when drafts come in several object shapes.
 */
function draft(cue: SpeakerDraft['cue'], token: number, phrase: SpeakerPhrase | null, headline: boolean, orphan: boolean, more: { shortForm?: boolean; embedded?: boolean } = {}): SpeakerDraft {
  return { cue, token, phrase, headline, orphan, shortForm: more.shortForm ?? false, embedded: more.embedded ?? false, speaker: undefined };
}

function draftFor(doc: Doc, tokens: Token[], hit: CueHit, reader: PhraseReader, embedded: boolean): SpeakerDraft {
  const t = tokens[hit.token]!;
  const cue = { start: t.start, end: t.end, lemma: hit.lemma, form: hit.form };
  const floor = sentenceFloor(doc, tokens, hit.token);
  const phrase = hit.form === 'participle' ? null : subjectOf(tokens, hit, reader, floor);
  // Right after a word it could not read as a subject (أقرباء له قالوا): better no claim than a wrong speaker.
  // After a fronted phrase and its comma (وعن موقف …، أجاب) the previous speaker goes on.
  const prev = hit.token > floor ? tokens[hit.token - 1]! : null;
  const orphan = !phrase && hit.form === 'verb' && !hit.conjoined && !!prev && prev.word && !isParticle(prev.norm);
  return draft(cue, hit.token, phrase, false, orphan, { embedded });
}

/** The cue's subject: after it (VSO), before it (SVO), or after a preceding كان. */
function subjectOf(tokens: Token[], hit: CueHit, reader: PhraseReader, floor: number): SpeakerPhrase | null {
  const i = hit.token;
  const named = subjectAfterThat(tokens, hit, reader);
  if (named) return named;
  const prev = tokenAt(tokens, i - 1);
  const svoFirst = hit.present && !hit.conjoined && prev && prev.word && i - 1 >= floor && !isParticle(prev.norm);
  if (svoFirst) {
    const before = reader.phraseBefore(i, floor);
    if (before) return before;
  }
  // وكان الهريفي قد انتقد …: the subject stands between كان and قد, not after the verb;
  // وكانت دمشق اتهمت إسرائيل …: or right before the verb
  // (the subject after كان is looked for once: asked again at the end)
  let kaana: SpeakerPhrase | null | undefined;
  if (normAt(tokens, i - 1) === 'قد' || (!hit.conjoined && !hit.present)) {
    const fronted = (kaana = kaanaSubject(tokens, i, reader, floor));
    if (fronted && (normAt(tokens, i - 1) === 'قد' || fronted.last === i - 1)) return fronted;
  }
  let next = reader.afterAddressee(skipAddressee(tokens, i + 1));
  if (BEFORE_SUBJECT.has(normAt(tokens, next))) next++;
  // وأنكروا تعمدهم …، يقولون إن …: a plural verb carries its subject; the noun after it is its object
  const object = complementWithBa(tokenAt(tokens, next), hit) || reportObject(tokenAt(tokens, next), hit) || (next === i + 1 && obliquePlural(normAt(tokens, next)));
  const after = pluralVerb(tokens[i]!.norm, hit) || object ? null
    : BA_COMPLEMENT.has(hit.lemma) ? reader.subjectBeforeComplement(next, 'ب')
      // وذكر تقرير نشره بيت التمويل …: a document and a verb that takes it back speak for that verb's subject
      : MIN_COMPLEMENT.has(hit.lemma) ? reader.subjectBeforeComplement(next, 'من') : reader.relayedSource(next) ?? reader.phraseAt(next);
  if (after && !objectBeforeComplement(tokens, after, hit) && !(after.first === next && bodyDisagrees(tokens, after, hit))) return after;
  const quoted = object ? null : quotedBody(tokens, next, reader);
  if (quoted) return quoted;
  // أما رئيس التحرير ساطع نور الدين فيرى …: أما puts the subject before the ف of its answer
  if (hit.conjoined) return tokens[i]!.norm.startsWith('ف') ? topicSubject(tokens, i, reader, floor) : null;
  // مطر الكواري الذي قال …: the noun the relative clause describes
  if (RELATIVES.has(normAt(tokens, i - 1)) && i - 1 > floor) return relativeSubject(tokens, hit, reader, floor);
  return (kaana === undefined ? kaanaSubject(tokens, i, reader, floor) : kaana) ?? reader.phraseBefore(i, floor) ?? frontedSubject(tokens, i, reader, floor);
}

const SUBJECT_FIRST = new Set(SUBJECT_FIRST_THAT.map(normalize));
const OPINIONS = new Set(OPINION_CUES.map(normalize));
/** Words between أنّ and the verb: its subject is a short phrase. */
const MAX_FRONTED = 6;

/**
 * … أن ترامب أبلغ وزير دفاعه أنه …، إن فريق الخبراء أكد …: after أنّ and
 * its sisters the subject comes first, so the phrase that fills the gap
 * between one of them and the cue, and agrees with the verb, is the
 * subject (and وزير دفاعه after the verb its object).
 */
function subjectAfterThat(tokens: Token[], hit: CueHit, reader: PhraseReader): SpeakerPhrase | null {
  const i = hit.token;
  if (hit.form !== 'verb' || hit.conjoined) return null;
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_FRONTED && tokens[k]!.word && !SUBJECT_FIRST.has(tokens[k]!.norm)) k--;
  if (k < 0 || k === i - 1 || !SUBJECT_FIRST.has(tokens[k]!.norm)) return null;
  // لكن تغريدة كتبها روبرتس …: a verb that carries its object as a pronoun and has a subject after it describes the noun before
  if (carriesObject(tokens[i]!.norm) && reader.phraseAt(i + 1)) return null;
  const phrase = reader.phraseAt(k + 1) ?? reader.phraseOfAccusative(k + 1);
  // (إن ماكرون كان يشير …: كان may stand before the verb)
  if (!phrase || (phrase.last !== i - 1 && !(phrase.last === i - 2 && KAANA.has(tokens[i - 1]!.norm)))) return null;
  return agrees(cueAgreement(tokens[i]!.norm, hit.lemma, 'verb', hit.present, false), phraseAgreement(tokens, phrase)) ? phrase : null;
}

/** Words a quoted body's name may have: more is the statement itself (قال «…»). */
const MAX_QUOTED_NAME = 6;

/**
 * وأعلنت «جبهة التحرير» الاثنين مسؤوليتها …: a body named in quotation
 * marks right after the verb is its subject when the marks hold just the
 * body's phrase and the sentence goes on after them.
 */
function quotedBody(tokens: Token[], open: number, reader: PhraseReader): SpeakerPhrase | null {
  if (normAt(tokens, open) !== '"') return null;
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_QUOTED_NAME + 1 && tokens[close]!.word) close++;
  if (normAt(tokens, close) !== '"' || !tokenAt(tokens, close + 1)?.word) return null;
  const phrase = reader.phraseAt(open + 1);
  return phrase && phrase.last === close - 1 && (phrase.type === 'organization' || phrase.type === 'media') ? phrase : null;
}

/**
 * مطر الكواري الذي قال …، الوزارة التي أكدت …: the noun before a relative
 * pronoun is the cue's subject when the pronoun, the verb and the noun
 * agree (الإدارة … الذي أوضح describes someone else) and the verb takes no
 * pronoun back to it (الاتفاق الذي رحبت به، القرار الذي أعلنه: its object).
 */
function relativeSubject(tokens: Token[], hit: CueHit, reader: PhraseReader, floor: number): SpeakerPhrase | null {
  const i = hit.token, cue = tokens[i]!, next = tokenAt(tokens, i + 1);
  // الذي يعتبر، التي تعتبر: after a relative pronoun اعتبر is mostly the passive "is considered"
  if (hit.form !== 'verb' || PASSIVE_AFTER_RELATIVE.has(hit.lemma) || pronounSuffix(cue) || (next && pronounOnParticle(next.norm) && next.norm.startsWith('ب'))) return null;
  const relative = RELATIVE_FORMS.get(tokens[i - 1]!.norm)!;
  const verb = cueAgreement(cue.norm, hit.lemma, 'verb', hit.present, hit.conjoined);
  if (!agrees(relative, verb)) return null;
  const phrase = reader.phraseEndingBefore(i - 1, floor);
  return phrase && (phrase.type === 'person' || phrase.type === 'anonymous' || phrase.type === 'media') && agrees(relative, phraseAgreement(tokens, phrase)) ? phrase : null;
}

/**
 * ويقول لـ«الاقتصادية» يزيد الرشيد: the medium spoken to may stand between
 * the verb and its subject. Returns the token after it (or `i` when none).
 */
function skipAddressee(tokens: Token[], i: number): number {
  if (normAt(tokens, i) !== 'ل' || normAt(tokens, i + 1) !== '"') return i;
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) if (tokens[k]!.norm === '"') return k > i + 2 ? k + 1 : i;
  return i;
}

/** Verbs whose complement comes with ب: أشاد بجهود …، رحب بالقرار، طالب بالإفراج. */
const BA_COMPLEMENT = new Set(CUES_WITH_BA_COMPLEMENT.map(normalize));
/** Verbs whose complement comes with من: حذر من …. */
const MIN_COMPLEMENT = new Set(CUES_WITH_MIN_COMPLEMENT.map(normalize));

/** The word after such a verb begins with ب: it is the complement (أشاد بجهود أعضاء اللجان), not the subject. */
function complementWithBa(t: Token | undefined, hit: CueHit): boolean {
  return !!t && t.word && hit.form === 'verb' && BA_COMPLEMENT.has(hit.lemma) && t.norm.startsWith('ب') && t.norm.length > 3
    // (not بوش، باراك: a name's own ب)
    && !t.norm.startsWith('بو') && !(t.norm.startsWith('با') && corpusClass(t.norm) === 'name') && !headType(t.norm);
}

const OBJECT_BEFORE_BA = new Set(CUES_WITH_OBJECT_BEFORE_BA.map(normalize));
const THAT_WITH_BA = new Set(BA_THAT_FORMS.map(normalize));
const OBJECT_BEFORE_THAT = new Set(CUES_WITH_OBJECT_BEFORE_THAT.map(normalize));
/**
 * The phrase after a verb that takes an object before its complement ends
 * where that complement begins, so it is the object, and the speaker the
 * one already speaking (unless the verb carries its object already: يصفه
 * جين بأنه …, where جين speaks):
 * - وصف/اتهم: one word, then the ب of their complement (ووصف داركود بأنه …،
 *   ووصف الاتفاق بالناجح، اتهمت دمشق بتنفيذه);
 * - أبلغ/أخبر: the phrase, then their أنّ (وقد أبلغ الأمم المتحدة أنه …).
 */
function objectBeforeComplement(tokens: Token[], phrase: SpeakerPhrase, hit: CueHit): boolean {
  const next = tokenAt(tokens, phrase.last + 1);
  if (!next?.word || carriesObject(tokens[hit.token]!.norm)) return false;
  if (OBJECT_BEFORE_THAT.has(hit.lemma)) return THAT.has(next.norm);
  return OBJECT_BEFORE_BA.has(hit.lemma) && phrase.first === phrase.last
    && (THAT_WITH_BA.has(next.norm) || next.norm.startsWith('بال') || (next.norm.startsWith('ب') && pronounSuffix(next) !== null));
}

/**
 * A verb before its subject agrees with it in gender: after a masculine
 * singular verb a feminine body or place (الحكومة، روسيا) right after it is
 * its object (وحذر روسيا من …، ودعا الحكومة إلى …), and the speaker the one
 * already speaking. Only bodies and places: a person's feminine-looking
 * honorific (سماحة المفتي، جلالة الملك) goes with a masculine verb; and only
 * places without the article, whose gender writers agree on (اليابان، الصين
 * take either verb).
 */
function bodyDisagrees(tokens: Token[], phrase: SpeakerPhrase, hit: CueHit): boolean {
  if (hit.form !== 'verb' || phrase.type === 'person' || phrase.type === 'anonymous' || (phrase.name && phrase.name[0] === phrase.first)) return false;
  const head = tokens[phrase.first]!;
  if (head.definite && !head.taaMarbuta) return false;
  const verb = cueAgreement(tokens[hit.token]!.norm, hit.lemma, 'verb', hit.present, hit.conjoined);
  const subject = phraseAgreement(tokens, phrase);
  return verb.gender === 'm' && verb.plural === false && subject.gender === 'f' && subject.plural === false;
}

const REPORT_OBJECT_CUES = new Set(CUES_WITH_REPORT_OBJECT.map(normalize));
const OBJECTS = new Set(OBJECT_NOUNS.map(normalize));
const RELATIVES = new Set(RELATIVE_PRONOUNS.map(normalize));
const PASSIVE_AFTER_RELATIVE = new Set(CUES_PASSIVE_AFTER_RELATIVE.map(normalize));
/** The gender and number each relative pronoun shows. */
const RELATIVE_FORMS = new Map<string, Agreement>(RELATIVE_PRONOUNS.map((w) => {
  const n = normalize(w);
  return [n, { gender: n === 'التي' || n.startsWith('اللت') ? 'f' : 'm', plural: n !== 'الذي' && n !== 'التي' }];
}));
/** نفى الأنباء، نقل بعض …: after a verb that denies or passes on, a report is its object, not its subject. */
function reportObject(t: Token | undefined, hit: CueHit): boolean {
  return !!t && REPORT_OBJECT_CUES.has(hit.lemma) && OBJECTS.has(t.norm);
}

/** A verb in the plural (قالوا، أكدوا، يقولون): Arabic puts a plural subject after the verb only in the singular verb. */
function pluralVerb(word: string, hit: CueHit): boolean {
  if (hit.form !== 'verb') return false;
  const bare = stripConjunction(word) ?? word;
  // (the plural's ا drops before an object pronoun: رأوه، وصفوها)
  // (the endings compared, not matched by /و(ه|ها|هم)$/, which tries every letter of the word as its start)
  return bare.endsWith('وا') || (hit.present && bare.endsWith('ون')) || (!hit.present && (bare.endsWith('وه') || bare.endsWith('وها') || bare.endsWith('وهم')) && carriesObject(word));
}

/** The subject after a كان before the cue (وكان مسؤولون عراقيون كبار … قد قالوا). */
function kaanaSubject(tokens: Token[], i: number, reader: PhraseReader, floor: number): SpeakerPhrase | null {
  for (let k = i - 1; k >= floor && i - k <= 24; k--) {
    if (KAANA.has(tokens[k]!.norm)) return reader.phraseAt(k + 1);
  }
  return null;
}

/**
 * The topic between أما and the cue written with the ف of its answer (أما
 * الوزير فقال …); not when the verb takes the topic back as its object (أما
 * اللاعب فوصفه …). (A matter, أما عن …، أما بالنسبة لـ…, opens no subject.)
 */
function topicSubject(tokens: Token[], i: number, reader: PhraseReader, floor: number): SpeakerPhrase | null {
  if (carriesObject(tokens[i]!.norm)) return null;
  for (let k = i - 2; k >= floor && i - k <= 24; k--) {
    if (TOPIC.has(tokens[k]!.norm)) return reader.phraseBefore(i, k + 1);
  }
  return null;
}

/** A subject at the start of the sentence, set off by commas before its verb (X، Y، قال إن …). */
function frontedSubject(tokens: Token[], i: number, reader: PhraseReader, floor: number): SpeakerPhrase | null {
  let start = floor;
  while (start < i && isParticle(tokens[start]!.norm)) start++;
  const phrase = reader.phraseAt(start);
  if (!phrase) return null;
  // (the gap read in place, not copied out first)
  for (let k = phrase.last + 1; k < i; k++) if (tokens[k]!.norm !== '،' && tokens[k]!.norm !== ',') return null;
  return phrase;
}

/** Index of the first token of the sentence holding token i. */
function sentenceFloor(doc: Doc, tokens: Token[], i: number): number {
  const start = tokens[i]!.start;
  return tokenAtOrAfter(tokens, spanAt(doc.segments.sentences, start)?.start ?? start, i);
}

/** The draft of a headline of the form `SPEAKER: statement` (جيفري: …، الخارجية الأمريكية لـ SY24: …), or null. */
function headlineDraft(doc: Doc, tokens: Token[], reader: PhraseReader): SpeakerDraft | null {
  const line = doc.segments.lines.find((l) => !l.blank && !inBoilerplate(doc, l.start));
  if (!line) return null;
  let first = tokenAtOrAfter(tokens, line.start);
  if (normAt(tokens, first) === '"') first++; // "الهريفي": …
  let colon = -1;
  for (let k = first; k < tokens.length && k <= first + 8 && tokens[k]!.end <= line.end; k++) if (tokens[k]!.norm === ':') { colon = k; break; }
  if (first >= tokens.length || colon < 0) return null;
  // الصحة: …، الخارجية: …: a headline may name its speaker by a short form the article then gives in full
  // ريبورتاج:، بروفايل:: one word nothing shows to be a name may name a genre, so it counts only as a short form
  const read = reader.phraseAt(first);
  const full = read && !reader.unattestedName(read) ? read : null;
  const phrase = full ?? read ?? reader.shortForm(first, colon);
  if (!phrase || phrase.last < colon - 4 || phrase.last >= colon) return null;
  // تركيا: مقتل 5 شرطيين، مصر: اعتقال …: a place and an event named after it head the news, nobody speaks
  const after = tokenAt(tokens, colon + 1);
  if (reader.isPlace(phrase) && after?.word && !after.definite) return null;
  const cue = { start: tokens[tokenAtOrAfter(tokens, line.start)]!.start, end: tokens[colon]!.end, lemma: ':', form: 'colon' as const };
  return draft(cue, colon, phrase, true, false, { shortForm: !full });
}

/**
 * An attribution phrase is a claim of its own (والزيارة مقررة في 29 يوليو،
 * بحسب مقربين منه) when no reporting verb in its sentence already carries
 * the statement (أعربت … عن ترحيبها، حسب البيان: one claim, the verb's).
 */
function phraseDrafts(doc: Doc, tokens: Token[], verbs: SpeakerDraft[], reader: PhraseReader, skip: (t: Token) => boolean): SpeakerDraft[] {
  const drafts: SpeakerDraft[] = [];
  const phrases = attributionPhrases(doc);
  // (most articles have no attribution phrase: their verbs' sentences are then not looked up)
  if (phrases.length === 0) return drafts;
  const reported = new Set(verbs.map((v) => spanAt(doc.segments.sentences, v.cue.start)));
  for (const p of phrases) {
    const sentence = spanAt(doc.segments.sentences, p.start);
    if (!sentence || reported.has(sentence)) continue;
    let next = tokenAtOrAfter(tokens, p.end);
    if (normAt(tokens, next) === '"') next++; // وبحسب "الفرنسية"
    if (next >= tokens.length || skip(tokens[next]!)) continue;
    // وفقا للشبكة، طبقا لوزارة: the ل of the phrase is written onto the speaker's first word
    const lemma = normalize(doc.text.slice(p.start, p.end));
    const lam = /^(وفقا|ووفقا|طبقا)$/.test(lemma);
    if (lam && normAt(tokens, next) === 'ل') next++; // وفقا لـ المرصد
    const phrase = reader.relayedSource(next) ?? (lam && normAt(tokens, next - 1) !== 'ل' ? reader.phraseAfterLam(next) : reader.phraseAt(next));
    // وفق المبادرة الروسية: "in line with", not "according to" someone. A definite word that reads as no
    // phrase (بحسب الأناضول) may still name a body the article named in full: coreference decides, inheriting no one.
    const bare = !phrase && tokens[next]!.word && tokens[next]!.definite;
    if (!phrase?.known && !bare) continue;
    drafts.push(draft({ start: p.start, end: p.end, lemma, form: 'phrase' }, next - 1, phrase, false, bare));
  }
  return drafts;
}

/** Token index where the attributed content begins (after the cue and its subject). */
function contentStart(tokens: Token[], d: SpeakerDraft): number {
  const i = Math.max(d.token, d.phrase && d.phrase.first > d.token ? d.phrase.last : d.token) + 1;
  for (let k = i; k < tokens.length && k - i < 12; k++) if (COMPLEMENT.has(tokens[k]!.norm)) return k;
  return i;
}

function buildClaim(doc: Doc, tokens: Token[], d: SpeakerDraft, next: SpeakerDraft | undefined, index: number, background: Span[]): Claim {
  const sentence = d.cue.form === 'phrase' ? spanAt(doc.segments.sentences, d.cue.start) : undefined;
  const start = sentence?.start ?? d.cue.start;
  const end = sentence?.end ?? contentEnd(doc, tokens, d, next, background);
  const cueText = doc.text.slice(d.cue.start, d.cue.end);
  return {
    id: `c${index + 1}`,
    speaker: d.speaker!.id,
    cue: { start: d.cue.start, end: d.cue.end, text: cueText, lemma: d.cue.lemma, form: d.cue.form },
    kind: d.headline ? 'headline' : kindOf(doc, tokens, d, end),
    start,
    end,
    date: null,
    dateMention: null,
    speakerMention: d.phrase ? { start: tokens[d.phrase.first]!.start, end: tokens[d.phrase.last]!.end } : null,
  };
}

/** The end of the reported clause: the sentence (or its quotation), cut at background and at the next cue. */
function contentEnd(doc: Doc, tokens: Token[], d: SpeakerDraft, next: SpeakerDraft | undefined, background: Span[]): number {
  const at = d.cue.end;
  const sentence = spanAt(doc.segments.sentences, d.cue.start);
  let end = sentence ? sentence.end : at;
  if (d.headline) return lineEnd(doc, d.cue.start);
  // The next claim begins at its cue, or at its subject when that comes first (SVO) — never before this cue.
  if (next && next.cue.start < end && next.cue.start > at) {
    end = Math.max(at, next.phrase && next.phrase.first < next.token ? tokens[next.phrase.first]!.start : next.cue.start);
  }
  // (the first background span from the cue on, found in place: no list of them is made)
  const marker = background[firstStartingAtOrAfter(background, at)];
  if (marker && marker.start < end) end = marker.start;
  // (the trailing spaces and commas read as codes: a regex test made a string of each character)
  while (end > at && isClauseBreak(doc.text.charCodeAt(end - 1))) end--;
  return end;
}

function lineEnd(doc: Doc, offset: number): number {
  return spanAt(doc.segments.lines, offset)?.end ?? doc.text.length;
}

/** Direct when a verbatim quotation of several words opens soon after the cue and its subject. */
function kindOf(doc: Doc, tokens: Token[], d: SpeakerDraft, end: number): ClaimKind {
  const from = contentStart(tokens, d);
  // وأعلنت «جبهة التحرير» …: the quotation marks around the subject open no quotation of what was said
  const p = d.phrase;
  const after = p && p.first - 1 > d.token && tokens[p.first - 1]!.norm === '"' ? p.last + 2 : d.token + 1;
  const first = tokens[Math.max(after, from - 12)];
  if (!first) return 'indirect';
  // the quotations that open at a token from there on (looked up at once, not token by token)
  const quotes = doc.segments.quotes;
  // (walked in place from the first one, not copied out into a list)
  for (let j = firstStartingAtOrAfter(quotes, first.start); j < quotes.length && quotes[j]!.start < end; j++) {
    const q = quotes[j]!;
    const k = tokenAtOrAfter(tokens, q.start);
    // more than 8 words on, this quotation opens too far, and so does every later one: the walk stops
    if (wordsBetween(tokens, from, k, MAX_WORDS_BEFORE_QUOTE + 1) > MAX_WORDS_BEFORE_QUOTE) break;
    if (tokenAt(tokens, k)?.start !== q.start) continue;
    // (a quotation's words counted up to the three asked for, not to its end)
    if (whiteSpacePieces(doc.text, q.start, q.end, MIN_QUOTED_WORDS) >= MIN_QUOTED_WORDS) return 'direct';
  }
  return 'indirect';
}

/** Words a direct claim's quotation may open after the start of what is attributed. */
const MAX_WORDS_BEFORE_QUOTE = 8;
/** Words a quotation needs to make its claim direct. */
const MIN_QUOTED_WORDS = 3;

/** The words among tokens [a, b), counted up to `max`. */
function wordsBetween(tokens: Token[], a: number, b: number, max: number): number {
  let n = 0;
  for (let k = a; k < b && n < max; k++) if (tokens[k]!.word) n++;
  return n;
}
