// Coreference inside one article (GUIDELINES §2, §3): which claim subjects
// are the same speaker. Each claim's subject phrase becomes a mention; the
// registry (speakers.ts) joins mentions to speakers; a cue with no subject
// takes the previous speaker.
import type { Claim, Speaker, SpeakerType } from '../model.js';
import { agrees, cueAgreement, phraseAgreement, UNKNOWN, type Agreement } from './agreement.js';
import { cliticOnCommon } from './clitics.js';
import { cueForm } from './cues.js';
import { corpusClass } from './name-evidence.js';
import { countryOf } from './nisba.js';
import { headType, unprefixed } from './speaker-phrase.js';
import { joinHeadlineToLead } from './headline-lead.js';
import { normalize } from '../text/normalize.js';
import { NAME_PARTICLES } from '../lexicon/speakers.js';
import { APPOSITION_BREAKS, SAME_WORDS, SURNAME_TITLES, TITLE_LINKS } from '../lexicon/coreference.js';
import type { Doc } from './doc.js';
import type { PhraseReader, SpeakerPhrase } from './speaker-phrase.js';
import { nameLike, type Mention, type SpeakerRegistry } from './speakers.js';
import { normAt, tokenAt, type Token } from './tokens.js';

/** What the claims pass knows of a cue when its speaker is resolved. */
export interface SpeakerDraft {
  cue: { start: number; end: number; lemma: string; form: Claim['cue']['form'] };
  /** Token index of the cue (or of the headline colon). */
  token: number;
  phrase: SpeakerPhrase | null;
  headline: boolean;
  /** A cue inside a sentence whose subject could not be read: it inherits no one. */
  orphan: boolean;
  /** A headline's short form (الصحة:) read only for the speaker it names in the article: alone it is no claim. */
  shortForm?: boolean;
  /** Said inside another's report (… أن أحد أبنائه أبلغه …): its speaker is no antecedent for the cues after it. */
  embedded?: boolean;
  speaker?: Speaker;
}

/**
 * Resolves each draft's speaker. Named speakers first, so that a title used
 * before the name (مبعوث أمريكي يكشف … أكد المبعوث …، إيان مكاري) still
 * joins the person; then titles and inherited subjects in reading order;
 * colon headlines last, as they abbreviate.
 */
export function resolveSpeakers(doc: Doc, tokens: Token[], drafts: SpeakerDraft[], registry: SpeakerRegistry, reader: PhraseReader): void {
  // (no cue, nothing to resolve: and the empty array, of another elements kind, would deopt each loop below)
  if (drafts.length === 0) return;
  // (most articles' drafts come in order already: sorting them anyway copied the array and called the comparator)
  if (!inOrder(drafts)) drafts.sort((a, b) => a.cue.start - b.cue.start);
  // each draft's mention at the draft's index (the drafts are distinct objects: no map from them needed)
  // (pushed onto a literal, not made by map: map's arrays come in more elements kinds, each a deopt where it is read)
  const mentions: (Mention | null)[] = [];
  for (const d of drafts) mentions.push(mentionOf(doc, tokens, d, reader));
  drafts.forEach((d, k) => {
    const m = mentions[k];
    if (m?.hasName && !d.headline) d.speaker = registry.resolve(m);
  });
  const features = new Features();
  const before: SpeakerDraft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.headline) continue;
    const m = mentions[k];
    const agreement = cueAgreementOf(tokens, d);
    if (!d.speaker) d.speaker = m ? registry.resolve(m) : bodyByLastWord(tokens, d, before) ?? (d.orphan ? undefined : antecedent(before, agreement, features));
    if (!d.speaker) continue;
    if (d.phrase) features.learn(d.speaker.id, tokens, d, agreement);
    if (!d.embedded) before.push(d);
  }
  drafts.forEach((d, k) => {
    const m = mentions[k];
    if (d.headline && m) d.speaker = registry.resolve(m);
  });
  joinNameEnds(doc, tokens, drafts, registry);
  nameAfterTitle(doc, tokens, drafts, registry, features);
  joinHeadlineToLead(doc, tokens, drafts, registry);
  for (const d of drafts) if (d.speaker) d.speaker = registry.current(d.speaker);
}

/** The drafts are sorted by their cues' starts (the order a stable sort keeps). */
function inOrder(drafts: SpeakerDraft[]): boolean {
  for (let k = 1; k < drafts.length; k++) if (drafts[k]!.cue.start < drafts[k - 1]!.cue.start) return false;
  return true;
}

/** A word that may end a name: see nameLike; and not written as an accusative (ممازحًا). */
function nameWord(t: Token): boolean {
  return t.word && !t.accusative && nameLike(t.norm);
}

/**
 * A name the article writes on, right after where its reading stopped, with
 * the one word another speaker is named by (المهندس محمد بن عبد الهادي
 * العمري … وبيّن العمري): that word ends the name, and both are one person.
 */
function joinNameEnds(doc: Doc, tokens: Token[], drafts: SpeakerDraft[], registry: SpeakerRegistry): void {
  for (const d of drafts) {
    const range = d.phrase?.name;
    // (bounds tested, tokenAt: a read past the last token deopts)
    const next = range ? tokenAt(tokens, range[1] + 1) : undefined;
    if (!range || !d.speaker || !next || d.phrase!.type !== 'person') continue;
    // (the person named by that word first: most words after a name are no one's name, and nameWord asks the corpora)
    const other = registry.personByOneWord(next.norm);
    if (!other || !nameWord(next) || registry.current(other) === registry.current(d.speaker)) continue;
    registry.merge(other, d.speaker);
    registry.rename(d.speaker, doc.text.slice(tokens[range[0]]!.start, next.end));
  }
}

/**
 * The name a title-only subject is given further on in its clause, after a
 * rank or degree (وكيل وزارة الزراعة والمتحدث الرسمي باسمها المهندس جابر
 * الشهري؛ المتحدث الإعلامي بالدفاع المدني بمنطقة نجران، المقدم علي …):
 * before أن، a colon, a quotation or a cue, and not past a preposition that
 * brings in someone else (مع، عن) or a person the title belongs to (باسم
 * الوزير، لرئيس الوزراء).
 */
function appositiveName(tokens: Token[], p: SpeakerPhrase, reader: PhraseReader): { name: [number, number]; role: number } | null {
  for (let k = p.last + 1; k < tokens.length && k - p.last <= MAX_APPOSITION; k++) {
    const t = tokens[k]!;
    if (t.norm === '،' || t.norm === ',') continue;
    if (!t.word || APPOSITION_STOPS.has(t.norm) || cueForm(t.norm)) return null;
    const owner = t.norm.startsWith('ل') ? unprefixed(t.norm) : '';
    if ((owner && headType(owner) === 'person') || (t.norm === 'باسم' && headType(normAt(tokens, k + 1)) === 'person')) return null;
    if (!RANKS.has(t.norm)) continue;
    const found = reader.phraseAt(k);
    if (!found?.name || found.name[0] <= k) return null;
    let role = k - 1;
    while (role > p.last && !tokens[role]!.word) role--;
    return { name: found.name, role };
  }
  return null;
}
const MAX_APPOSITION = 10;
const APPOSITION_STOPS = new Set(APPOSITION_BREAKS.map(normalize));
const RANKS = new Set(SURNAME_TITLES.map(normalize));

/** لـ«الاقتصادية»، للصحافيين، لوكالة: whom a statement is made to. */
function addressee(word: string): boolean {
  if (!word.startsWith('ل') || word.length < 4) return false;
  const type = headType(unprefixed(word));
  return type === 'media' || type === 'anonymous';
}

/** The text of a token range; `preposition` letters (ل، لل) of its first word left out (لمكتب → مكتب، للبحرية → البحرية). */
function phraseText(doc: Doc, tokens: Token[], range: [number, number], preposition = 0): string {
  // (a name written as a hashtag, #محمد_الجدعان, is shown with the spaces its _ stand for)
  const raw = doc.text.slice(tokens[range[0]]!.start, tokens[range[1]]!.end);
  const text = raw.includes('_') ? raw.replace(/_/g, ' ') : raw;
  if (!preposition) return text;
  const rest = text.replace(/^[\u0644][\u064B-\u065F\u0670]*/, '');
  return preposition === 2 ? 'ا' + rest : rest;
}

function mentionOf(doc: Doc, tokens: Token[], d: SpeakerDraft, reader: PhraseReader): Mention | null {
  const p = d.phrase;
  if (!p) return null;
  // one person's title (not مسؤولون سعوديون) and the name given further on
  const one = !p.name && (p.type === 'person' || p.type === 'anonymous') && phraseAgreement(tokens, p).plural !== true;
  const apposed = one ? appositiveName(tokens, p, reader) : null;
  if (apposed) {
    const role = doc.text.slice(tokens[p.first]!.start, tokens[apposed.role]!.end);
    return {
      name: phraseText(doc, tokens, apposed.name), role, aliases: [], type: 'person', hasName: true,
      span: { start: tokens[p.first]!.start, end: tokens[apposed.name[1]]!.end }, headline: d.headline,
    };
  }
  const introduced = introducedSource(tokens, p, reader);
  if (introduced) {
    // (لمجلس الذهب العالمي: read without its ل, and shown so)
    const name = phraseText(doc, tokens, [introduced.first, introduced.last], introduced.preposition);
    const said = phraseText(doc, tokens, [p.first, p.last]);
    return {
      name, role: p.type === 'anonymous' ? name : null, aliases: [said], type: p.type, hasName: false,
      span: { start: tokens[p.first]!.start, end: tokens[p.last]!.end }, headline: d.headline,
    };
  }
  // وفقا لمنديز، طبقا لوزارة الصحة: the ل the phrase was read without belongs to none of its parts
  const text = (r: [number, number]) => phraseText(doc, tokens, r, r[0] === p.first ? p.preposition : 0);
  // نجيب رزاق للصحافيين: the audience written after a name is no title of it
  // (filtered only after a name: a title alone keeps all its roles)
  // (pushed onto a literal, not made by filter and map, whose arrays come in more elements kinds: deopts where read)
  const roles: string[] = [];
  for (const r of p.roles) if (!p.name || !addressee(tokens[r[0]]!.norm)) roles.push(text(r));
  const full = p.name && p.name[0] === p.name[1] ? fullNameBefore(tokens, p.name[0], reader) : null;
  const name = full ? phraseText(doc, tokens, full) : p.name ? text(p.name) : roles[0] ?? '';
  const named = !!p.name;
  return {
    name,
    role: named ? roles.join('، ') || null : p.type === 'person' || p.type === 'anonymous' ? name : null,
    aliases: otherForms(full ? text(p.name!) : null, named ? [] : roles, p.aliases, text),
    type: p.type,
    hasName: named,
    span: { start: tokens[p.first]!.start, end: tokens[p.last]!.end },
    headline: d.headline,
  };
}

/** A mention's other forms, in order: the name as first read, titles after the first, aliases (no spread arrays). */
function otherForms(first: string | null, roles: string[], aliases: [number, number][], text: (r: [number, number]) => string): string[] {
  const out: string[] = [];
  if (first !== null) out.push(first);
  for (let k = 1; k < roles.length; k++) out.push(roles[k]!);
  for (const a of aliases) out.push(text(a));
  return out;
}

/**
 * … تزوج من مذيعة التلفزيون كاثي لي جيفورد … وكتبت كاثي: a person named
 * by one word the article wrote before as the first of a full name, in any
 * role (not only a speaker's), is that person. The full name, nearest before.
 */
function fullNameBefore(tokens: Token[], at: number, reader: PhraseReader): [number, number] | null {
  const word = tokens[at]!.norm;
  for (let k = at - 1; k >= 0; k--) {
    // (the word after it must read as a name too: asked first, it spares reading the phrase at most places)
    if (tokens[k]!.norm !== word || !restIsName(tokens, k + 1, k + 1)) continue;
    const found = reader.phraseAt(k);
    // the rest must read as a name by the corpora (not ترامب تراجعت، بوتين أكثر)
    if (found?.name && found.name[0] === k && found.name[1] > k && restIsName(tokens, k + 1, found.name[1])) return found.name;
  }
  return null;
}

function restIsName(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const w = tokens[j]!.norm;
    // وأوباما، ومستشاريه: a second person or thing joined by و (وليد، وائل are names of their own)
    const joined = w.startsWith('و') && corpusClass(w.slice(1)) !== 'rare';
    if (joined || (!NAME_LINKS.has(w) && corpusClass(w) !== 'name' && !(tokens[j]!.definite && corpusClass(w) === 'rare' && w.endsWith('ي')))) return false;
  }
  return true;
}

/**
 * وكالة أنباء الأناضول … وذكرت الأناضول، بحسب الأناضول: a body named in
 * full before is named again by the last word of its name, with the
 * article; the word alone reads as no phrase.
 */
function bodyByLastWord(tokens: Token[], d: SpeakerDraft, before: SpeakerDraft[]): Speaker | undefined {
  const t = tokenAt(tokens, d.token + 1);
  if (!t?.word || !t.definite || d.cue.form === 'participle') return undefined;
  for (let k = before.length - 1; k >= 0; k--) {
    const s = before[k]!.speaker!;
    // the type first: a name is split only for a body, not for every earlier speaker
    if (s.type !== 'media' && s.type !== 'organization') continue;
    const words = normalize(s.name).split(/\s+/);
    if (words.length > 1 && words[words.length - 1] === t.norm) return s;
  }
  return undefined;
}

/**
 * المصادر ذاتها، المصدر، الوزارة: a bare definite source or body refers
 * back to the one the article brought in without the article (… نقلا عن
 * مصادر أمنية مطلعة; … فرع وزارة الإسكان … وأكدت الوزارة), whether or not
 * that one was a claim's subject: the nearest earlier phrase with the same
 * head, in the same number, described further.
 */
function introducedSource(tokens: Token[], p: SpeakerPhrase, reader: PhraseReader): SpeakerPhrase | null {
  const head = tokens[p.first]!;
  if (!INTRODUCED_KINDS.has(p.type) || p.name || !head.definite || !head.norm.startsWith('ال')) return null;
  if (p.last !== p.first && !(p.last === p.first + 1 && SAME.has(tokens[p.last]!.norm))) return null;
  const bare = head.norm.slice(2);
  // the article wrote the definite form before (الإدارة العامة … وأشارت الإدارة): that one, as the registry joins it
  // (looked for from the phrase back: the nearest one ends the scan, where one from the start read all before it)
  for (let k = p.first - 1; k >= 0; k--) if (tokens[k]!.norm === head.norm) return null;
  for (let k = p.first - 1; k >= 0; k--) {
    // مصادر، وزارة، لوزارة، بوزارة: the same head, maybe after a preposition
    const w = tokens[k]!.norm;
    if (w !== bare && !(w.length === bare.length + 1 && /^[لبو]/.test(w) && w.slice(1) === bare)) continue;
    const found = reader.phraseAt(k);
    const own = found && (found.first === k || found.preposition) ? found : w !== bare ? reader.phraseAfterLam(k) : null;
    if (own && own.last > k && own.type === p.type && !own.name) return own;
  }
  return null;
}
const SAME = new Set(SAME_WORDS.map(normalize));
const INTRODUCED_KINDS = new Set<SpeakerType>(['anonymous', 'organization', 'media']);

/** What the cue's form shows of its subject (nothing for an attribution phrase or a headline colon). */
function cueAgreementOf(tokens: Token[], d: SpeakerDraft): Agreement {
  if (d.cue.form !== 'verb' && d.cue.form !== 'participle') return UNKNOWN;
  const word = tokens[d.token]!.norm;
  const known = CUE_AGREEMENTS.get(word);
  if (known) return known;
  const f = cueForm(word);
  if (!f) return UNKNOWN;
  const agreement = cueAgreement(word, f.lemma, f.form, f.present, f.conjoined);
  CUE_AGREEMENTS.set(word, agreement);
  return agreement;
}
/**
 * What each cue word shows, by the word: every cue of every article asked
 * for its form and agreement again. Only words that are cues are kept, so
 * the map is bounded by the lexicon's written forms.
 */
const CUE_AGREEMENTS = new Map<string, Agreement>();

/**
 * The speaker a cue with no subject refers back to: the previous one when
 * they agree (وأضاف after a man, وأضافت after a ministry), else the nearest
 * one before it that does; none when no one does.
 */
function antecedent(before: SpeakerDraft[], agreement: Agreement, features: Features): Speaker | undefined {
  // (the speakers asked so far, at most three: an array, not a Set made for each cue)
  const seen: Speaker[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const s = before[k]!.speaker!;
    if (seen.includes(s)) continue;
    seen.push(s);
    if (agrees(agreement, features.of(s.id))) return s;
    if (seen.length >= MAX_ANTECEDENTS) break;
  }
  return undefined;
}
const MAX_ANTECEDENTS = 3;

/**
 * Gender and number of each speaker, from the verbs that name it as their
 * subject (قالت رشا …: a woman) and from its phrase's head (الوزارة،
 * المسؤولون). A verb before its subject agrees in gender only (قال مسؤولون).
 */
class Features {
  /**
   * Per speaker, what was seen, as bits: the verbs' genders and the heads'
   * (1: m, 2: f), the numbers (1: one, 2: more). Bits, not three sets a speaker.
   */
  private readonly evidence = new Map<string, { verb: number; head: number; number: number }>();

  learn(id: string, tokens: Token[], d: SpeakerDraft, verb: Agreement): void {
    const p = d.phrase!;
    let e = this.evidence.get(id);
    if (!e) this.evidence.set(id, (e = { verb: 0, head: 0, number: 0 }));
    const head = phraseAgreement(tokens, p);
    e.verb |= genderBit(verb.gender);
    e.head |= genderBit(head.gender);
    const subjectFirst = p.first < d.token;
    const number = subjectFirst && verb.plural !== null ? verb.plural : head.plural;
    if (number !== null) e.number |= number ? 2 : 1;
  }

  of(id: string): Agreement {
    const e = this.evidence.get(id);
    if (!e) return UNKNOWN;
    const genders = e.verb ? e.verb : e.head;
    // (one gender or one number seen: that one; both or none: not known)
    return { gender: genders === 1 ? 'm' : genders === 2 ? 'f' : null, plural: e.number === 1 ? false : e.number === 2 ? true : null };
  }
}

const genderBit = (g: Agreement['gender']): number => (g === 'm' ? 1 : g === 'f' ? 2 : 0);

/**
 * A person introduced by title alone and named by the next speaker the
 * article introduces: أعلن رئيس الوزراء الماليزي … وقال نجيب رزاق (a name
 * with no title of its own stands for the title before it); قال وزير كويتي
 * … وقال وزير الدولة … الشيخ محمد (an indefinite title, then the same head
 * with the name).
 */
function nameAfterTitle(doc: Doc, tokens: Token[], drafts: SpeakerDraft[], registry: SpeakerRegistry, features: Features): void {
  // (most articles quote no person by title alone: then no title waits for a name, and the firsts, the
  // last drafts and the sentences' starts are not gathered for nothing)
  if (!drafts.some((d) => !d.headline && d.speaker && titleOnly(registry, d.speaker))) return;
  const sentence = sentenceIndex(doc);
  const firsts: SpeakerDraft[] = [];
  /** The last draft of each speaker before the next speaker was introduced. */
  const lastBefore = new Map<string, SpeakerDraft>();
  const seen = new Set<string>();
  for (const d of drafts) {
    if (d.headline || !d.speaker) continue;
    const s = registry.current(d.speaker);
    if (d.phrase && !seen.has(s.id)) {
      seen.add(s.id);
      firsts.push(d);
    }
    if (firsts.length && registry.current(firsts[firsts.length - 1]!.speaker!) === s) lastBefore.set(s.id, d);
  }
  for (let k = 0; k + 1 < firsts.length; k++) {
    const title = registry.current(firsts[k]!.speaker!), next = firsts[k + 1]!, person = registry.current(next.speaker!);
    if (!titleOnly(registry, title) || person.type !== 'person' || !registry.named(person)) continue;
    // the name comes in the sentence after the title's last statement, and reads as a name (not لكن، ينام)
    const last = lastBefore.get(title.id) ?? firsts[k]!;
    if (sentence(next.cue.start) - sentence(last.cue.start) > 1 || !nameText(person.name)) continue;
    // a person the text names before this statement (… الرئيس دونالد ترامب … وقال ترامب) was introduced on its own
    if (namedBefore(tokens, person.name, tokens[next.phrase!.first]!.start)) continue;
    if (!agrees(features.of(firsts[k]!.speaker!.id), features.of(next.speaker!.id))) continue; // قائد الجيش … قالت
    const indefinite = indefiniteTitle(tokens, firsts[k]!.phrase!.first);
    // a name with no title stands for the title only when given in full (نجيب رزاق, not سول)
    const bare = !titled(person.role) && normalize(person.name).split(/\s+/).length >= 2;
    if (indefinite ? sameOffice(title.name, person.role) : bare) registry.merge(title, person);
  }
}

/** A person the article has given by a title alone so far. */
function titleOnly(registry: SpeakerRegistry, s: Speaker): boolean {
  const current = registry.current(s);
  return current.type === 'person' && !registry.named(current);
}

/**
 * A title that names no particular office (وزير كويتي، مسؤول في الوزارة،
 * جنرال منشق): its head has no article and no genitive after it, only an
 * adjective or a preposition. رئيس إقليم كردستان is definite by its genitive.
 */
function indefiniteTitle(tokens: Token[], head: number): boolean {
  const t = tokens[head]!, next = tokenAt(tokens, head + 1);
  if (t.definite) return false;
  if (!next?.word) return true;
  return !next.definite && (/(ي|يه|يون|يين)$/.test(next.norm) || next.norm.startsWith('م') || LINK_WORDS.has(next.norm));
}
const LINK_WORDS = new Set(TITLE_LINKS.map(normalize));

/** The last word of `name` is written somewhere before `offset`. */
function namedBefore(tokens: Token[], name: string, offset: number): boolean {
  const last = normalize(name).split(/\s+/).pop()!;
  for (let i = 0; i < tokens.length && tokens[i]!.start < offset; i++) {
    const w = tokens[i]!.norm;
    if (w === last || (w.length > last.length && w.endsWith(last) && /^[وبلف]$|^(ال|لل|وال|بال)$/.test(w.slice(0, w.length - last.length)))) return true;
  }
  return false;
}

/** The index of the sentence holding an offset. */
function sentenceIndex(doc: Doc): (offset: number) => number {
  const starts = doc.segments.sentences.map((s) => s.start);
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * The name reads as one: each word a name (nameLike), or a common word as a
 * surname after a first name the corpora know as one (نجيب رزاق); not
 * لحساباتنا فإن احتياجات، عملي الفني.
 */
function nameText(name: string): boolean {
  const words = normalize(name).split(/\s+/).filter((w) => !NAME_LINKS.has(w));
  const first = corpusClass(words[0] ?? '') === 'name';
  return words.every((w, k) => nameLike(w)
    || (k > 0 && first && w.length > 3 && corpusClass(w) === 'common' && !cliticOnCommon(w) && !(w.startsWith('م') && w.endsWith('ا'))));
}
const NAME_LINKS = new Set(NAME_PARTICLES.map(normalize));

const bareWord = (w: string) => w.replace(/^(وال|بال|لل|ال)/, '');
const titleWords = (s: string | null) => (s ? normalize(s).split(/[\s،,]+/).filter(Boolean).map(bareWord) : []);

/** The role names an office (وزير، مدير), not an addressee or a place read along with the name. */
function titled(role: string | null): boolean {
  const first = titleWords(role)[0];
  return !!first && (headType(first) === 'person' || headType('ال' + first) === 'person');
}

/** وزير كويتي ~ وزير الدولة لشؤون مجلس الوزراء: the same head, and no other country. */
function sameOffice(title: string, role: string | null): boolean {
  const t = titleWords(title), r = titleWords(role);
  if (!t.length || !r.length || t[0] !== r[0]) return false;
  const countries = (ws: string[]) => new Set(ws.map(countryOf).filter(Boolean));
  const [a, b] = [countries(t), countries(r)];
  return !a.size || !b.size || [...a].some((c) => b.has(c));
}
