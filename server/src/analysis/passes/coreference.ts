// Coreference inside one article (GUIDELINES §2, §3): which claim subjects
// are the same speaker. Each claim's subject phrase becomes a mention; the
// registry (speakers.ts) joins mentions to speakers; a cue with no subject
// takes the previous speaker.
import type { Claim, Speaker } from '../model.js';
import { agrees, cueAgreement, phraseAgreement, UNKNOWN, type Agreement } from './agreement.js';
import { cueForm } from './cues.js';
import type { Doc } from './doc.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { nameLike, type Mention, type SpeakerRegistry } from './speakers.js';
import type { Token } from './tokens.js';

/** What the claims pass knows of a cue when its speaker is resolved. */
export interface SpeakerDraft {
  cue: { start: number; end: number; lemma: string; form: Claim['cue']['form'] };
  /** Token index of the cue (or of the headline colon). */
  token: number;
  phrase: SpeakerPhrase | null;
  headline: boolean;
  /** A cue inside a sentence whose subject could not be read: it inherits no one. */
  orphan: boolean;
  speaker?: Speaker;
}

/**
 * Resolves each draft's speaker. Named speakers first, so that a title used
 * before the name (مبعوث أمريكي يكشف … أكد المبعوث …، إيان مكاري) still
 * joins the person; then titles and inherited subjects in reading order;
 * colon headlines last, as they abbreviate.
 */
export function resolveSpeakers(doc: Doc, tokens: Token[], drafts: SpeakerDraft[], registry: SpeakerRegistry): void {
  drafts.sort((a, b) => a.cue.start - b.cue.start);
  const mentions = new Map(drafts.map((d) => [d, mentionOf(doc, tokens, d)]));
  for (const d of drafts) {
    const m = mentions.get(d);
    if (m?.hasName && !d.headline) d.speaker = registry.resolve(m);
  }
  const features = new Features();
  const before: SpeakerDraft[] = [];
  for (const d of drafts) {
    if (d.headline) continue;
    const m = mentions.get(d);
    const agreement = cueAgreementOf(tokens, d);
    if (!d.speaker) d.speaker = m ? registry.resolve(m) : d.orphan ? undefined : antecedent(before, agreement, features);
    if (!d.speaker) continue;
    if (d.phrase) features.learn(d.speaker.id, tokens, d, agreement);
    before.push(d);
  }
  for (const d of drafts.filter((x) => x.headline)) {
    const m = mentions.get(d);
    if (m) d.speaker = registry.resolve(m);
  }
  joinNameEnds(doc, tokens, drafts, registry);
  for (const d of drafts) if (d.speaker) d.speaker = registry.current(d.speaker);
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
    const next = range ? tokens[range[1] + 1] : undefined;
    if (!range || !d.speaker || !next || !nameWord(next) || d.phrase!.type !== 'person') continue;
    const other = registry.personByOneWord(next.norm);
    if (!other || registry.current(other) === registry.current(d.speaker)) continue;
    registry.merge(other, d.speaker);
    registry.rename(d.speaker, doc.text.slice(tokens[range[0]]!.start, next.end));
  }
}

/** The text of a token range; `preposition` letters (ل، لل) of its first word left out (لمكتب → مكتب، للبحرية → البحرية). */
function phraseText(doc: Doc, tokens: Token[], range: [number, number], preposition = 0): string {
  const text = doc.text.slice(tokens[range[0]]!.start, tokens[range[1]]!.end);
  if (!preposition) return text;
  const rest = text.replace(/^[\u0644][\u064B-\u065F\u0670]*/, '');
  return preposition === 2 ? 'ا' + rest : rest;
}

function mentionOf(doc: Doc, tokens: Token[], d: SpeakerDraft): Mention | null {
  const p = d.phrase;
  if (!p) return null;
  const roles = p.roles.map((r, k) => phraseText(doc, tokens, r, k === 0 && r[0] === p.first ? p.preposition : 0));
  const name = p.name ? phraseText(doc, tokens, p.name) : roles[0] ?? '';
  const named = !!p.name;
  return {
    name,
    role: named ? roles.join('، ') || null : p.type === 'person' || p.type === 'anonymous' ? name : null,
    aliases: [...(named ? [] : roles.slice(1)), ...p.aliases.map((a) => phraseText(doc, tokens, a))],
    type: p.type,
    hasName: named,
    span: { start: tokens[p.first]!.start, end: tokens[p.last]!.end },
    headline: d.headline,
  };
}

/** What the cue's form shows of its subject (nothing for an attribution phrase or a headline colon). */
function cueAgreementOf(tokens: Token[], d: SpeakerDraft): Agreement {
  if (d.cue.form !== 'verb' && d.cue.form !== 'participle') return UNKNOWN;
  const word = tokens[d.token]!.norm;
  const f = cueForm(word);
  return f ? cueAgreement(word, f.lemma, f.form, f.present, f.conjoined) : UNKNOWN;
}

/**
 * The speaker a cue with no subject refers back to: the previous one when
 * they agree (وأضاف after a man, وأضافت after a ministry), else the nearest
 * one before it that does; none when no one does.
 */
function antecedent(before: SpeakerDraft[], agreement: Agreement, features: Features): Speaker | undefined {
  const seen = new Set<string>();
  for (let k = before.length - 1; k >= 0; k--) {
    const s = before[k]!.speaker!;
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    if (agrees(agreement, features.of(s.id))) return s;
    if (seen.size >= MAX_ANTECEDENTS) break;
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
  private readonly evidence = new Map<string, { verb: Set<string>; head: Set<string>; number: Set<boolean> }>();

  learn(id: string, tokens: Token[], d: SpeakerDraft, verb: Agreement): void {
    const p = d.phrase!;
    let e = this.evidence.get(id);
    if (!e) this.evidence.set(id, (e = { verb: new Set(), head: new Set(), number: new Set() }));
    const head = phraseAgreement(tokens, p);
    if (verb.gender) e.verb.add(verb.gender);
    if (head.gender) e.head.add(head.gender);
    const subjectFirst = p.first < d.token;
    const number = subjectFirst && verb.plural !== null ? verb.plural : head.plural;
    if (number !== null) e.number.add(number);
  }

  of(id: string): Agreement {
    const e = this.evidence.get(id);
    if (!e) return UNKNOWN;
    const genders = e.verb.size ? e.verb : e.head;
    return { gender: genders.size === 1 ? ([...genders][0] as 'm' | 'f') : null, plural: e.number.size === 1 ? [...e.number][0]! : null };
  }
}
