// The parts of a hover that come from the rest of the folder: the other
// values of a figure's quantity (each a link to its figure) and why a
// speaker is the same person as in the other articles. Arabic from the
// articles goes inside bidi isolates, so a line with English labels keeps
// its order in either direction.
import type { Location } from 'vscode-languageserver';
import type { Figure, Speaker } from '../analysis/model.js';
import type { Merge, OtherValue } from '../analysis/workspace/index.js';
import type { Analysed, ArticleStore } from './articles.js';
import { Markdown, escapeMarkdown, linkTarget } from './markdown.js';
import { messages } from './messages.js';
import { shortFileName } from './bidi.js';
import { baseName } from './uris.js';

/** At most this many other values or merges in a hover; the rest are counted. */
const MAX_LINES = 8;

/** Article text inside an English line: escaped, and isolated so it keeps its direction. */
export const isolate = (text: string): string => `\u2068${escapeMarkdown(text)}\u2069`;

/** A link that opens a location (VS Code reads `#L<line>,<column>`, both 1-based). */
export function locationLink(title: string, location: Location): string {
  const { line, character } = location.range.start;
  return `[${title}](${linkTarget(location.uri)}#L${line + 1},${character + 1})`;
}

function valueLine(store: ArticleStore, other: OtherValue): string {
  const { value } = other;
  const location = store.location(value.uri, value.figure);
  const number = `${value.figure.value.toLocaleString('en')}${value.figure.percent ? ' %' : ''}`;
  const parts = [location ? locationLink(number, location) : number, value.date ?? messages.dateUnknown];
  parts.push(isolate(value.outlet ?? shortFileName(baseName(location?.uri ?? value.uri))));
  const source = value.source;
  parts.push(source.kind === 'speaker' ? `${messages.saidBy} ${isolate(source.name)}` : source.kind === 'phrase' ? isolate(source.text) : messages.noSource);
  parts.push(messages.valueRelation(other.relation, other.order));
  return parts.join(' · ');
}

/** The other values of the figure's quantity, oldest first, each a link. */
export function writeQuantity(md: Markdown, store: ArticleStore, entry: Analysed, figure: Figure): void {
  const others = store.index.otherValues(entry.key, figure);
  const quantity = store.index.quantityOf(entry.key, figure);
  if (!quantity || !others.length) return;
  const { unit, actor, place } = quantity.subject;
  md.rule().line(messages.quantityHeading(new Set(others.map((o) => o.value.uri)).size));
  md.arabic([unit, actor, place].filter(Boolean).join(' · '));
  for (const other of others.slice(0, MAX_LINES)) md.line(valueLine(store, other));
  if (others.length > MAX_LINES) md.line(messages.andMore(others.length - MAX_LINES));
}

function mergeLine(store: ArticleStore, merge: Merge): string {
  const side = (end: Merge['a']): string => {
    const location = store.location(end.uri, store.index.article(end.uri)?.speakers.find((s) => s.id === end.speakerId)?.mentions[0] ?? { start: 0, end: 0 });
    const file = shortFileName(baseName(location?.uri ?? end.uri));
    return `${isolate(end.name)} (${location ? locationLink(escapeMarkdown(file), location) : escapeMarkdown(file)})`;
  };
  return `${side(merge.a)} = ${side(merge.b)}: ${messages.mergeReason(merge.reason, merge.entry ? isolate(merge.entry) : null)}`;
}

/** Why the speaker is one person or body across the folder: each merge with its reason. */
export function writeMerges(md: Markdown, store: ArticleStore, entry: Analysed, speaker: Speaker): void {
  const key = store.index.speakerKey(entry.key, speaker.id);
  const merges = key ? store.index.speaker(key)?.merges ?? [] : [];
  if (!merges.length) return;
  md.rule().line(messages.mergesHeading);
  for (const merge of merges.slice(0, MAX_LINES)) md.line(mergeLine(store, merge));
  if (merges.length > MAX_LINES) md.line(messages.andMore(merges.length - MAX_LINES));
}
