// The arguments the server's code lenses and hover links give
// `isnad.showRelatedClaims`: [uri, position, locations], as JSON; locations
// null when there are too many to carry (the command then asks the server's
// references at that place). A hover link is markdown, and markdown may come
// from a folder's files: every URI must be a file inside a workspace folder
// (`inWorkspace`, the caller's test) and the list is bounded, or the
// arguments are refused. Anything else means "use the cursor".
import type { Pos } from './navigation.js';

export interface WireRange {
  start: Pos;
  end: Pos;
}

export interface WireLocation {
  uri: string;
  range: WireRange;
}

export interface RelatedClaimsArgs {
  uri: string;
  position: Pos;
  /** null: too many to carry; the references at `position` are the related claims. */
  locations: WireLocation[] | null;
}

/** Locations the arguments may carry, at most (the server sends null beyond its own, smaller, bound). */
export const MAX_WIRE_LOCATIONS = 1000;

const isCount = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 2 ** 31;

function isPos(x: unknown): x is Pos {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  return isCount(p.line) && isCount(p.character);
}

function isLocation(x: unknown, inWorkspace: (uri: string) => boolean): x is WireLocation {
  if (typeof x !== 'object' || x === null) return false;
  const l = x as Record<string, unknown>;
  if (typeof l.uri !== 'string' || !inWorkspace(l.uri) || typeof l.range !== 'object' || l.range === null) return false;
  const r = l.range as Record<string, unknown>;
  return isPos(r.start) && isPos(r.end);
}

/**
 * The code lens or hover link arguments, or undefined when the command was
 * run without them (from the palette, a key) or with arguments it does not
 * take: a URI that is not a file of the workspace, too many locations.
 * `inWorkspace` tells whether a URI names a file inside a workspace folder.
 */
export function parseRelatedClaimsArgs(args: readonly unknown[], inWorkspace: (uri: string) => boolean = () => true): RelatedClaimsArgs | undefined {
  const [uri, position, locations] = args;
  if (typeof uri !== 'string' || !inWorkspace(uri) || !isPos(position)) return undefined;
  if (locations === null) return { uri, position, locations: null };
  if (!Array.isArray(locations) || locations.length > MAX_WIRE_LOCATIONS) return undefined;
  if (!locations.every((l) => isLocation(l, inWorkspace))) return undefined;
  return { uri, position, locations };
}
