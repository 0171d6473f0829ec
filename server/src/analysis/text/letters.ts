// The Arabic letters and marks the passes test by char code: one name for
// each, kept here for every pass (a test of one code unit builds no string,
// which is why the hot paths read letters this way rather than by regex).

export const ALEF = 0x0627, BAA = 0x0628, TAA_MARBUTA = 0x0629, TAA = 0x062a, DAL = 0x062f;
export const FAA = 0x0641, QAF = 0x0642, KAF = 0x0643, LAM = 0x0644, MEEM = 0x0645, NOON = 0x0646;
export const HAA = 0x0647, WAW = 0x0648, YAA = 0x064a;

/** A letter of the Arabic alphabet, ء to ي (not the letters other languages add to the script). */
export const isArabicLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a;

/** و or ف: the conjunctions written joined to the word after them. */
export const isConjunction = (code: number): boolean => code === WAW || code === FAA;

/** A haraka, the superscript alef or a tatweel: written on or between letters, no letter itself. */
const isMark = (code: number): boolean => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;

/**
 * The code unit at i, or -1 outside the text: no code unit, and no letter,
 * digit or mark test takes it (as none takes charCodeAt's NaN there). For
 * reads that may fall one or two past either end of a word or text: the
 * bounds test saves the deopt that an optimized charCodeAt past the end
 * makes, and -1 (not the double NaN) the deopt of callers that met only
 * small integers; each deopt recompiles the function the read is inlined in.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** The last letter of the original word in [from, end), the marks after it skipped. */
export function lastLetter(text: string, from: number, end: number): number {
  let i = end - 1;
  while (i > from && isMark(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}
