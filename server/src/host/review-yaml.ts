// Adding a review decision to the text of an isnad.yaml without disturbing
// the rest of it. The yaml Document API finds where `reviews:` and its items
// are; the new entry is rendered by the same API and spliced into the text
// there, so every other byte (comments, blank lines, indentation, quoting,
// aligned comments) stays as the user wrote it. A decision on a figure that
// already has one (same file, figure and fingerprint) replaces it.
import { Document, LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { figureKey, formatFingerprint, parseFingerprint } from '../analysis/review/index.js';
import type { Review } from '../analysis/review/index.js';
import { normalizeKey } from './config.js';
import { tooDeep } from './yaml-depth.js';

/** Why the decision cannot be written; the message is for the user. */
export class ReviewWriteError extends Error {}

/** The entry as isnad.yaml writes it: source for a sourced figure, reason otherwise. */
export function reviewObject(review: Review): Record<string, string> {
  const entry: Record<string, string> = {
    file: review.file, figure: review.figure, fingerprint: review.fingerprint, decision: review.decision,
  };
  if (review.note) entry[review.decision === 'sourced' ? 'source' : 'reason'] = review.note;
  if (review.reviewer) entry.reviewer = review.reviewer;
  if (review.date) entry.date = review.date;
  return entry;
}

/** The entry as block YAML, its lines after the first indented to `column`. */
function render(review: Review, column: number, eol: string): string {
  const text = new Document(reviewObject(review)).toString({ lineWidth: 0 }).replace(/\n$/, '');
  return text.split('\n').join(eol + ' '.repeat(column));
}

const sameFigure = (a: Review, b: Record<string, unknown>): boolean =>
  typeof b.file === 'string' && typeof b.figure === 'string' && normalizeKey(b.file) === normalizeKey(a.file) &&
  figureKey(b.figure) === figureKey(a.figure) &&
  formatFingerprint(parseFingerprint(typeof b.fingerprint === 'string' ? b.fingerprint : '')) === formatFingerprint(parseFingerprint(a.fingerprint));

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
const columnOf = (text: string, offset: number): number => offset - lineStart(text, offset);
const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** A new item after the last one of a block list; an item on the same figure is replaced instead. */
function intoBlockList(text: string, seq: YAMLSeq, review: Review, eol: string): string {
  const items = seq.items as Node[];
  const same = items.find((item) => isMap(item) && sameFigure(review, item.toJSON() as Record<string, unknown>));
  if (same?.range) {
    const [start, end] = same.range;
    const old = text.slice(start, end);
    const trailing = old.length - old.trimEnd().length; // the old entry's line end and blank lines stay
    return splice(text, start, end - trailing, render(review, columnOf(text, start), eol));
  }
  const dash = columnOf(text, seq.range![0]);
  const at = items[items.length - 1]!.range![2];
  const before = text.slice(0, at).endsWith('\n') ? '' : eol;
  return splice(text, at, at, `${before}${' '.repeat(dash)}- ${render(review, dash + 2, eol)}${eol}`);
}

/** Under a `reviews:` with nothing after it yet: the list starts on the next line. */
function underEmptyKey(text: string, pair: Pair, review: Review, eol: string): string {
  const keyStart = (pair.key as Node).range![0];
  const column = columnOf(text, keyStart) + 2;
  const lineEnd = text.indexOf('\n', keyStart);
  const at = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return splice(text, at, at, `${eol}${' '.repeat(column)}- ${render(review, column + 2, eol)}`);
}

/** No `reviews:` yet: one at the end of the file. */
function atEnd(text: string, review: Review, eol: string): string {
  const sep = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${sep}reviews:${eol}  - ${render(review, 4, eol)}${eol}`;
}

/** Shapes the splicing does not handle (flow style): through the Document API, the file re-rendered. */
function viaDocument(doc: Document, root: YAMLMap | null, review: Review): string {
  if (!root) return doc.toString({ lineWidth: 0 });
  const seq = root.get('reviews', true);
  if (isSeq(seq)) {
    seq.flow = false;
    seq.items.push(doc.createNode(reviewObject(review)));
  } else root.set('reviews', doc.createNode([reviewObject(review)]));
  root.flow = false;
  return doc.toString({ lineWidth: 0 });
}

function rootMap(doc: Document): YAMLMap | null {
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return null;
  if (!isMap(root)) throw new ReviewWriteError('isnad.yaml is not a mapping (key: value lines): fix it first');
  return root;
}

/** The text of `source` with the decision added (or replacing one on the same figure). */
export function withReview(source: string, review: Review): string {
  const deep = tooDeep(source);
  if (deep) throw new ReviewWriteError(`isnad.yaml cannot be read on line ${deep.line} (${deep.message}): fix it first`);
  const lines = new LineCounter();
  // uniqueKeys: yaml compares every key with every other (34 s on a 31,000-article isnad.yaml); duplicates are
  // found by parseConfig, in linear time, when the result is read back (reviews.ts)
  const doc = parseDocument(source, { prettyErrors: false, lineCounter: lines, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const { line } = lines.linePos(error.pos[0]);
    throw new ReviewWriteError(`isnad.yaml has a syntax error on line ${line} (${error.message.split('\n')[0]}): fix it first`);
  }
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const root = rootMap(doc);
  const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === 'reviews');
  const value = pair?.value;
  if (pair && value !== null && value !== undefined && !isSeq(value) && !(isScalar(value) && value.value === null)) {
    throw new ReviewWriteError('reviews: in isnad.yaml is not a list: fix it first');
  }
  if (root?.flow || (isSeq(value) && value.flow)) return viaDocument(doc, root, review);
  if (isSeq(value)) return intoBlockList(source, value, review, eol);
  if (pair) return underEmptyKey(source, pair, review, eol);
  return atEnd(source, review, eol);
}
