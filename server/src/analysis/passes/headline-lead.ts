// A colon headline that restates the lead (GUIDELINES §2: aliases). News
// sites headline a statement by the country or body it speaks for and give
// the speaker in the first sentence: «الكويت: الخلاف مع السعودية فني» over
// «قال وزير كويتي … إن خلاف بلاده مع السعودية … فني»; «الأمم المتحدة: 224
// ألف مهاجر …» over «أعلنت المفوضية العليا لشؤون اللاجئين أن نحو 224 ألف
// …». The headline's speaker is then another form of the lead's.
import { spanAt, type Doc } from './doc.js';
import type { Speaker } from '../model.js';
import { normalize } from '../text/normalize.js';
import { phraseAgreement } from './agreement.js';
import { withoutArticle, stripConjunction } from './clitics.js';
import type { SpeakerDraft } from './coreference.js';
import { countryOf } from './nisba.js';
import { PLACE_NAME_SET } from './place-names.js';
import type { SpeakerRegistry } from './speakers.js';
import { tokenAtOrAfter, type Token } from './tokens.js';

/** Content words (or numbers) the headline and the lead's sentence must share. */
const MIN_SHARED = 3;
/** Shorter words are mostly particles and prepositions (في، مع، على، إلى). */
const MIN_LETTERS = 4;

/**
 * Joins the headline's speaker to the speaker of the first claim of the body
 * when the headline names no person, nobody else in the body is that
 * speaker, and the headline's words after the colon come back in the lead's
 * sentence.
 */
export function joinHeadlineToLead(doc: Doc, tokens: Token[], drafts: SpeakerDraft[], registry: SpeakerRegistry): void {
  const headline = drafts.find((d) => d.headline && d.speaker);
  const lead = drafts.find((d) => !d.headline && d.speaker);
  if (!headline || !lead) return;
  const h = registry.current(headline.speaker!), l = registry.current(lead.speaker!);
  // a person the headline names (لافروف:) is joined by name, if at all; a title alone (خبير فلكي:) may be the lead's
  if (h === l || (h.type === 'person' && registry.named(h))) return;
  if (drafts.some((d) => !d.headline && d.speaker && registry.current(d.speaker) === h)) return;
  // محلل: … over «أعلن المصرف المركزي …»: a title is a person, not the body that speaks first
  if (people(h) && !people(l)) return;
  if (!sameNumber(tokens, headline, lead) || !speaksFor(h, l)) return;
  // one unknown word (بوروندي: …، الجاسر: …) may be a place or a surname: only a word of the lead's speaker tells
  if (headline.shortForm && !sharesWord(h, l)) return;
  const said = contentWords(tokens, headline.token + 1, (t) => t.line === tokens[headline.token]!.line);
  const sentence = spanAt(doc.segments.sentences, lead.cue.start);
  if (!sentence) return;
  const restated = contentWords(tokens, tokenAtOrAfter(tokens, sentence.start), (t) => t.end <= sentence.end);
  let shared = 0;
  for (const w of said) if (restated.has(w)) shared++;
  if (shared >= MIN_SHARED) registry.alias(h, l);
}

/** The words from token `from` while `within` holds, without their clitics (والحقول → حقول). */
function contentWords(tokens: Token[], from: number, within: (t: Token) => boolean): Set<string> {
  const words = new Set<string>();
  for (let i = from; i < tokens.length && within(tokens[i]!); i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') { words.add(t.norm); continue; }
    if (!t.word) continue;
    const bare = withoutArticle(t.norm) ?? stripConjunction(t.norm, MIN_LETTERS) ?? t.norm;
    if (bare.length >= MIN_LETTERS) words.add(bare);
  }
  return words;
}

const people = (s: Speaker): boolean => s.type === 'person' || s.type === 'anonymous';

/** سفراء: over «قال السفير …» is several people, not the one who speaks first. */
function sameNumber(tokens: Token[], headline: SpeakerDraft, lead: SpeakerDraft): boolean {
  if (!headline.phrase || !lead.phrase) return true;
  const [a, b] = [phraseAgreement(tokens, headline.phrase).plural, phraseAgreement(tokens, lead.phrase).plural];
  return a === null || b === null || a === b;
}

/**
 * A place in the headline (الكويت:) stands for a speaker of that country
 * only (وزير كويتي); a place over anyone else's statement (بوروندي: …
 * قالت مصادر إعلامية محلية) is where the news is, not who speaks.
 */
function speaksFor(headline: Speaker, lead: Speaker): boolean {
  const place = normalize(headline.name);
  if (!PLACE_NAME_SET.has(place)) return true;
  const country = countryOf(place);
  return formWords(lead).some((w) => w === place || (!!country && countryOf(w) === country));
}

/** الأرصاد: over «توقعت الرئاسة العامة للأرصاد». */
function sharesWord(headline: Speaker, lead: Speaker): boolean {
  const words = new Set(formWords(lead).map(bareForm));
  return formWords(headline).some((w) => words.has(bareForm(w)));
}

/** The normalized words of a speaker's name, role and other forms. */
const formWords = (s: Speaker): string[] => [s.name, s.role ?? '', ...s.aliases].flatMap((f) => normalize(f).split(/\s+/)).filter(Boolean);
const bareForm = (w: string): string => withoutArticle(w) ?? w;
