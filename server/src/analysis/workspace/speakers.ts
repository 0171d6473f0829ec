// A group of speakers as the folder knows them: the name most articles use,
// every other form, the articles, and the merges (with their reasons) that
// put the group together.
import type { Speaker, SpeakerType } from '../model.js';
import { normalize } from '../text/normalize.js';
import type { Merge } from './clusters.js';

export interface SpeakerRef {
  uri: string;
  speaker: Speaker;
}

/** A speaker as the folder knows them: every article's forms put together. */
export interface FolderSpeaker {
  key: string;
  /** The fullest, most used name. */
  name: string;
  role: string | null;
  type: SpeakerType;
  /** Other names and titles, normalized-distinct from the name. */
  aliases: string[];
  /** Each article the speaker appears in, with the speaker's id there. */
  members: { uri: string; speakerId: string }[];
  /** Why the members are one speaker: the merges that joined them, each between two articles. */
  merges: Merge[];
}

/** Puts a group's members together: the name most articles use (the fullest on a tie). */
export function describe(key: string, refs: readonly SpeakerRef[], merges: readonly Merge[]): FolderSpeaker | null {
  const first = refs[0];
  if (!first) return null;
  const counts = new Map<string, number>();
  for (const { speaker } of refs) counts.set(speaker.name, (counts.get(speaker.name) ?? 0) + 1);
  const name = [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : 1))[0]![0];
  const seen = new Set([normalize(name)]);
  const aliases: string[] = [];
  for (const form of refs.flatMap(({ speaker }) => [speaker.name, ...speaker.aliases])) {
    if (seen.has(normalize(form))) continue;
    seen.add(normalize(form));
    aliases.push(form);
  }
  return {
    key,
    name,
    role: refs.find((r) => r.speaker.role)?.speaker.role ?? null,
    type: first.speaker.type,
    aliases,
    members: refs.map(({ uri, speaker }) => ({ uri, speakerId: speaker.id })),
    merges: [...merges],
  };
}
