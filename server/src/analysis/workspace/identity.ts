// Who is who across articles. Inside one article the claims pass already
// joins a speaker's forms (جيفري، المبعوث الأمريكي، جيمس جيفري); across
// articles only names can be trusted, never titles (المبعوث الأمريكي is
// Jeffrey in one article and McGurk in another). The merge rule, each with
// the reason it gives:
//   - people: names of at least two parts (عبد الله، بن سلمان, أبو مازن are one
//     part), with any leading title and office taken off (الرئيس دونالد ترامب,
//     وزير الخارجية سامح شكري), with the same last part and
//       the same name ('same-name'; 'with-title' when one carried a title),
//       first names one a prefix of the other ('first-name-variant': جيم ≡ جيمس),
//       or one name the end of the other ('fuller-name': جواد ظريف ≡ محمد جواد ظريف).
//     A bare surname or a title is not enough; neither is a "name" that is a
//     place (الولايات المتحدة) or opens with the article (الدول الأعضاء).
//   - organizations and media: the same normalized name of two words or more
//     ('same-body-name'); a generic head alone (الحكومة، المجلة) is not.
//   - anonymous sources and documents never merge: "an official" or "the
//     statement" in two articles are not known to be the same.
// isnad.yaml gazetteer entries win over all of this (clusters.ts).
import type { Speaker } from '../model.js';
import { HEAD_TYPES, NAME_PARTICLES, PERSON_TITLES } from '../lexicon/speakers.js';
import { ADMINISTRATIVE_NOUNS, GENERIC_BODIES, PROPER_BODIES } from '../lexicon/coreference.js';
import { FUNCTION_WORDS } from '../lexicon/grammar.js';
import { normalize } from '../text/normalize.js';
import { placeNames } from './places.js';

export type IdentityKind = 'person' | 'body' | 'local';

export type MergeReason = 'gazetteer' | 'same-name' | 'with-title' | 'first-name-variant' | 'fuller-name' | 'same-body-name';

/** One name of a speaker, normalized, in parts; `titled` when a title was taken off it. */
export interface Form {
  parts: string[];
  titled: boolean;
}

/** A speaker's names, the forms other articles are matched on. */
export interface Identity {
  kind: IdentityKind;
  forms: Form[];
}

/** The shortest first name that may stand for a longer one (جيم for جيمس). */
const MIN_PREFIX = 3;

const firstWords = (list: readonly string[]): string[] => list.map((h) => normalize(h).split(' ')[0]!);
const TITLE_WORDS = new Set(HEAD_TYPES.flatMap(([heads]) => firstWords(heads)));
const PERSON_TITLE_WORDS = new Set(firstWords(PERSON_TITLES));
const PARTICLES = new Set(NAME_PARTICLES.map(normalize));

const PROPER_BODY_WORDS = new Set(PROPER_BODIES.map(normalize));

const ADMINISTRATIVE = new Set(ADMINISTRATIVE_NOUNS.map(normalize));

/** Words no name holds: a "name" with one is a misread phrase (مني فرصة كي تعيد). */
const NOT_IN_NAMES = new Set(FUNCTION_WORDS.map(normalize));

export const words = (s: string): string[] => normalize(s).split(/[\s،,()"'\-–:]+/).filter(Boolean);

/** Name parts: a particle and the word after it are one part (عبد الله، بن سلمان، أبو مازن). */
export function nameParts(ws: readonly string[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if (!PARTICLES.has(w) || next === undefined) {
      parts.push(w);
      continue;
    }
    // particles chain (بن عبد الله) up to the word they name
    let part = w;
    while (PARTICLES.has(ws[i]!) && ws[i + 1] !== undefined) part += ` ${ws[++i]!}`;
    parts.push(part);
  }
  return parts;
}

/** Takes a leading title and the office words after it (الرئيس الأمريكي دونالد ترامب → دونالد ترامب). */
function untitled(ws: string[]): { rest: string[]; titled: boolean } {
  let i = 0;
  while (i < ws.length && (PERSON_TITLE_WORDS.has(ws[i]!) || (i > 0 && ws[i]!.startsWith('ال')))) i++;
  return { rest: ws.slice(i), titled: i > 0 };
}

/**
 * A first part that is a title, a place or a body with a clitic (بمنطقة،
 * لهيئة، بقيادة), or a plural (متحدثون، تحليلات), begins a description, not a name.
 */
function describes(first: string): boolean {
  const bare = first.replace(/^[وبلك]/, '');
  return TITLE_WORDS.has(first) || TITLE_WORDS.has(bare) || ADMINISTRATIVE.has(bare) || NOT_IN_NAMES.has(bare)
    || /(ات|ون)$/.test(first) || (first.length > 3 && first.endsWith('ها')); // نشرها: a verb and its object
}

/**
 * The speaker's name with any title taken off (an article may name him
 * الرئيس دونالد ترامب); other forms only when they start with no title, as
 * a title followed by more words is a role (المتحدث باسم …، سفيرة … لدى …).
 */
function personForm(name: string, isName: boolean): Form | null {
  const ws = words(name);
  const { rest, titled } = isName ? untitled(ws) : { rest: ws, titled: false };
  const parts = nameParts(rest);
  if (parts.length < 2 || describes(parts[0]!) || rest.some((w) => NOT_IN_NAMES.has(w))) return null;
  // a "name" opening with the article is a description (الصحف الأوروبية), unless a particle shows a name (الوليد بن طلال)
  if (parts[0]!.startsWith('ال') && !parts.some((p) => p.includes(' '))) return null;
  if (placeNames().has(rest.join(' '))) return null;
  return { parts, titled };
}

/** Heads of many bodies at once (وسائل إعلام رسمية, مصادر): never one body across articles. */
const GENERIC_BODY_WORDS = new Set(GENERIC_BODIES.map(normalize));

function bodyForm(name: string): Form | null {
  const ws = words(name);
  if (GENERIC_BODY_WORDS.has(ws[0] ?? '')) return null;
  if (ws.length >= 2 || (ws.length === 1 && PROPER_BODY_WORDS.has(ws[0]!))) return { parts: ws, titled: false };
  return null;
}

/**
 * A body's shorter form that begins its longer one is the article shortening
 * it (وزارة العدل for وزارة العدل الأمريكية): generic, it would join bodies of
 * other countries, so only the full forms are matched.
 */
function fullBodyForms(forms: Form[]): Form[] {
  const texts = forms.map((f) => f.parts.join(' '));
  return forms.filter((_, i) => !texts.some((t, j) => j !== i && t.startsWith(`${texts[i]} `)));
}

/** The forms, each text once, in order. */
function distinct(forms: (Form | null)[]): Form[] {
  const seen = new Set<string>();
  const out: Form[] = [];
  for (const f of forms) {
    const text = f?.parts.join(' ');
    if (f && text !== undefined && !seen.has(text)) {
      seen.add(text);
      out.push(f);
    }
  }
  return out;
}

export function identityOf(speaker: Speaker): Identity {
  // (the kind first: anonymous sources and documents have no names to read)
  if (speaker.type === 'organization' || speaker.type === 'media') {
    return { kind: 'body', forms: fullBodyForms(distinct([speaker.name, ...speaker.aliases].map(bodyForm))) };
  }
  if (speaker.type !== 'person') return { kind: 'local', forms: [] };
  // a speaker known only by a title (its role is its name) has no name to match on
  if (speaker.role !== null && normalize(speaker.role) === normalize(speaker.name)) return { kind: 'person', forms: [] };
  return { kind: 'person', forms: distinct([speaker.name, ...speaker.aliases].map((n, i) => personForm(n, i === 0))) };
}

/** The words a form is filed under, so that only likely matches are compared. */
export function bucketOf(kind: IdentityKind, form: Form): string {
  return kind === 'person' ? `p:${form.parts[form.parts.length - 1]}` : `b:${form.parts.join(' ')}`;
}

/** Given names (all but the last part) are one a spelling variant of the other: one word, a prefix. */
function firstNameVariant(a: string[], b: string[]): boolean {
  const [x, y] = [a.slice(0, -1), b.slice(0, -1)];
  if (x.length !== 1 || y.length !== 1 || x[0] === y[0]) return false; // عبد الله ≠ عبد الرحمن
  const [short, long] = x[0]!.length < y[0]!.length ? [x[0]!, y[0]!] : [y[0]!, x[0]!];
  return short.length >= MIN_PREFIX && long.startsWith(short) && !short.includes(' ');
}

function isSuffix(short: string[], long: string[]): boolean {
  const offset = long.length - short.length;
  return offset > 0 && short.every((w, i) => w === long[offset + i]);
}

/** Why two forms of the same kind (and bucket) name one speaker, or null when they do not. */
export function mergeReason(kind: IdentityKind, a: Form, b: Form): MergeReason | null {
  const same = a.parts.join(' ') === b.parts.join(' ');
  if (kind === 'body') return same ? 'same-body-name' : null;
  if (kind !== 'person' || a.parts[a.parts.length - 1] !== b.parts[b.parts.length - 1]) return null;
  if (same) return a.titled !== b.titled ? 'with-title' : 'same-name';
  if (firstNameVariant(a.parts, b.parts)) return 'first-name-variant';
  if (isSuffix(a.parts, b.parts) || isSuffix(b.parts, a.parts)) return 'fuller-name';
  return null;
}
