// Code lenses: one over each line where a claim starts that has something to
// reach in the other articles, saying what it reaches ("3 claims of the same
// event · 2 other values of this figure · 4 other claims by جيفري"); a click
// lists them all (the client's quick pick). An event's claims in the other articles
// are offered once, over the first line of the event here, and a speaker's
// other claims over the speaker's first claim: the same lens on every line
// of a press conference would only repeat itself. No lens where nothing is
// reached, and none at all with `isnad.editor.codeLens` off.
import type { CodeLens, Location } from 'vscode-languageserver';
import type { Claim } from '../analysis/model.js';
import type { RelatedPlace } from '../analysis/workspace/index.js';
import type { Analysed, ArticleStore } from './articles.js';
import { MAX_LOCATIONS_IN_ARGS, SHOW_RELATED_CLAIMS } from './commands.js';
import { messages } from './messages.js';

interface LineLens {
  first: Claim;
  places: RelatedPlace[];
  venues: Set<string>;
}

/** What a line's claims reach, told by kind: the same event, the same quantity, the same speaker. */
export function lensTitle(places: readonly RelatedPlace[], venue: string | null, speaker: string | null): string {
  const count = (why: RelatedPlace['why']): number => places.filter((p) => p.why === why).length;
  const parts: string[] = [];
  if (count('event')) parts.push(messages.lensEvent(count('event'), venue));
  if (count('quantity')) parts.push(messages.lensValues(count('quantity')));
  if (count('speaker')) parts.push(messages.lensSpeaker(count('speaker'), speaker));
  return parts.join(' · ');
}

export function codeLenses(store: ArticleStore, entry: Analysed): CodeLens[] {
  const article = entry.article;
  if (!article) return [];
  const lines = new Map<number, LineLens>();
  const offered = new Set<string>();
  const once = (key: string | null | undefined): boolean => {
    if (!key || offered.has(key)) return false;
    offered.add(key);
    return true;
  };
  for (const claim of [...article.claims].sort((a, b) => a.start - b.start)) {
    const event = store.index.eventOf(entry.key, claim.id);
    const withEvent = once(event && `event:${event.key}`);
    const withSpeaker = once(`speaker:${store.index.speakerKey(entry.key, claim.speaker) ?? claim.speaker}`);
    const places = store.index.related(entry.key, claim.id)
      .filter((p) => p.why === 'quantity' || (p.why === 'event' ? withEvent : withSpeaker));
    if (!places.length) continue;
    const line = entry.conv.position(claim.start).line;
    const lens = lines.get(line) ?? { first: claim, places: [], venues: new Set<string>() };
    const seen = new Set(lens.places.map((p) => `${p.uri}#${p.span.start}`));
    lens.places.push(...places.filter((p) => !seen.has(`${p.uri}#${p.span.start}`)));
    if (withEvent && event?.venue) lens.venues.add(event.venue);
    lines.set(line, lens);
  }
  return [...lines.values()].flatMap(({ first, places, venues }) => {
    const locations = places.map((p) => store.location(p.uri, p.span)).filter((l): l is Location => l !== null);
    if (!locations.length) return [];
    const speaker = article.speakers.find((s) => s.id === first.speaker)?.name ?? null;
    const venue = venues.size === 1 ? [...venues][0]! : null;
    const at = entry.conv.position(first.start);
    return [{
      range: { start: at, end: at },
      // past MAX_LOCATIONS_IN_ARGS, none: the client asks the references at the position when clicked
      command: {
        title: lensTitle(places, venue, speaker), command: SHOW_RELATED_CLAIMS,
        arguments: [entry.uri, at, locations.length > MAX_LOCATIONS_IN_ARGS ? null : locations],
      },
    }];
  });
}
