// Labels that mix Arabic with English words, numbers, quotes or file names,
// shown in the editor's left-to-right rows (the Problems panel, the outline,
// tree views, quick picks, code lenses). Without help the bidi algorithm
// draws neighbouring numbers and quotes into the Arabic («"5200 "جندي») and
// lays a file name out inside it. Each Arabic piece is put between
// first-strong isolates (U+2068 … U+2069): inside, it is laid out as its
// own right-to-left paragraph; outside, it is one block in its place. Pure,
// shared by the server and the client.

const FSI = '\u2068';
const PDI = '\u2069';

const ARABIC = /\p{Script=Arabic}/u;
/** What may stand between two Arabic words of one run: spaces, digits, punctuation (not Latin letters, not ASCII quotes). */
const INSIDE_RUN = /[\s\d.,،؛:%()«»\-–]/;

/** Text inside first-strong isolates: laid out by its own first strong letter, kept whole in the line. */
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

export const hasArabic = (text: string): boolean => ARABIC.test(text);

/** Whether `text` opens more of `open` than it closes (a run that leaves its bracket open). */
const leavesOpen = (text: string, open: string, close: string): boolean => text.split(open).length > text.split(close).length;

/**
 * Each run of Arabic in `text` isolated: from an Arabic letter to the last
 * Arabic letter after it with only spaces, digits and punctuation between,
 * and the bracket it opened: «(البنتاغون)» whole. A scan, no regex: one pass.
 */
function isolateRuns(text: string): string {
  const chars = [...text];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (!ARABIC.test(chars[i]!)) {
      out += chars[i++];
      continue;
    }
    let end = i + 1; // just after the last Arabic letter of the run
    for (let j = end; j < chars.length && (ARABIC.test(chars[j]!) || INSIDE_RUN.test(chars[j]!)); j++) {
      if (ARABIC.test(chars[j]!)) end = j + 1;
    }
    let run = chars.slice(i, end).join('');
    if ((chars[end] === ')' && leavesOpen(run, '(', ')')) || (chars[end] === '»' && leavesOpen(run, '«', '»'))) run += chars[end++];
    out += isolate(run);
    i = end;
  }
  return out;
}

/**
 * A message of English words with Arabic in it, readable in a left-to-right
 * row: each quotation (in ASCII double quotes) holding Arabic is isolated
 * whole, so its numbers stay on its Arabic side ("⁨5200 جندي⁩"), and so is
 * every other run of Arabic. Text already isolated is left as it is.
 */
export function isolateArabic(message: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const ch = message[i]!;
    const close = ch === FSI ? message.indexOf(PDI, i + 1) : ch === '"' ? message.indexOf('"', i + 1) : -1;
    const line = message.indexOf('\n', i + 1);
    if (close > i && (ch === FSI || line < 0 || line > close)) {
      const inside = message.slice(i + 1, close);
      const kept = ch === FSI || !hasArabic(inside) || (inside.startsWith(FSI) && inside.endsWith(PDI));
      out += kept ? message.slice(i, close + 1) : `"${isolate(inside)}"`;
      i = close + 1;
      continue;
    }
    // up to the next isolate or quotation: the plain text between
    let next = i + 1;
    while (next < message.length && message[next] !== FSI && message[next] !== '"') next++;
    out += isolateRuns(message.slice(i, next));
    i = next;
  }
  return out;
}

const HASH = /^[0-9a-f]{8,}$/i;
const LONGEST_NAME = 24;

/**
 * A file name short enough to sit after a label as its description: no
 * `.txt`, no hash-like tail (`001_07f643b4c079ef5b` → `001`), at most a
 * couple of dozen characters (the end cut, so it still starts as the file does).
 */
export function shortFileName(name: string): string {
  const bare = name.replace(/\.txt$/i, '');
  const cut = Math.max(bare.lastIndexOf('_'), bare.lastIndexOf('-'));
  const short = cut > 0 && HASH.test(bare.slice(cut + 1)) ? bare.slice(0, cut) : bare;
  if (short.length <= LONGEST_NAME) return short;
  let end = LONGEST_NAME - 1;
  while (end > 1 && '-_. '.includes(short[end - 1]!)) end--;
  return `${short.slice(0, end)}…`;
}
