// Adding an article's entry under `articles:` in the text of an isnad.yaml,
// every other byte kept (comments, blank lines, quoting), as review-yaml.ts
// does for decisions: the yaml Document API finds where `articles:` and its
// entries are, the entry is rendered by the same API and spliced in there.
// An entry of the same key is replaced only when the caller says so.
import { Document, LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { normalizeKey } from '../config.js';
import type { ImportedMetadata } from './model.js';

export class MetadataWriteError extends Error {}

/** The fields isnad.yaml keeps of an article, in its order; empty ones left out. */
export function entryObject(metadata: ImportedMetadata): Record<string, string> {
  const entry: Record<string, string> = {};
  for (const key of ['published', 'outlet', 'url', 'author'] as const) {
    const value = metadata[key];
    if (value) entry[key] = value;
  }
  return entry;
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
const columnOf = (text: string, offset: number): number => offset - lineStart(text, offset);
const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** `key:` and its fields as block YAML at `column`, lines ended by `eol`, without a line end after the last. */
function render(key: string, entry: Record<string, string>, column: number, eol: string): string {
  const body = Object.keys(entry).length ? entry : null;
  const text = new Document({ [key]: body }).toString({ lineWidth: 0 }).replace(/\n$/, '');
  return text.split('\n').join(eol + ' '.repeat(column));
}

const keyOf = (pair: Pair): string | null => (isScalar(pair.key) ? normalizeKey(String(pair.key.value)) : null);

/** The pair of `articles:` whose key is `key` (compared as isnad.yaml compares them). */
export function articlePair(articles: YAMLMap, key: string): Pair | undefined {
  return articles.items.find((p) => keyOf(p) === normalizeKey(key));
}

function rootMap(doc: Document): YAMLMap | null {
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return null;
  if (!isMap(root)) throw new MetadataWriteError('isnad.yaml is not a mapping (key: value lines): fix it first');
  return root;
}

function parse(source: string): Document {
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, lineCounter: lines, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const { line } = lines.linePos(error.pos[0]);
    throw new MetadataWriteError(`isnad.yaml has a syntax error on line ${line} (${error.message.split('\n')[0]}): fix it first`);
  }
  return doc;
}

/** The `articles:` mapping of an isnad.yaml's text, as plain data; empty when there is none. */
export function articlesOf(source: string): Map<string, Record<string, unknown>> {
  const root = rootMap(parse(source));
  const articles = root?.get('articles', true);
  const out = new Map<string, Record<string, unknown>>();
  if (!isMap(articles)) return out;
  for (const pair of articles.items) {
    const key = keyOf(pair);
    const value = isMap(pair.value) ? (pair.value.toJSON() as Record<string, unknown>) : {};
    if (key !== null) out.set(key, value);
  }
  return out;
}

/** The text of `source` with the article's entry added; `replace`: an entry of that key is replaced, else it is an error. */
export function withArticleEntry(source: string, key: string, entry: Record<string, string>, replace = false): string {
  const doc = parse(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const root = rootMap(doc);
  const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === 'articles');
  const articles = pair?.value;
  if (pair && articles !== null && articles !== undefined && !isMap(articles) && !(isScalar(articles) && articles.value === null)) {
    throw new MetadataWriteError('articles: in isnad.yaml is not a mapping: fix it first');
  }
  if (root?.flow || (isMap(articles) && articles.flow)) return viaDocument(doc, root, key, entry, replace);
  if (isMap(articles)) {
    const same = articlePair(articles, key);
    if (same && !replace) throw new MetadataWriteError(`isnad.yaml already has an entry for ${key}`);
    if (same) return replaceEntry(source, same, key, entry, eol);
    const last = articles.items[articles.items.length - 1]!;
    const column = columnOf(source, (last.key as Node).range![0]);
    const at = lastEnd(last);
    const before = source.slice(0, at).endsWith('\n') ? '' : eol;
    return splice(source, at, at, `${before}${' '.repeat(column)}${render(key, entry, column, eol)}${eol}`);
  }
  if (pair) {
    const keyStart = (pair.key as Node).range![0];
    const column = columnOf(source, keyStart) + 2;
    const lineEnd = source.indexOf('\n', keyStart);
    const at = lineEnd < 0 ? source.length : source[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return splice(source, at, at, `${eol}${' '.repeat(column)}${render(key, entry, column, eol)}`);
  }
  const sep = source === '' || source.endsWith('\n') ? '' : eol;
  return `${source}${sep}articles:${eol}  ${render(key, entry, 2, eol)}${eol}`;
}

/** Where an entry's text ends (after its value's last line, or its key when it has no value). */
function lastEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range?.[2] ?? (pair.key as Node).range![2];
}

function replaceEntry(source: string, pair: Pair, key: string, entry: Record<string, string>, eol: string): string {
  const start = (pair.key as Node).range![0];
  const end = lastEnd(pair);
  const old = source.slice(start, end);
  const trailing = old.length - old.trimEnd().length;
  return splice(source, start, end - trailing, render(key, entry, columnOf(source, start), eol));
}

/** Flow style: through the Document API, the file re-rendered. */
function viaDocument(doc: Document, root: YAMLMap | null, key: string, entry: Record<string, string>, replace: boolean): string {
  if (!root) return new Document({ articles: { [key]: entry } }).toString({ lineWidth: 0 });
  const articles = root.get('articles', true);
  if (isMap(articles)) {
    if (articlePair(articles, key) && !replace) throw new MetadataWriteError(`isnad.yaml already has an entry for ${key}`);
    articles.flow = false;
    articles.set(key, doc.createNode(entry));
  } else root.set('articles', doc.createNode({ [key]: entry }));
  root.flow = false;
  return doc.toString({ lineWidth: 0 });
}
