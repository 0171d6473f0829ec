// Two edits of an isnad.yaml's text that quick fixes make, every other byte
// kept (comments, blank lines, quoting), as review-yaml.ts does: a rule's
// setting under `rules:` (a folder turning a rule off), and the removal of
// one decision from `reviews:` (a stale one). The yaml Document API finds
// the places; the text is spliced there.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { figureKey, formatFingerprint, parseFingerprint } from '../analysis/review/index.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { normalizeKey } from './config.js';

export class ConfigEditError extends Error {}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
const columnOf = (text: string, offset: number): number => offset - lineStart(text, offset);
const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

function parse(source: string): { doc: Document; root: YAMLMap | null } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, lineCounter: lines, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) throw new ConfigEditError(`isnad.yaml has a syntax error on line ${lines.linePos(error.pos[0]).line}: fix it first`);
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { doc, root: null };
  if (!isMap(root)) throw new ConfigEditError('isnad.yaml is not a mapping (key: value lines): fix it first');
  return { doc, root };
}

const pairNamed = (map: YAMLMap, key: string): Pair | undefined => map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);

/** The text with `rules: <rule>: <setting>` set: the value replaced, a line added under `rules:`, or `rules:` added at the end. */
export function withRuleSetting(source: string, rule: string, setting: RuleSetting): string {
  const { doc, root } = parse(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const rules = root ? pairNamed(root, 'rules') : undefined;
  const value = rules?.value as Node | null | undefined;
  if (root?.flow || (isMap(value) && value.flow)) {
    doc.setIn(['rules', rule], setting);
    return doc.toString({ lineWidth: 0 });
  }
  if (isMap(value)) {
    const own = pairNamed(value, rule);
    const ownValue = own?.value as Node | null | undefined;
    if (own && isScalar(ownValue) && ownValue.range) return splice(source, ownValue.range[0], ownValue.range[1], setting);
    if (own) throw new ConfigEditError(`rules: ${rule} in isnad.yaml is not a plain value: fix it first`);
    const last = value.items[value.items.length - 1]!;
    const column = columnOf(source, (last.key as Node).range![0]);
    const at = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
    const end = source.indexOf('\n', at);
    const insertAt = end < 0 ? source.length : end + 1;
    const before = end < 0 ? eol : '';
    return splice(source, insertAt, insertAt, `${before}${' '.repeat(column)}${rule}: ${setting}${eol}`);
  }
  if (rules && value !== null && value !== undefined && !(isScalar(value) && value.value === null)) {
    throw new ConfigEditError('rules: in isnad.yaml is not a mapping: fix it first');
  }
  if (rules) {
    const keyEnd = (rules.key as Node).range![1];
    const end = source.indexOf('\n', keyEnd);
    const at = end < 0 ? source.length : source[end - 1] === '\r' ? end - 1 : end;
    const column = columnOf(source, (rules.key as Node).range![0]) + 2;
    return splice(source, at, at, `${eol}${' '.repeat(column)}${rule}: ${setting}`);
  }
  const sep = source === '' || source.endsWith('\n') ? '' : eol;
  return `${source}${sep}rules:${eol}  ${rule}: ${setting}${eol}`;
}

export interface ReviewKey {
  file: string;
  figure: string;
  fingerprint: string;
}

const fingerprintKey = (f: unknown): string => formatFingerprint(parseFingerprint(typeof f === 'string' ? f : ''));

/** Whether an item of `reviews:` is the decision `key` names (the same file, figure and fingerprint, as isnad.yaml compares them). */
function isDecision(item: unknown, key: ReviewKey): boolean {
  if (!isMap(item)) return false;
  const o = item.toJSON() as Record<string, unknown>;
  return typeof o['file'] === 'string' && typeof o['figure'] === 'string' && normalizeKey(o['file']) === normalizeKey(key.file) &&
    figureKey(o['figure']) === figureKey(key.figure) && fingerprintKey(o['fingerprint']) === fingerprintKey(key.fingerprint);
}

/** The text without the decision `key` names (every item that is it); a ConfigEditError when there is none. */
export function withoutReview(source: string, key: ReviewKey): string {
  const { doc, root } = parse(source);
  const reviews = root ? pairNamed(root, 'reviews')?.value : undefined;
  if (!isSeq(reviews)) throw new ConfigEditError('isnad.yaml has no reviews: list');
  const gone = (reviews.items as Node[]).filter((item) => isDecision(item, key));
  if (!gone.length) throw new ConfigEditError(`isnad.yaml has no decision on "${key.figure}" in ${key.file} any more`);
  if (reviews.flow || gone.some((item) => !item.range)) {
    reviews.items = reviews.items.filter((item) => !isDecision(item, key));
    return doc.toString({ lineWidth: 0 });
  }
  let text = source;
  // from the last, so that the earlier ranges still hold
  for (const item of [...gone].reverse()) {
    const [start, , end] = item.range!;
    const from = lineStart(text, start); // the line of its "- "
    const lineEnd = text.indexOf('\n', Math.max(start, end - 1));
    const to = end > start && text[end - 1] === '\n' ? end : lineEnd < 0 ? text.length : lineEnd + 1;
    text = splice(text, from, to, '');
  }
  return text;
}
