// The clitics Arabic writes onto a word, read from its letters: a
// conjunction (و، ف), a preposition (ب، ل، ك), the article, and an attached
// pronoun (ـه، ـها، ـهم). Letters alone are ambiguous (وزير is no و + زير,
// طه no طـ + ه), so each reading says what it needs of the word around it.
import { PRONOUN_HOSTS, PRONOUN_PARTICLES } from '../lexicon/speakers.js';
import { normalize } from '../text/normalize.js';
import { corpusClass } from './name-evidence.js';
import type { Token } from './tokens.js';

/** A word with its و or ف taken off (وأكد → اكد) when at least `min` letters remain. */
export function stripConjunction(word: string, min = 2): string | null {
  if ((word.startsWith('و') || word.startsWith('ف')) && word.length - 1 >= min) return word.slice(1);
  return null;
}

const ARTICLE_PREFIX = /^(?:[وف]?(?:بال|كال)|[وف]?لل|وال|فال)/;

/**
 * A word with the article and a clitic before it (بالعراق، للمدرسة، والمدير،
 * كالعادة), read from its letters, unless what follows the clitic is no
 * word the corpora know with the article (كاليفورنيا، فالنسيا، والتر are names).
 */
export function articlePrefixed(word: string): boolean {
  const m = ARTICLE_PREFIX.exec(word);
  if (!m) return false;
  const rest = m[0].endsWith('لل') ? 'ال' + word.slice(m[0].length) : word.slice(m[0].length - 2);
  return corpusClass(rest) !== 'rare';
}

const LONG_PRONOUN = /^(.{3,}?)(ها|هما|هم|هن)$/;

/**
 * The attached pronoun a word ends in (تحفظه، بتسليمها، قراراتهم), or null.
 * ها، هم، هما، هن are read from the letters; a bare ه only when what is left
 * is a common word or a verb (تحفظ + ه), never after ة (إضافة) or on a name
 * (طه، عبده).
 */
export function pronounSuffix(t: Token): string | null {
  if (!t.word || t.taaMarbuta) return null;
  const long = LONG_PRONOUN.exec(t.norm);
  if (long) return long[2]!;
  // ثقتي، إجابتي، حكومتنا: a feminine noun with "my", "our", "your" (its ة written ت)
  const owned = /^(.{2,}ت)(ي|نا|ك|كم)$/.exec(t.norm);
  if (owned && corpusClass(owned[1]!.slice(0, -1) + 'ه') === 'common') return owned[2]!;
  if (t.norm.length < 4 || !t.norm.endsWith('ه')) return null;
  const stem = t.norm.slice(0, -1);
  const cls = corpusClass(stem);
  return (cls === 'common' || cls === 'verb') && corpusClass(t.norm) !== 'name' ? 'ه' : null;
}

/**
 * A clitic on a common word, read from the letters and the corpora: a
 * conjunction or preposition (لعدد، بواحدة، ومما، وفوق), the future
 * سـ on a verb (سيأتي), or the accusative ending ا of a common noun or
 * adjective (رسميا، يوما). Such a word is never part of a name.
 */
export function cliticOnCommon(word: string): boolean {
  if (word.length < 3 || corpusClass(word) === 'name') return false;
  // رسميا، ردا: an accusative the corpora do not know as a word of its own (ألينا، ماريا are names, إلينا a word)
  if (word.endsWith('ا') && corpusClass(word) === 'rare' && corpusClass(word.slice(0, -1)) === 'common') return true;
  if (word.length === 3) return false;
  if (/^[وفبلك]/.test(word) && corpusClass(word.slice(1)) === 'common') return true;
  // سيأتي، يتحدى، تستمر: the future سـ on a verb, and the forms no name begins with (يت، تت، يست، تست)
  return (/^س[يتن]/.test(word) && corpusClass(word.slice(1)) === 'verb') || /^(يت|تت|نت|يست|تست)/.test(word);
}

// على and إلى take their pronoun on a ي (عليه، إليها), as normalized they end in one (علي، الي)
const HOSTS = new Set(PRONOUN_HOSTS.map(normalize));
const SPEAKER_PARTICLES = new Set(PRONOUN_PARTICLES.map(normalize));
// third person only: إلينا، لنا are also names (ألينا، لنا)
const PRONOUN = /^(.+?)(ه|ها|هم|هما|هن)$/;

/**
 * A preposition or particle with an attached pronoun (معها، عليه، لكنها،
 * لأنه), after an optional و or ف: a pronoun, which names no one itself.
 */
export function pronounOnParticle(word: string): boolean {
  const onHost = (w: string): boolean => {
    const m = PRONOUN.exec(w);
    if (m) return HOSTS.has(m[1]!) || HOSTS.has(m[1]! + 'ي');
    // إنني، لكنني: "I" on a particle (not on a preposition: مني is also منى)
    return w.endsWith('ني') && SPEAKER_PARTICLES.has(w.slice(0, -2));
  };
  // ألينا is a name, not إلى + نا
  if (corpusClass(word) === 'name') return false;
  return onHost(word) || (/^[وف]/.test(word) && word.length > 3 && onHost(word.slice(1)));
}
