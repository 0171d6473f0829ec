// The places the lexicon lists (countries, with their other names, and
// cities), normalized once for every pass that reads them: the phrase reader
// (a place speaks for its government), agreement (a place is feminine, a few
// countries masculine) and
// the cues (بين before two places is the preposition).
import { CITIES, COUNTRIES } from '../lexicon/places.js';
import { normalize } from '../text/normalize.js';

/** Every name, normalized (مصر، الولايات المتحده). */
export const PLACE_NAMES: readonly string[] = [...CITIES, ...COUNTRIES.flatMap((c) => c.names)].map(normalize);

/** The names whole. */
export const PLACE_NAME_SET: ReadonlySet<string> = new Set(PLACE_NAMES);

/** The names of the countries whose verb is masculine (العراق، لبنان). */
export const MASCULINE_PLACES: ReadonlySet<string> = new Set(COUNTRIES.filter((c) => c.masculine).flatMap((c) => c.names).map(normalize));

/** The first word of every name: the token a place's mention begins with. */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(PLACE_NAMES.map((n) => n.split(' ')[0]!));
