import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeArticle, looksBinary, readsAsArabic } from '../../server/src/host/decode.js';

const SEED = readdirSync(join(__dirname, '..', '..', 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0]!;

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
  // Windows-1256 bytes for "مال زاد" (not UTF-8): read as Arabic, with a notice naming the encoding
  { name: 'Windows-1256 Arabic', bytes: cat([0xe3, 0xc7, 0xe1, 0x20, 0xd2, 0xc7, 0xcf]), text: 'مال زاد', encoding: 'Windows-1256' },
  // a download cut in the middle of the last character is still UTF-8
  { name: 'truncated UTF-8 sequence', bytes: cat(new TextEncoder().encode('قال'), [0xd9]), text: 'قال\ufffd', encoding: 'UTF-8' },
  { name: 'Latin-1 French is neither UTF-8 nor Arabic', bytes: cat([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0xe0, 0x20, 0xe9, 0x74, 0xe9]), problem: /^not UTF-8 text, and not Arabic in Windows-1256$/ },
  { name: 'UTF-16 LE with an odd byte count', bytes: cat([0xff, 0xfe], utf16le('قال'), [0x41]), problem: /UTF-16LE/ },
  { name: 'control characters without NUL', bytes: cat(...Array.from({ length: 64 }, (_, i) => [1 + (i % 8), 0x41])), problem: /^binary file \(mostly non-text/ },
  { name: 'UTF-16 LE of control characters', bytes: cat([0xff, 0xfe], utf16le('\u0001\u0002\u0003'.repeat(20))), problem: /^binary/ },
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

test('only the first 8 KB are sniffed for NUL bytes: a later stray NUL is text', () => {
  const text = 'ا'.repeat(5000) + '\u0000';
  const r = decodeArticle(new TextEncoder().encode(text));
  assert.ok('text' in r && r.text.length === 5001);
});

test('an article saved in Windows-1256 reads exactly as its UTF-8 text, with a notice naming the encoding', () => {
  const seed = readFileSync(join(__dirname, '..', '..', 'seeds', SEED), 'utf8');
  const r = decodeArticle(iconv.encode(seed, 'windows-1256'));
  assert.ok('text' in r, 'problem' in r ? r.problem : '');
  assert.equal(r.text, seed);
  assert.equal(r.encoding, 'Windows-1256');
  assert.match(r.notice ?? '', /Windows-1256/);
  assert.equal((decodeArticle(new TextEncoder().encode(seed)) as { notice?: string }).notice, undefined, 'UTF-8 needs no notice');
});

test('a few invalid bytes keep a UTF-8 article UTF-8, with a notice; a U+FFFD written in the file is not one of them', () => {
  const text = 'قال الوزير إن 300 جندي \ufffd وصلوا. '.repeat(200);
  const bytes = new TextEncoder().encode(text);
  const broken = cat(bytes.subarray(0, 1001), [0xff], bytes.subarray(1001));
  const r = decodeArticle(broken);
  assert.ok('text' in r && r.encoding === 'UTF-8', JSON.stringify(r).slice(0, 200));
  assert.match(r.notice ?? '', /1 invalid byte sequence/);
});

test('random bytes are binary, with or without NUL bytes', () => {
  let state = 7;
  const random = new Uint8Array(64 * 1024).map(() => (state = (state * 1103515245 + 12345) % 2147483648) >> 16);
  assert.match((decodeArticle(random) as { problem: string }).problem, /^binary/);
  assert.match((decodeArticle(random.map((b) => b || 1)) as { problem: string }).problem, /^binary/);
});

test('Arabic letters must be the majority for Windows-1256 to be believed', () => {
  assert.ok(readsAsArabic('قال الوزير ok'));
  assert.ok(!readsAsArabic('Le ministre a dit قال'));
  assert.ok(!readsAsArabic('12345 !?'));
  assert.ok(!looksBinary('سطر\tأول\r\nسطر ثان\f'));
});

test('valid UTF-8 reads as Node reads it, in every plane (the text is transcoded through UTF-16)', () => {
  // every 97th code point up to U+10FFFF, surrogates left out, among Arabic text and line breaks
  const points: number[] = [];
  for (let cp = 0x20; cp <= 0x10ffff; cp += 97) if (cp < 0xd800 || cp > 0xdfff) points.push(cp);
  const text = `${SENTENCE}\n${String.fromCodePoint(...points)}\r\n${SENTENCE}`;
  const bytes = new TextEncoder().encode(text);
  assert.equal(Buffer.from(bytes).toString('utf8'), text);
  const decoded = decodeArticle(bytes);
  assert.ok('text' in decoded);
  assert.equal(decoded.text, text);
  assert.equal(decoded.encoding, 'UTF-8');
});
