// Coreference inside one article (GUIDELINES §2, §3): which claim subjects
// are the same speaker. Each claim's subject phrase becomes a mention; the
// registry (speakers.ts) joins mentions to speakers; a cue with no subject
// takes the previous speaker.
import type { Claim, Speaker } from '../model.js';
import type { Doc } from './doc.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import type { Mention, SpeakerRegistry } from './speakers.js';
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
  let previous: Speaker | undefined;
  for (const d of drafts) {
    if (d.headline) continue;
    const m = mentions.get(d);
    if (!d.speaker) d.speaker = m ? registry.resolve(m) : d.orphan ? undefined : previous;
    if (d.speaker) previous = d.speaker;
  }
  for (const d of drafts.filter((x) => x.headline)) {
    const m = mentions.get(d);
    if (m) d.speaker = registry.resolve(m);
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
