// `isnad/claimCitation` { uri, position } → { ar, en }: the claim under the
// cursor as a citation in both languages, for the client's "Copy Claim as
// Citation". The innermost claim holding the position; a cursor left just
// after a claim's last character still finds it.
import type { Position } from 'vscode-languageserver';
import { citeClaim } from '../analysis/export/index.js';
import type { Analysed } from './articles.js';
import { claimAt } from './items.js';
import type { ClaimCitation } from './protocol.js';

export { CLAIM_CITATION, type ClaimCitation, type ClaimCitationParams } from './protocol.js';

export function claimCitation(entry: Analysed | undefined, position: Position): ClaimCitation | null {
  const article = entry?.article;
  if (!entry || !article) return null;
  const offset = entry.conv.offset(position);
  const claim = claimAt(article, offset) ?? (offset > 0 ? claimAt(article, offset - 1) : null);
  return claim ? citeClaim(article, claim) : null;
}
