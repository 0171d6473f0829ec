// A code lens over each claim: "N related claims" (its event, its figures'
// quantities and its speaker in the other articles), opening the peek view.
import type { CodeLens } from 'vscode-languageserver';
import type { Analysed, ArticleStore } from './articles.js';
import { relatedClaimsCommand } from './commands.js';
import { relatedPlaces } from './navigation.js';

export function codeLenses(store: ArticleStore, entry: Analysed): CodeLens[] {
  return (entry.article?.claims ?? []).map((claim) => ({
    range: entry.conv.range({ start: claim.start, end: claim.start }),
    command: relatedClaimsCommand(entry, claim, relatedPlaces(store, entry, claim)),
  }));
}
