// Commands the server's answers invoke on the client. The client (VS Code
// extension) registers them; the server only names them and shapes their
// arguments.
//
//   isnad.showRelatedClaims(uri: string, position: Position, locations: Location[])
//     Plain LSP JSON (a URI string, { line, character }, { uri, range }[]), as
//     code lenses and hover links carry them. The client converts them to
//     vscode.Uri / Position / Location and runs
//     `editor.action.showReferences(uri, position, locations)`: the peek view
//     of the claim's related claims.
import type { Command, Location } from 'vscode-languageserver';
import type { Claim } from '../analysis/model.js';
import type { Analysed, ArticleStore } from './articles.js';
import { messages } from './messages.js';

export const SHOW_RELATED_CLAIMS = 'isnad.showRelatedClaims';

/** Where a claim's related claims are, across the folder. */
export function relatedLocations(store: ArticleStore, entry: Analysed, claim: Claim): Location[] {
  return store.index.relatedClaims(entry.key, claim.id).flatMap((r) => store.location(r.uri, r.claim) ?? []);
}

export function relatedClaimsArgs(entry: Analysed, claim: Claim, locations: Location[]): unknown[] {
  return [entry.uri, entry.conv.position(claim.start), locations];
}

/** The code lens command; with no related claim, a title without a command (VS Code shows it as text). */
export function relatedClaimsCommand(entry: Analysed, claim: Claim, locations: Location[]): Command {
  const title = messages.relatedClaims(locations.length);
  if (!locations.length) return { title, command: '' };
  return { title, command: SHOW_RELATED_CLAIMS, arguments: relatedClaimsArgs(entry, claim, locations) };
}
