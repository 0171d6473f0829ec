// The seeds of a folder index test, and everything an index answers about
// its folder as plain data, so two indexes of the same articles (built at
// once, patched, given a kept grouping) can be compared whole.
import type { WorkspaceIndex } from '../../server/src/analysis/workspace/index.js';

/** Publication dates of seeds 000–004. */
export const PUBLISHED = ['2020-01-23', '2020-01-24', '2024-03-02', '2024-03-24', '2024-01-26'];

export const folderUri = (name: string): string => `file:///folder/${name}.txt`;

/** Speakers, their mentions and claims, events, related claims and quantities, spans included. */
export function indexAnswers(index: WorkspaceIndex): unknown {
  const speakers = index.speakers();
  return {
    speakers,
    mentions: speakers.map((s) => index.mentionsOf(s.key)),
    claims: speakers.map((s) => index.claimsOf(s.key).map((c) => [c.uri, c.claim])),
    events: index.events().map((e) => [e.key, e.uris, e.claims.map((c) => [c.uri, c.claim, c.byWeekday])]),
    eventsOf: speakers.map((s) => index.eventsOf(s.key).map((e) => e.key)),
    related: index.uris().flatMap((u) => (index.article(u)?.claims ?? []).map((c) => index.related(u, c.id))),
    quantities: index.quantities(),
  };
}
