// Who is who across articles. Inside one article the claims pass already
// joins a speaker's forms (جيفري، المبعوث الأمريكي، جيمس جيفري); across
// articles only names can be trusted, never titles (المبعوث الأمريكي is
// Jeffrey in one article and McGurk in another). The merge rule:
//   - people: two names of at least two words, not starting with a title,
//     with the same last word and first words equal or one a prefix of the
//     other (جيم جيفري ≡ جيمس جيفري), or one name the end of the other
//     (جواد ظريف ≡ محمد جواد ظريف). A bare surname or a title is not enough.
//   - organizations and media: the same normalized name or multi-word alias
//     (الحكومة العراقية); a generic head alone (الحكومة، المجلة) is not.
//   - anonymous sources and documents never merge: "an official" or "the
//     statement" in two articles are not known to be the same.
import type { Speaker } from '../model.js';
import { HEAD_TYPES } from '../lexicon/speakers.js';
import { normalize } from '../text/normalize.js';

export type IdentityKind = 'person' | 'body' | 'local';

/** A speaker's names as normalized word lists, the forms other articles are matched on. */
export interface Identity {
  kind: IdentityKind;
  forms: string[][];
}

/** The shortest first name that may stand for a longer one (جيم for جيمس). */
const MIN_PREFIX = 3;

const TITLE_WORDS = new Set(HEAD_TYPES.flatMap(([heads]) => heads.map((h) => normalize(h).split(' ')[0]!)));

const words = (s: string): string[] => normalize(s).split(/[\s،,()"'\-–]+/).filter(Boolean);

function isPersonName(form: string[]): boolean {
  return form.length >= 2 && !TITLE_WORDS.has(form[0]!);
}

function isBodyName(form: string[], isName: boolean): boolean {
  return form.length >= 2 || (isName && form.length === 1 && !TITLE_WORDS.has(form[0]!));
}

export function identityOf(speaker: Speaker): Identity {
  const names = [speaker.name, ...speaker.aliases].map(words);
  if (speaker.type === 'person') return { kind: 'person', forms: names.filter(isPersonName) };
  if (speaker.type === 'organization' || speaker.type === 'media') {
    return { kind: 'body', forms: names.filter((f, i) => isBodyName(f, i === 0)) };
  }
  return { kind: 'local', forms: [] };
}

/** The words a form is filed under, so that only likely matches are compared. */
export function bucketOf(kind: IdentityKind, form: string[]): string {
  return kind === 'person' ? `p:${form[form.length - 1]}` : `b:${form.join(' ')}`;
}

/** Given names (all but the last word) agree: equal, or one word a prefix of the other. */
function givenNamesAgree(a: string[], b: string[]): boolean {
  const [x, y] = [a.slice(0, -1), b.slice(0, -1)];
  if (x.join(' ') === y.join(' ')) return true;
  if (x.length !== 1 || y.length !== 1) return false; // عبد الله ≠ عبد الرحمن
  const [short, long] = x[0]!.length < y[0]!.length ? [x[0]!, y[0]!] : [y[0]!, x[0]!];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

function isSuffix(short: string[], long: string[]): boolean {
  const offset = long.length - short.length;
  return offset >= 0 && short.every((w, i) => w === long[offset + i]);
}

/** Whether two forms of the same kind (and the same bucket) name one speaker. */
export function sameForm(kind: IdentityKind, a: string[], b: string[]): boolean {
  if (kind === 'body') return a.join(' ') === b.join(' ');
  if (kind !== 'person' || a[a.length - 1] !== b[b.length - 1]) return false;
  return givenNamesAgree(a, b) || isSuffix(a, b) || isSuffix(b, a);
}
