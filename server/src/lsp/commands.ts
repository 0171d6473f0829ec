// Commands the server's answers invoke on the client. The client (VS Code
// extension) registers them; the server only names them and shapes their
// arguments.
//
//   isnad.showRelatedClaims(uri: string, position: Position, locations: Location[])
//     Plain LSP JSON (a URI string, { line, character }, { uri, range }[]), as
//     code lenses and hover links carry them. The client asks
//     `isnad/relatedClaims` to describe them (related-claims.ts) and lists
//     them in a quick pick (the peek view's list cuts an Arabic row at its
//     start); its last row runs `editor.action.showReferences` with them.
//     Past MAX_LOCATIONS_IN_ARGS locations (a folder of syndicated copies
//     relates each claim to thousands), null instead: the server takes the
//     references at the position, when clicked.
import type { Location } from 'vscode-languageserver';
import type { Claim } from '../analysis/model.js';
import type { Analysed, ArticleStore } from './articles.js';

export const SHOW_RELATED_CLAIMS = 'isnad.showRelatedClaims';

/** Where a claim's related claims are, across the folder. */
export function relatedLocations(store: ArticleStore, entry: Analysed, claim: Claim): Location[] {
  return store.index.relatedClaims(entry.key, claim.id).flatMap((r) => store.location(r.uri, r.claim) ?? []);
}

/** Locations a code lens or a hover link carries, at most: each lens of a document would carry them all. */
export const MAX_LOCATIONS_IN_ARGS = 50;

export function relatedClaimsArgs(entry: Analysed, claim: Claim, locations: Location[]): unknown[] {
  return [entry.uri, entry.conv.position(claim.start), locations.length > MAX_LOCATIONS_IN_ARGS ? null : locations];
}
