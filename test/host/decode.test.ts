import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticle } from '../../server/src/host/decode.js';

const SENTENCE = 'قال المبعوث إن 5200 جندي 🇺🇸 باقون';

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) [out[i], out[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return out;
}

const cat = (...parts: (number[] | Uint8Array)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));

const CASES: { name: string; bytes: Uint8Array; text?: string; encoding?: string; problem?: RegExp }[] = [
  { name: 'UTF-8', bytes: new TextEncoder().encode(SENTENCE), text: SENTENCE, encoding: 'UTF-8' },
  { name: 'UTF-8 with BOM (dropped)', bytes: cat([0xef, 0xbb, 0xbf], new TextEncoder().encode(SENTENCE)), text: SENTENCE, encoding: 'UTF-8' },
  { name: 'UTF-16 LE with BOM', bytes: cat([0xff, 0xfe], utf16le(SENTENCE)), text: SENTENCE, encoding: 'UTF-16LE' },
  { name: 'UTF-16 BE with BOM', bytes: cat([0xfe, 0xff], swapped(utf16le(SENTENCE))), text: SENTENCE, encoding: 'UTF-16BE' },
  { name: 'empty file', bytes: new Uint8Array(0), text: '', encoding: 'UTF-8' },
  { name: 'binary (NUL bytes)', bytes: cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), problem: /binary/ },
  { name: 'UTF-16 without BOM looks binary', bytes: utf16le('abc'), problem: /binary/ },
  // Windows-1256 bytes for "قال" are not valid UTF-8
  { name: 'Windows-1256 Arabic', bytes: cat([0xe3, 0xc7, 0xe1, 0x20, 0xdE]), problem: /^not UTF-8 text$/ },
  { name: 'truncated UTF-8 sequence', bytes: cat(new TextEncoder().encode('قال'), [0xd9]), problem: /^not UTF-8 text$/ },
  { name: 'UTF-16 LE with an odd byte count', bytes: cat([0xff, 0xfe], utf16le('قال'), [0x41]), problem: /UTF-16LE/ },
];

test('articles decode from UTF-8 and UTF-16, and binary or invalid bytes are refused with a reason', () => {
  for (const c of CASES) {
    const r = decodeArticle(c.bytes);
    if (c.problem) {
      assert.ok('problem' in r, `${c.name}: expected a problem`);
      assert.match(r.problem, c.problem, c.name);
    } else {
      assert.ok('text' in r, `${c.name}: ${'problem' in r ? r.problem : ''}`);
      assert.equal(r.text, c.text, c.name);
      assert.equal(r.encoding, c.encoding, c.name);
    }
  }
});

test('only the first 8 KB are sniffed for NUL bytes: a later NUL is text', () => {
  const text = 'ا'.repeat(5000) + '\u0000';
  const r = decodeArticle(new TextEncoder().encode(text));
  assert.ok('text' in r && r.text.length === 5001);
});
