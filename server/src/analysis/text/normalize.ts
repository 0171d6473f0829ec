// Arabic normalization for matching (GUIDELINES §7). The analysis never
// changes the article: it matches on a normalized copy and maps every match
// back to original offsets through `toOriginal`.
import { HAA, TAA_MARBUTA } from './letters.js';

/** Tatweel, harakat, shadda, sukun, tanwin, superscript alef, Quranic marks; and invisible format characters. */
function dropped(code: number): boolean {
  return code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed) || invisible(code);
}

/**
 * Format characters that do not show (Unicode Cf, outside the Arabic number
 * signs): the soft hyphen, the Arabic letter mark, zero-width joiners and
 * non-joiners, left-to-right and right-to-left marks, embeddings, overrides
 * and isolates, word joiners, the byte order mark. Pasted from web pages and
 * word processors into the middle of a name (جي\u200fفري), they would make
 * one speaker two: matching never sees them.
 */
function invisible(code: number): boolean {
  return code === 0x00ad || code === 0x061c || code === 0x180e || (code >= 0x200c && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f) || code === 0xfeff;
}
/** Letters and marks read as another: alef forms → ا, ى → ي, ؤ → و, ئ → ي, every quotation mark → " or '. */
const LETTERS = new Map<number, number>([
  [0x0623, 0x0627], [0x0625, 0x0627], [0x0622, 0x0627], [0x0671, 0x0627], [0x0649, 0x064a], [0x0624, 0x0648], [0x0626, 0x064a],
  [0x201c, 0x22], [0x201d, 0x22], [0xab, 0x22], [0xbb, 0x22], [0x201e, 0x22], [0x2018, 0x27], [0x2019, 0x27],
  // a zero-width space separates words as a space does
  [0x200b, 0x20],
]);

/** A letter of the Arabic script: the alphabet's and those other languages add (ٱ to ۓ). */
const isArabicScriptLetter = (code: number): boolean => (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);

export interface NormalizedText {
  text: string;
  /** toOriginal[i] is the original offset of normalized character i; one extra entry for the end. */
  toOriginal: Int32Array;
}

/** Arabic-Indic and Persian digits read as Western ones. */
function mapCode(code: number): number {
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  return LETTERS.get(code) ?? code;
}

/** Marks a dropped code in READ_AS (no kept code is U+FFFF, a non-character). */
const DROP = 0xffff;
/** What every UTF-16 code unit reads as, in one table: one lookup per character of a long article. */
const READ_AS = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = dropped(code) || code === DROP ? DROP : mapCode(code);
  return table;
})();

/**
 * Normalizes `source`, keeping a map from each normalized character back to
 * the original. Works on char codes in typed arrays: articles can be
 * megabytes, and one string per character would cost more than the rest.
 */
export function normalizeWithMap(source: string): NormalizedText {
  const codes = scratchCodes(source.length);
  const map = new Int32Array(source.length + 1);
  let n = 0;
  // whether a surrogate was kept: only then is the text decoded as UTF-16 proper (see fromCodes)
  let surrogates = false;
  // the last code kept, held here rather than read back from the buffer for every character
  let last = -1;
  for (let i = 0; i < source.length; i++) {
    const code = READ_AS[source.charCodeAt(i)]!;
    if (code === DROP) continue;
    // Taa marbuta at the end of a word reads as haa (the next kept letter decides), settled as that letter is kept
    if (last === TAA_MARBUTA && !isArabicScriptLetter(code)) codes[n - 1] = HAA;
    if ((code & 0xf800) === 0xd800) surrogates = true;
    codes[n] = code;
    map[n++] = i;
    last = code;
  }
  if (n > 0 && codes[n - 1] === TAA_MARBUTA) codes[n - 1] = HAA;
  map[n] = source.length;
  // a view, not a copy, where marks were dropped: the few entries past n + 1 are never read
  return { text: fromCodes(codes, n, surrogates), toOriginal: n === source.length ? map : map.subarray(0, n + 1) };
}

/**
 * The normalized codes are only read into the text's string, so one buffer
 * serves every article of up to SCRATCH_MAX code units, instead of a new
 * zeroed buffer outside the heap per article (which the collector must
 * also account for). It keeps no article: each one writes it over.
 */
let scratch = new Uint16Array(1 << 14);
const SCRATCH_MAX = 1 << 20;

function scratchCodes(length: number): Uint16Array {
  if (length > SCRATCH_MAX) return new Uint16Array(length);
  if (length > scratch.length) {
    let size = scratch.length;
    while (size < length) size *= 2;
    scratch = new Uint16Array(size);
  }
  return scratch;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * The string of the first `n` codes. Without surrogates, Node's UCS-2
 * reading copies the code units as they are, several times faster than
 * TextDecoder, which goes through ICU; with them, TextDecoder, which turns a
 * lone surrogate into U+FFFD, as the normalized text has always read it.
 */
function fromCodes(codes: Uint16Array, n: number, surrogates: boolean): string {
  if (surrogates) return UTF16.decode(codes.subarray(0, n));
  return Buffer.from(codes.buffer, codes.byteOffset, 2 * n).toString('utf16le');
}

/**
 * The normalized form of a short string, for comparing names and words, with
 * runs of space made one. Names and words are normalized again and again
 * (each speaker mention, each lexicon lookup): recent answers are kept.
 */
export function normalize(s: string): string {
  let hit = recent.get(s);
  if (hit === undefined) {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(s, (hit = normalizeShort(s)));
  }
  return hit;
}

const RECENT_LIMIT = 20_000;
const recent = new Map<string, string>();
const SPACE_TO_COLLAPSE = /[^\S ]| \s|^\s|\s$/;

function normalizeShort(s: string): string {
  const text = s.length > 256 ? normalizeWithMap(s).text : normalizeCodes(s);
  return SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * normalizeWithMap's text without the map, for short strings. Many names and
 * words read as they are written: then `s` itself, with no string built.
 * Codes go through the scratch buffer rather than an array spread into
 * String.fromCharCode, which cost several allocations per call.
 */
function normalizeCodes(s: string): string {
  const codes = scratchCodes(s.length);
  let n = 0;
  let changed = false;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const written = s.charCodeAt(i);
    const code = READ_AS[written]!;
    if (code === DROP) { changed = true; continue; }
    // Taa marbuta at the end of a word reads as haa, as in normalizeWithMap
    if (last === TAA_MARBUTA && !isArabicScriptLetter(code)) { codes[n - 1] = HAA; changed = true; }
    if (code !== written) changed = true;
    codes[n++] = code;
    last = code;
  }
  if (last === TAA_MARBUTA) { codes[n - 1] = HAA; changed = true; }
  return changed ? String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]) : s;
}

/**
 * Maps a span of the normalized text back to the original text. Marks that
 * were dropped after the span's last letter belong to that letter, so they
 * fall inside the original span.
 */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: norm.toOriginal[start]!, end: norm.toOriginal[end]! };
}

export interface NormalizedMatch {
  /** Original offsets of the whole match. */
  start: number;
  end: number;
  /** The match as the regular expression saw it (normalized). */
  match: RegExpExecArray;
}

/** Runs a global regular expression over the normalized text; yields matches with original offsets. */
export function* matchNormalized(norm: NormalizedText, re: RegExp): Generator<NormalizedMatch> {
  if (!re.global) throw new Error('matchNormalized needs a global regular expression');
  re.lastIndex = 0;
  for (let m = re.exec(norm.text); m; m = re.exec(norm.text)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    yield { ...toOriginalSpan(norm, m.index, m.index + m[0].length), match: m };
  }
}

/** Maps an original offset to the normalized text (the first normalized character at or after it). */
export function toNormalizedOffset(norm: NormalizedText, original: number): number {
  let lo = 0, hi = norm.toOriginal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.toOriginal[mid]! < original) lo = mid + 1; else hi = mid;
  }
  return lo;
}
