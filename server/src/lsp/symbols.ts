// Workspace symbols: speakers and claims of the whole folder, found by a
// normalized name (اسبر finds إسبر), through the workspace index; at most
// SYMBOL_LIMIT of them. The Arabic comes first, isolated; a speaker's
// container is the article's short name, a claim's its speaker.
import { SymbolKind } from 'vscode-languageserver';
import type { SymbolInformation } from 'vscode-languageserver';
import type { ArticleStore } from './articles.js';
import { isolate, shortFileName } from './bidi.js';
import { claimLabel, firstMention, speakerLabel } from './outline.js';
import { baseName } from './uris.js';

/** The most symbols one query answers: the editor lists a few dozen, and each costs a location. */
export const SYMBOL_LIMIT = 100;

export function workspaceSymbols(store: ArticleStore, query: string, cancelled: () => boolean): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const match of store.index.symbols(query, { cancelled, limit: SYMBOL_LIMIT })) {
    const article = store.index.article(match.uri);
    if (!article) continue;
    const symbol = match.kind === 'speaker'
      ? { name: speakerLabel(match.speaker), kind: SymbolKind.Class, span: firstMention(match.speaker), container: shortFileName(baseName(match.uri)) }
      : { name: claimLabel(article, match.claim), kind: SymbolKind.Event, span: match.claim, container: isolate(match.speaker.name) };
    const location = symbol.span ? store.location(match.uri, symbol.span) : null;
    if (location) out.push({ name: symbol.name, kind: symbol.kind, location, containerName: symbol.container });
  }
  return cancelled() ? [] : out;
}
