// The arguments the server's code lenses give `isnad.showRelatedClaims`:
// [uri, position, locations], as JSON. Checked here before the command turns
// them into editor objects; anything else means "use the cursor".
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
  locations: WireLocation[];
}

function isPos(x: unknown): x is Pos {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  return Number.isInteger(p.line) && Number.isInteger(p.character);
}

function isLocation(x: unknown): x is WireLocation {
  if (typeof x !== 'object' || x === null) return false;
  const l = x as Record<string, unknown>;
  if (typeof l.uri !== 'string' || typeof l.range !== 'object' || l.range === null) return false;
  const r = l.range as Record<string, unknown>;
  return isPos(r.start) && isPos(r.end);
}

/** The code lens arguments, or undefined when the command was run without them (from the palette, a key). */
export function parseRelatedClaimsArgs(args: readonly unknown[]): RelatedClaimsArgs | undefined {
  const [uri, position, locations] = args;
  if (typeof uri !== 'string' || !isPos(position) || !Array.isArray(locations)) return undefined;
  if (!locations.every(isLocation)) return undefined;
  return { uri, position, locations };
}
