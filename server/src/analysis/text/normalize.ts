// Arabic normalization for matching (GUIDELINES §7). The analysis never
// changes the article: it matches on a normalized copy and maps every match
// back to original offsets through `toOriginal`.

/** Tatweel, harakat, shadda, sukun, tanwin, superscript alef, Quranic marks. */
function dropped(code: number): boolean {
  return code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed);
}
const LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي',
  '“': '"', '”': '"', '«': '"', '»': '"', '„': '"', '‘': "'", '’': "'",
};
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

export interface NormalizedText {
  text: string;
  /** toOriginal[i] is the original offset of normalized character i; one extra entry for the end. */
  toOriginal: Int32Array;
}

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LETTERS[ch] ?? ch;
}

/** Normalizes `source`, keeping a map from each normalized character back to the original. */
export function normalizeWithMap(source: string): NormalizedText {
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (dropped(ch.charCodeAt(0))) continue;
    out.push(mapChar(ch));
    map[n++] = i;
  }
  // Taa marbuta at the end of a word reads as haa (the next kept letter decides).
  for (let k = 0; k < out.length; k++) {
    if (out[k] === 'ة' && !ARABIC_LETTER.test(out[k + 1] ?? ' ')) out[k] = 'ه';
  }
  map[n] = source.length;
  return { text: out.join(''), toOriginal: map.slice(0, n + 1) };
}

/** The normalized form of a short string, for comparing names and words. */
export function normalize(s: string): string {
  return normalizeWithMap(s).text.replace(/\s+/g, ' ').trim();
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
