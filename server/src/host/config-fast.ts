// The fast path of isnad.yaml for the common archive: a file that is nothing
// but an `articles:` map of plain entries, written one field a line, as
// `isnad import` and the archive scripts write it. The yaml package builds a
// document tree of every node with its range for such a file (4.8 MB and
// about two seconds for the 31,030 articles of SaudiNewsNet, before the first
// article can be analysed); this reads the same lines into the same entries
// in one pass over them. It answers only when it is sure to give what the
// full parse gives without a single problem to report: any other shape (other
// keys, comments after values, escapes, block scalars, flow collections,
// anchors, tabs, a key or value yaml would read as a number, a boolean or
// null), any duplicate, unknown field or bad date, and the caller parses the
// file fully, for its message with the line and column.
import type { ArticleEntry } from './config.js';

/** The fields of an entry, each with its bit in the mask of the fields an entry has (a Set per entry cost more than the rest of its reading). */
const FIELD_BITS = new Map<string, number>([['published', 1], ['outlet', 2], ['url', 4], ['author', 8]]);

/** What the core schema of YAML 1.2 reads as null, a boolean or a number, not a string. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * A key as written in such a file (a file name or path): no space, quote,
 * colon, comment sign or flow bracket, and no indicator that would make it
 * something else (`- `, `? `, an anchor, a tag, a merge key).
 */
const KEY = /^([^\s#'"\-?:,[\]{}&*!|>%@`<\ufeff][^\s#:,[\]{}\ufeff]*):[ ]*$/;
/** A value in double or single quotes with nothing yaml would read in it (no escape, no quote of its kind). */
const QUOTED = /^(?:"([^"\\]*)"|'([^']*)')$/;
/**
 * A plain value on one line: it starts with no indicator and holds no
 * comment sign, no colon followed by a space, no flow bracket.
 */
const PLAIN = /^[^\s#'"\-?:,[\]{}&*!|>%@`<\ufeff](?:[^#:,[\]{}\ufeff]|:(?! ))*$/;

/**
 * Characters that yaml reads in ways of their own, refuses, or that this
 * reader would have to weigh: tabs, controls (all below a space but the
 * line feed and carriage return), the line separators of YAML 1.1. One
 * native scan, not a loop over the char codes (in a CPU profile of the 4.8
 * MB of an archive's file, 7 ms against 12), and written as alternatives,
 * not one class, which V8 scans faster (as decode.ts found for its own).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNUSUAL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f]|[\u007f\u0085]|[\u2028\u2029]/;

/**
 * UNUSUAL anywhere, or a byte order mark at the start (pasted web text
 * leaves one inside a quoted URL now and then: there it is a character of
 * the string).
 */
const unusual = (source: string): boolean => source.charCodeAt(0) === 0xfeff || UNUSUAL.test(source);
/** yaml refuses an implicit key longer than 1024 characters. */
const MAX_KEY = 1000;

/** Leading spaces of a line. */
function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/** A field line from its indentation at `start`, `name: value`, as its name and its value without the spaces around it ('' for none). */
function fieldOf(line: string, start: number): { name: string; written: string } | null {
  const colon = line.indexOf(':', start);
  if (colon < 0) return null;
  const name = line.slice(start, colon);
  let from = colon + 1, to = line.length;
  while (to > from && line.charCodeAt(to - 1) === 0x20) to--;
  if (from < to && line.charCodeAt(from) !== 0x20) return null;
  while (from < to && line.charCodeAt(from) === 0x20) from++;
  return { name, written: line.slice(from, to) };
}

/** The string a field's value reads as (trimmed, empty as null, as config.ts `text` makes it), or undefined when not sure. */
function valueOf(written: string): string | null | undefined {
  if (written === '') return null;
  const quoted = QUOTED.exec(written);
  if (quoted) return (quoted[1] ?? quoted[2] ?? '').trim() || null;
  if (!PLAIN.test(written) || NOT_A_STRING.test(written)) return undefined;
  return written.trim() || null;
}

/**
 * The `articles:` map of `source` when the whole file is such a map and has
 * nothing to report; null when the full parser must read it. Keys are the
 * file names as written (the caller normalizes them).
 */
export function plainArticles(source: string, isIsoDay: (value: string) => boolean): [string, ArticleEntry][] | null {
  if (unusual(source)) return null;
  const lines = source.split('\n');
  const out: [string, ArticleEntry][] = [];
  const keys = new Set<string>();
  let seenTop = false;
  let keyIndent = -1, fieldIndent = -1;
  let entry: ArticleEntry | null = null;
  // the FIELD_BITS of the fields the entry has
  let fields = 0;
  for (let raw of lines) {
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const indent = indentOf(raw);
    // blank lines and whole-line comments are nothing to yaml
    if (indent === raw.length || raw.charCodeAt(indent) === 0x23) continue;
    if (!seenTop) {
      if (!/^articles:[ ]*$/.test(raw)) return null;
      seenTop = true;
      continue;
    }
    if (indent === 0) return null;
    if (keyIndent < 0) keyIndent = indent;
    if (indent === keyIndent) {
      const key = KEY.exec(raw.slice(indent))?.[1];
      if (key === undefined || key.length > MAX_KEY || NOT_A_STRING.test(key) || keys.has(key)) return null;
      keys.add(key);
      entry = { published: null, outlet: null, url: null, author: null };
      fields = 0;
      out.push([key, entry]);
      continue;
    }
    if (entry === null || indent < keyIndent) return null;
    if (fieldIndent < 0) fieldIndent = indent;
    if (indent !== fieldIndent) return null;
    const field = fieldOf(raw, indent);
    // (an unknown name, any name not in FIELD_BITS, is no field)
    const bit = field ? FIELD_BITS.get(field.name) ?? 0 : 0;
    if (!field || bit === 0 || (fields & bit) !== 0) return null;
    const { name } = field;
    fields |= bit;
    const value = valueOf(field.written);
    if (value === undefined || (name === 'published' && value !== null && !isIsoDay(value))) return null;
    entry[name as keyof ArticleEntry] = value;
  }
  return seenTop ? out : null;
}
