// Bytes → article text. Articles are UTF-8 (a BOM is dropped) or UTF-16 with a
// BOM; anything else is refused with a reason the user can act on rather than
// analysed as mojibake. Decoders are tried in order: a legacy Arabic code page
// (Windows-1256) can later be added as one more entry of DECODERS.

export type Decoded = { text: string; encoding: string } | { problem: string };

/** Bytes looked at for NUL bytes: binary files show them early. */
const SNIFF_BYTES = 8 * 1024;

interface Decoder {
  /** Decides from the bytes alone whether this decoder applies. */
  accepts(bytes: Uint8Array): boolean;
  decode(bytes: Uint8Array): Decoded;
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function strict(encoding: string, bytes: Uint8Array, label: string): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes), encoding: label };
  } catch {
    return { problem: `not valid ${label} text` };
  }
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

const DECODERS: Decoder[] = [
  { accepts: (b) => startsWith(b, [0xef, 0xbb, 0xbf]), decode: (b) => strict('utf-8', b, 'UTF-8') },
  { accepts: (b) => startsWith(b, [0xff, 0xfe]), decode: (b) => strict('utf-16le', b, 'UTF-16LE') },
  { accepts: (b) => startsWith(b, [0xfe, 0xff]), decode: (b) => strict('utf-16le', swapPairs(b), 'UTF-16BE') },
  { accepts: (b) => !b.subarray(0, SNIFF_BYTES).includes(0), decode: (b) => utf8(b) },
];

function utf8(bytes: Uint8Array): Decoded {
  const r = strict('utf-8', bytes, 'UTF-8');
  return 'problem' in r ? { problem: 'not UTF-8 text' } : r;
}

/**
 * Decodes an article's bytes. The BOM, when there is one, decides the
 * encoding and is not part of the text (offsets count from the first
 * character after it). NUL bytes without a UTF-16 BOM mean a binary file.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const decoder = DECODERS.find((d) => d.accepts(bytes));
  if (!decoder) return { problem: 'binary file (it contains NUL bytes)' };
  return decoder.decode(bytes);
}
