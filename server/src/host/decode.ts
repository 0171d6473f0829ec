// Bytes → article text. Articles are UTF-8 (a BOM is dropped) or UTF-16 with a
// BOM. Old Arabic newsroom systems saved Windows-1256: bytes that are not
// UTF-8 are read that way when the result is Arabic, with a notice naming the
// encoding. Anything else (binary files, text in another code page) is
// refused with a reason the user can act on rather than analysed as mojibake.
import { isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';

export type Decoded =
  | { text: string; encoding: string; /** Said to the user beside the analysis: how the text was read. */ notice?: string }
  | { problem: string };

/** Bytes looked at for NUL bytes: binary files show them early, while a stray NUL late in a long text is tolerated. */
const SNIFF_BYTES = 8 * 1024;
/** Share of invalid sequences a UTF-8 file may have (a cut-off last character, a stray byte) and still be read as UTF-8. */
const MAX_INVALID_UTF8 = 0.001;
/** Share of control characters above which a text is taken for binary data. */
const MAX_CONTROLS = 0.02;
const LEGACY_ENCODING = 'windows-1256';
const LEGACY_LABEL = 'Windows-1256';
const BINARY = 'binary file (mostly non-text characters)';

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 read strictly (null when a sequence is invalid), without a BOM. The
 * check is Node's own (simdutf): several times faster than a fatal
 * TextDecoder, which goes through ICU. The text is made by transcoding the
 * bytes to UTF-16 and reading those: about six times faster on Arabic than
 * reading UTF-8 into a string (V8 decodes it a byte at a time), and the same
 * text for valid UTF-8. Without ICU (no transcode), the UTF-8 reading.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return typeof transcode === 'function' ? transcode(buffer, 'utf8', 'utf16le').toString('utf16le') : buffer.toString('utf8');
}

/** UTF-16 BE as LE with each pair of bytes swapped: TextDecoder may lack utf-16be without full ICU. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  if (bytes.length % 2) out[bytes.length - 1] = bytes[bytes.length - 1]!;
  return out;
}

/** C0 and C1 controls other than the line and page breaks and tabs text uses, and DEL. */
function isControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  return code >= 0x7f && code <= 0x9f;
}

/**
 * The characters isControl answers true for: one native scan finds that most
 * texts have none. Written as two alternatives, not one class: V8 compiles
 * the alternation to a scan about 2.5 times faster on article text (the one
 * class cost 2.3 ns a character, as much as the reading of the bytes).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ANY_CONTROL = /[\u0000-\u0008\u000e-\u001f]|[\u007f-\u009f]/;

/** Mostly non-text: more control characters (NUL among them) than any text has. */
export function looksBinary(text: string): boolean {
  if (!ANY_CONTROL.test(text)) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) controls++;
  }
  return controls > Math.max(8, text.length * MAX_CONTROLS);
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const LETTER = /\p{L}/gu;

/** Whether most of the letters of `text` are in the Arabic blocks. */
export function readsAsArabic(text: string): boolean {
  let letters = 0, arabic = 0;
  for (const [letter] of text.matchAll(LETTER)) {
    letters++;
    if (ARABIC.test(letter)) arabic++;
  }
  return letters > 0 && arabic * 2 > letters;
}

function accept(text: string, encoding: string, notice?: string): Decoded {
  if (looksBinary(text)) return { problem: BINARY };
  return notice ? { text, encoding, notice } : { text, encoding };
}

function withBom(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le', label: string): Decoded {
  const text = encoding === 'utf-8' ? strictUtf8(bytes.subarray(3)) : strict(encoding, bytes);
  return text === null ? { problem: `not valid ${label} text` } : accept(text, label);
}

/** U+FFFD in the lenient reading that stand for invalid bytes, not for a U+FFFD written in the file. */
function invalidSequences(lenient: string, bytes: Uint8Array): number {
  let replacements = 0, written = 0;
  for (let i = lenient.indexOf('\ufffd'); i >= 0; i = lenient.indexOf('\ufffd', i + 1)) replacements++;
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) written++;
  }
  return replacements - written;
}

/** UTF-8 without a BOM; failing that, UTF-8 with a few bad bytes replaced; failing that, Windows-1256 Arabic. */
function withoutBom(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { problem: 'binary file (it contains NUL bytes)' };
  const text = strictUtf8(bytes);
  if (text !== null) return accept(text, 'UTF-8');
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const invalid = invalidSequences(lenient, bytes);
  if (invalid <= Math.max(1, lenient.length * MAX_INVALID_UTF8)) {
    return accept(lenient, 'UTF-8', `Read as UTF-8 with ${invalid} invalid byte ${invalid === 1 ? 'sequence' : 'sequences'} replaced by \ufffd.`);
  }
  const legacy = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), LEGACY_ENCODING);
  if (looksBinary(legacy)) return { problem: BINARY };
  if (readsAsArabic(legacy)) return { text: legacy, encoding: LEGACY_LABEL, notice: `Read as ${LEGACY_LABEL} (the Arabic Windows encoding): the file is not UTF-8.` };
  return { problem: `not UTF-8 text, and not Arabic in ${LEGACY_LABEL}` };
}

/**
 * Decodes an article's bytes. The BOM, when there is one, decides the
 * encoding and is not part of the text (offsets count from the first
 * character after it). NUL bytes without a UTF-16 BOM mean a binary file.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return withBom(bytes, 'utf-8', 'UTF-8');
  if (startsWith(bytes, [0xff, 0xfe])) return withBom(bytes, 'utf-16le', 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return withBom(swapPairs(bytes), 'utf-16le', 'UTF-16BE');
  return withoutBom(bytes);
}
