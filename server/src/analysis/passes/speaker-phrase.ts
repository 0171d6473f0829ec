// Reads the phrase that names a speaker: a title chain (المبعوث الأمريكي
// الخاص بسوريا), a name (جيمس جيفري), both in either order, with an
// apposition between commas (قال المبعوث …، جيمس جيفري، إن) or a
// parenthesised alias (وزارة الدفاع الأمريكية (البنتاغون)).
import type { SpeakerType } from '../model.js';
import {
  ANONYMOUS_HEADS, DOCUMENT_HEADS, INDEFINITE_ADJECTIVES, MEDIA_HEADS, NAME_PARTICLES, ORGANIZATION_HEADS, PERSON_TITLES, PHRASE_LINKS, PHRASE_STOPS, PLACE_HEADS,
} from '../lexicon/speakers.js';
import { normalize } from '../text/normalize.js';
import type { Token } from './tokens.js';

const set = (words: string[]) => new Set(words.map(normalize));
const STOPS = set(PHRASE_STOPS);
const LINKS = set(PHRASE_LINKS);
const PARTICLES = set(NAME_PARTICLES);
const HEADS: [Set<string>, SpeakerType][] = [
  [set(ANONYMOUS_HEADS), 'anonymous'],
  [set(MEDIA_HEADS), 'media'],
  [set(DOCUMENT_HEADS), 'document'],
  [set(ORGANIZATION_HEADS), 'organization'],
  [set(PERSON_TITLES), 'person'],
];
const MAX_NAME = 4;
const MAX_PHRASE = 16;

export interface SpeakerPhrase {
  /** Token range [first, last] of the whole phrase. */
  first: number;
  last: number;
  /** Token ranges of the name, if the phrase has one. */
  name: [number, number] | null;
  /** Token ranges of the title parts (the role). */
  roles: [number, number][];
  /** Parenthesised or quoted aliases. */
  aliases: [number, number][];
  type: SpeakerType;
  /** The phrase names someone or has a listed head (not a title guessed from its shape alone). */
  known: boolean;
}

export function headType(word: string): SpeakerType | null {
  for (const [words, type] of HEADS) if (words.has(word)) return type;
  return null;
}

type IsStop = (i: number) => boolean;

/** True when the token cannot be part of a speaker phrase at all. */
function blocked(tokens: Token[], i: number, isCue: IsStop): boolean {
  const t = tokens[i];
  return !t || !t.word || isStop(t.norm) || isCue(i) || /^\d/.test(t.norm);
}

/** A stop word, also with a possessive suffix (رفضه، ترحيبها). */
function isStop(w: string): boolean {
  if (STOPS.has(w)) return true;
  const stem = /^(.{3,}?)(ه|ها|هم)$/.exec(w)?.[1];
  return !!stem && STOPS.has(stem);
}

/** The word without an attached preposition (للصحيفة → الصحيفة، لوكالة → وكالة). */
const unprefixed = (w: string) => (w.startsWith('لل') ? 'ال' + w.slice(2) : w.slice(1));
/** Addressed to a medium (لوكالة، للصحيفة): the statement's audience, never its speaker. */
const toMedium = (w: string) => /^[لب]/.test(w) && headType(unprefixed(w)) === 'media';
/** A word with an attached preposition: بال، لل … or ب/ل before a longer word. (ك، و، ف are left alone: كتلة، وزير، فابيوس.) */
const prepositional = (w: string) => /^(بال|لل|كال|وال|فال)/.test(w) || (/^[بل]/.test(w) && w.length > 3);

interface Chain { first: number; last: number; type: SpeakerType | null; isName: boolean; indefinite?: boolean; listed?: boolean }

/**
 * A title chain from token i: a head, its genitives and adjectives, and
 * links (في وزارة، باسم الجيش، الخاص بسوريا, للتحالف الدولي). An unlisted
 * title is recognised by its shape: a definite noun with a definite
 * adjective (المهاجم الدولي الهولندي …).
 */
function titleChain(tokens: Token[], i: number, isCue: IsStop): Chain | null {
  if (blocked(tokens, i, isCue)) return null;
  const listed = headType(tokens[i]!.norm);
  const shaped = !listed && tokens[i]!.definite && tokens[i + 1]?.definite && !blocked(tokens, i + 1, isCue);
  if (!listed && !shaped) return null;
  const type: SpeakerType = listed ?? 'person';
  const body = type === 'organization' || type === 'media' || type === 'document';
  let last = i;
  // دكتور بول لاتشانس: some titles go before a name without the article
  let indefinite = !tokens[i]!.definite && !BEFORE_NAMES.has(tokens[i]!.norm);
  let genitives = 0;
  // A definite feminine singular head (الوزارة، الحكومة) takes only adjectives that agree:
  // a sound masculine plural after it is the object of the verb (ونصحت الوزارة المصابين …).
  let feminineHead = !!listed && tokens[i]!.definite && tokens[i]!.norm.endsWith('ه');
  for (let j = i + 1; j < tokens.length && j - i < MAX_PHRASE; j++) {
    const t = tokens[j]!;
    const w = t.norm;
    if (!t.word) {
      if (isQuoteMark(w) && closeQuote(tokens, j) > 0) { j = closeQuote(tokens, j); last = j; continue; }
      // د. الزهراني: the dot of an abbreviated title, after which comes the name
      if (w === '.' && j === i + 1 && tokens[i]!.norm.length === 1) { last = j; indefinite = false; break; }
      break;
    }
    // مسؤول في وزارة …، مصدر مقرب من وزارة …، عدد من المقبوض عليهم
    const links = LINKS.has(w) || (w === 'من' && type === 'anonymous');
    if (links && linksTo(tokens, j + 1, isCue)) { last = j + 1; j++; indefinite = false; feminineHead = false; continue; }
    // أستاذ العلاقات الدولية في الجامعة الأردنية د. محمد …: the abbreviated title ends the title, the name follows
    if (w === 'د' && tokens[j + 1]?.norm === '.') { last = j + 1; indefinite = false; break; }
    // وكالة أنباء الأناضول، وكالة الأنباء الفرنسية: "news" here names the agency, it does not stop it
    if (type === 'media' && j === i + 1 && NEWS.has(w)) { last = j; indefinite = !t.definite; continue; }
    // ضابط في الشرطة برتبة عقيد: the rank belongs to the title
    if (w === RANK && tokens[j + 1]?.word && !blocked(tokens, j + 1, isCue)) { last = j + 1; j++; continue; }
    // مقربين منه، مصادر قريبة منها: "close to him" belongs to the anonymous source
    if (type === 'anonymous' && CLOSE_TO_THEM.has(w)) { last = j; break; }
    if ((w === 'بشان' || w === 'لشوون') && tokens[j - 1]!.norm.startsWith('الخاص') && !blocked(tokens, j + 1, isCue)) { last = j + 1; j++; continue; }
    if (blocked(tokens, j, isCue) || toMedium(w)) break;
    // A construct (قيادة عمليات بغداد، قوات بيشمركة زيرفاني): an indefinite head takes indefinite genitives,
    // even those that begin with the letters of a preposition.
    if (indefinite && type !== 'anonymous' && genitives < 3 && !t.definite && !/^(بال|لل|كال|فال|وال)/.test(w) && !isAdjective(w)) {
      last = j; genitives++; continue;
    }
    if (prepositional(w) && !headType(w)) {
      if (!joinsChain(tokens, j, isCue)) break;
      last = j; indefinite = false; feminineHead = false;
      // لشرطة جدة: a body after the preposition takes its own name.
      const next = tokens[j + 1];
      if (isBody(w) && next?.word && !next.definite && !blocked(tokens, j + 1, isCue) && !headType(next.norm)) {
        last = j + 1; j++;
        // بشرطة منطقة مكة المكرمة: a place noun takes the place's name, and its adjective
        if (PLACE_NOUNS.has(next.norm)) { last = placeEnd(tokens, j, isCue); j = last; }
      }
      continue;
    }
    if (feminineHead && t.definite && /(ين|ون)$/.test(w)) break;
    if (t.definite || headType(w)) { last = j; if (t.definite) indefinite = false; continue; }
    if (indefinite && isAdjective(w)) { last = j; continue; } // مسؤول عسكري أمريكي: adjectives agree
    // A name inside a body's name (جسر الملك فهد).
    if (body && ROYAL.has(tokens[j - 1]!.norm)) { last = j; continue; }
    break; // an indefinite word after a definite chain begins a name
  }
  return { first: i, last, type, isName: false, indefinite, listed: !!listed };
}

const RANK = normalize('برتبة');
const COMPOUND_NAME_ENDS = set(['الدين']);
const NEWS = set(['أنباء', 'الأنباء']);
const CLOSE_TO_THEM = set(['منه', 'منها', 'منهم', 'منهما']);
const PLACE_NOUNS = set(PLACE_HEADS);
const BEFORE_NAMES = set(['دكتور', 'دكتورة']);

/** After a place noun at `j` (منطقة), its name (مكة) and one definite adjective (المكرمة): the last token of the place. */
function placeEnd(tokens: Token[], j: number, isCue: IsStop): number {
  const name = tokens[j + 1];
  if (!name?.word || name.definite || blocked(tokens, j + 1, isCue) || headType(name.norm)) return j;
  const adjective = tokens[j + 2];
  return adjective?.word && adjective.definite && !blocked(tokens, j + 2, isCue) && !headType(adjective.norm) ? j + 2 : j + 1;
}

const ROYAL = set(['الملك', 'الأمير', 'الشيخ', 'السلطان', 'الإمام']);

/** A body named after a preposition (لشرطة، لوزارة، للمؤسسة). */
function isBody(w: string): boolean {
  const type = headType(unprefixed(w)) ?? headType('ال' + unprefixed(w));
  return type === 'organization' || type === 'media';
}

/**
 * A word with an attached preposition continues a title (للتحالف الدولي،
 * لمحاربة “داعش”، الخاص بسوريا) when what follows still belongs to it; before
 * an indefinite word it is a name that begins with those letters (لوران فابيوس).
 */
function joinsChain(tokens: Token[], j: number, isCue: IsStop): boolean {
  const w = tokens[j]!.norm;
  if (/^(لل|بال)/.test(w)) return true;
  // وزارة الخارجية والمغتربين joins; العقيد في الشرطة والمصدر … coordinates a second speaker.
  if (w.startsWith('وال')) return !headType(w.slice(1));
  if (!/^[لب]/.test(w)) return false;
  if (headType(unprefixed(w)) || headType('ال' + unprefixed(w))) return true; // المتحدث الرسمي لشرطة جدة
  const next = tokens[j + 1];
  return !next || !next.word || next.definite || isStop(next.norm) || isCue(j + 1);
}

const ADJECTIVES = set(INDEFINITE_ADJECTIVES);
/** An indefinite adjective: a nisba (عسكري، عراقيون، أمريكية) or a listed one (كبار، رفيع). */
function isAdjective(w: string): boolean {
  return ADJECTIVES.has(w) || /(ي|يه|يون|يين|يان)$/.test(w);
}

/** في، باسم، لدى join a title to a body (مسؤول في وزارة …), not to an occasion (في بيان، في تصريح). */
function linksTo(tokens: Token[], j: number, isCue: IsStop): boolean {
  if (blocked(tokens, j, isCue)) return false;
  const type = headType(tokens[j]!.norm);
  if (type === 'document' || type === 'media') return false;
  return type === 'organization' || tokens[j]!.definite || tokens[j - 1]!.norm !== 'في';
}

/** A name does not begin with a preposition and its article (بالأحرف) or a conjunction and verb (وأصدرت). */
function nameStart(w: string): boolean {
  return /^[\u0621-\u064A]{2}/.test(w) && !/^(بال|لل|كال|فال|وال)/.test(w) && !(w.startsWith('و') && w.length >= 5) && !toMedium(w);
}

function endsPhrase(tokens: Token[], j: number, isCue: IsStop): boolean {
  const t = tokens[j];
  return !t || !t.word || isStop(t.norm) || isCue(j);
}

/** A name from token i: up to four words, particles joining them. */
function nameRun(tokens: Token[], i: number, isCue: IsStop): Chain | null {
  const leadingParticle = PARTICLES.has(tokens[i]?.norm ?? '') && !blocked(tokens, i + 1, isCue); // فان بيرسي، أبو مازن
  if (!leadingParticle && (blocked(tokens, i, isCue) || headType(tokens[i]!.norm) || !nameStart(tokens[i]!.norm))) return null;
  // A name given by its definite surname alone (الخفاجي، المساري) is one word.
  if (tokens[i]!.definite) return { first: i, last: i, type: 'person', isName: true };
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_NAME; j++) {
    const w = tokens[j]!.norm;
    // A particle inside a name (فان بيرسي، بن سلمان) even where it spells a stop word (فإن → فان).
    if (PARTICLES.has(w) && !blocked(tokens, j + 1, isCue)) { last = j; continue; }
    if (blocked(tokens, j, isCue) || headType(w) || w.length < 2) break;
    if (PARTICLES.has(tokens[j - 1]!.norm)) { last = j; continue; }
    // عز الدين، نور الدين: the second half of a compound first name
    if (COMPOUND_NAME_ENDS.has(w)) { last = j; continue; }
    // A third word with an attached preposition is no longer the name (دونالد ترامب بفرض …);
    // a second may be (تيد بيكون، كريس فيليرز).
    if (j - i >= 2 && prepositional(w) && !PARTICLES.has(w)) break;
    if (toMedium(w)) break;
    // A family name with the article is a nisba (الخفاجي، السوداني) or ends the phrase; else it is an object (الترحيب).
    const next = tokens[j + 1];
    if (tokens[j]!.definite && !w.endsWith('ي') && !endsPhrase(tokens, j + 1, isCue) && !(next && headType(next.norm))) break;
    last = j;
  }
  return { first: i, last: lineage(tokens, last, isCue), type: 'person', isName: true };
}

/** A name never ends on بن، آل، عبد: فيصل بن سلمان بن عبدالعزيز goes on through its lineage. */
function lineage(tokens: Token[], last: number, isCue: IsStop): number {
  while (PARTICLES.has(tokens[last]!.norm) && tokens[last + 1]?.word && !blocked(tokens, last + 1, isCue)) {
    last++;
    if (PARTICLES.has(tokens[last + 1]?.norm ?? '') && tokens[last + 2]?.word && !blocked(tokens, last + 2, isCue)) last++;
  }
  return last;
}

function isQuoteMark(w: string): boolean {
  return w === '"' || w === "'";
}

/** The index of the mark closing a short quoted name (“فورين بوليسي”) opened at i, or -1. */
function closeQuote(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    if (isQuoteMark(tokens[j]!.norm)) return j > i + 1 ? j : -1;
    if (!tokens[j]!.word) return -1;
  }
  return -1;
}

/** A title chain with the name after it, or a name with its title after it. */
function unit(tokens: Token[], i: number, isCue: IsStop): Chain[] | null {
  const head = titleChain(tokens, i, isCue) ?? nameRun(tokens, i, isCue);
  if (!head) return null;
  // An indefinite title (مصدر حكومي، مبعوث أمريكي) names no one after it.
  if (head.indefinite || (!head.isName && head.type !== 'person' && head.type !== 'anonymous')) return [head];
  const tail = head.isName ? titleChain(tokens, head.last + 1, isCue) : nameRun(tokens, head.last + 1, isCue);
  return tail ? [head, tail] : [head];
}

/** Reads a speaker phrase that starts at token i (after a cue, or before one). */
export function readSpeakerPhrase(tokens: Token[], i: number, isCue: IsStop): SpeakerPhrase | null {
  const parts = unit(tokens, i, isCue);
  if (!parts) return null;
  let j = parts[parts.length - 1]!.last + 1;
  const aliases: [number, number][] = [];
  for (let guard = 0; guard < 3 && j < tokens.length; guard++) {
    const t = tokens[j]!;
    if (t.norm === '(') {
      let close = -1;
      for (let k = j + 1; k < tokens.length && k <= j + 4; k++) if (tokens[k]!.norm === ')') { close = k; break; }
      if (close > j + 1) { aliases.push([j + 1, close - 1]); j = close + 1; continue; }
      break;
    }
    if (t.norm !== '،' && t.norm !== ',') break;
    const next = unit(tokens, j + 1, isCue);
    const after = next ? tokens[next[next.length - 1]!.last + 1] : undefined;
    // An apposition closes with a comma or goes straight on to أن/إن/على …
    if (!next || (after && after.word && !isStop(after.norm))) break;
    parts.push(...next);
    j = next[next.length - 1]!.last + 1;
  }
  return assemble(parts, aliases);
}

function assemble(parts: Chain[], aliases: [number, number][]): SpeakerPhrase {
  const name = parts.find((p) => p.isName) ?? null;
  const titles = parts.filter((p) => !p.isName);
  const headTypes = titles.map((p) => p.type);
  let type: SpeakerType = 'person';
  if (!name) type = headTypes[0] ?? 'person';
  else if (headTypes.every((t) => t === 'organization' || t === 'media' || t === 'document') && headTypes.length) type = headTypes[0]!;
  const last = Math.max(...parts.map((p) => p.last), ...aliases.map((a) => a[1] + 1));
  return {
    first: parts[0]!.first,
    last,
    name: name ? [name.first, name.last] : null,
    roles: titles.map((p) => [p.first, p.last]),
    aliases,
    type,
    known: !!name || titles.some((p) => p.listed),
  };
}

/**
 * Reads a speaker phrase that ends just before token `end` (SVO order:
 * جيفري يؤكد، مبعوث أمريكي يكشف، على قرار يطالب، وزارة الدفاع (البنتاغون) أعلنت).
 */
export function readSpeakerBefore(tokens: Token[], end: number, isCue: IsStop, floor: number): SpeakerPhrase | null {
  for (let start = end - 1; start >= Math.max(floor, end - MAX_PHRASE); start--) {
    const t = tokens[start]!;
    if (!t.word && t.norm !== '(' && t.norm !== ')' && !isQuoteMark(t.norm)) break;
    if (t.word && STOPS.has(t.norm)) break;
    const phrase = readSpeakerPhrase(tokens, start, isCue);
    if (phrase && phrase.last === end - 1 && opensSubject(tokens, start, floor, phrase)) return phrase;
  }
  return null;
}

/**
 * What may stand before a fronted subject: the sentence start, punctuation or
 * a particle. After a preposition the noun is its object (على الأرض يشير),
 * unless it is a body or a document that a relative verb describes (على قرار يطالب).
 */
function opensSubject(tokens: Token[], start: number, floor: number, phrase: SpeakerPhrase): boolean {
  if (start === floor) return true;
  const before = tokens[start - 1]!;
  // وهو أمر يقول كاميرون إنه …: after هو/هي the noun is what "it is", and the verb describes it
  if (PRONOUNS.has(before.norm)) return false;
  if (!before.word || isParticle(before.norm)) return true;
  // إلا أن المصدر قال: a concessive أن opens a new clause, not reported speech.
  if (/^ان(ه|ها)?$/.test(before.norm) && CONCESSIVE.has(tokens[start - 2]?.norm ?? '')) return true;
  return STOPS.has(before.norm) && (phrase.type === 'document' || phrase.type === 'organization') && !phrase.name;
}

const PRONOUNS = set(['هو', 'هي', 'وهو', 'وهي', 'فهو', 'فهي']);
const CONCESSIVE = set(['إلا', 'غير', 'لكن', 'ولكن', 'بيد', 'رغم']);

const LEADING_PARTICLES = set(['لكن', 'ولكن', 'كما', 'بينما', 'فيما', 'وكان', 'وكانت', 'كان', 'كانت', 'و', 'ثم', 'إذ', 'بل', 'قد', 'وقد', 'فقد', 'وهو', 'وهي', 'فهو', 'فهي', 'إلا', 'أنه', 'أنها', 'غير']);
export function isParticle(word: string): boolean {
  return LEADING_PARTICLES.has(word);
}
