// A code lens over each claim: "N related claims", opening the peek view.
import type { CodeLens } from 'vscode-languageserver';
import type { Analysed, ArticleStore } from './articles.js';
import { relatedClaimsCommand, relatedLocations } from './commands.js';

export function codeLenses(store: ArticleStore, entry: Analysed): CodeLens[] {
  return (entry.article?.claims ?? []).map((claim) => ({
    range: entry.conv.range({ start: claim.start, end: claim.start }),
    command: relatedClaimsCommand(entry, claim, relatedLocations(store, entry, claim)),
  }));
}
