// Whether an answer to isnad/workspaceOverview has the shape the views read
// (a server of another version may answer otherwise). Checks the lists, not
// every field: the views skip what they cannot place. Pure.
import type { WorkspaceOverview } from '../../../server/src/lsp/protocol.js';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isWorkspaceOverview(x: unknown): x is WorkspaceOverview {
  if (!isObject(x)) return false;
  const lists = [x.articles, x.speakers, x.quantities, x.timeline];
  if (!lists.every((l) => Array.isArray(l) && l.every(isObject))) return false;
  const articles = x.articles as Record<string, unknown>[];
  const speakers = x.speakers as Record<string, unknown>[];
  const quantities = x.quantities as Record<string, unknown>[];
  return articles.every((a) => typeof a.uri === 'string' && typeof a.title === 'string' && Array.isArray(a.unsourced))
    && speakers.every((s) => typeof s.name === 'string' && Array.isArray(s.events) && Array.isArray(s.undated) && Array.isArray(s.articles))
    && quantities.every((q) => typeof q.label === 'string' && Array.isArray(q.values) && Array.isArray(q.conflicts) && Array.isArray(q.changes));
}
