// Where the language-server benchmark points its requests: a fixed set of
// open articles spread over the folder, and in them the positions of claim
// cues, figures, dates and speaker mentions, found by the analysis core.
// Deterministic: the same folder gives the same probes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'vscode-languageserver';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { Converter } from '../../server/src/lsp/convert.js';
import { uriOf } from './lsp-client.js';

export interface Probe {
  uri: string;
  position: Position;
  what: 'cue' | 'figure' | 'date' | 'mention';
}

export interface Probes {
  /** The open articles' paths. */
  paths: string[];
  hover: Probe[];
  /** Speaker mentions (references across the folder) and claim cues (related claims). */
  references: Probe[];
  /** Speaker names and their first words, as a user would type them. */
  queries: string[];
  /** The article closest to 10 KB, for the edit benchmark. */
  editPath: string;
  /** A claim cue in its first half (before the edits), hovered after an edit: the hover that asks the folder index. */
  editCue: Position;
}

const OPEN_ARTICLES = 20;
const CANDIDATES = 60;
const EDIT_BYTES = 10 * 1024;

function probesOf(path: string): { hover: Probe[]; references: Probe[]; names: string[] } | null {
  const text = readFileSync(path, 'utf8');
  const article = analyzeArticle(text);
  if (!article.claims.length || !article.figures.length || !article.speakers.length) return null;
  const conv = new Converter(text);
  const uri = uriOf(path);
  // one code unit in, so that the position is inside the item, not at its edge
  const at = (offset: number, what: Probe['what']): Probe => ({ uri, position: conv.position(offset + 1), what });
  const cues = article.claims.map((c) => at(c.cue.start, 'cue'));
  const mentions = article.speakers.flatMap((s) => (s.mentions[0] ? [at(s.mentions[0].start, 'mention')] : []));
  return {
    hover: [...cues, ...article.figures.map((f) => at(f.start, 'figure')), ...article.dates.map((d) => at(d.start, 'date')), ...mentions],
    references: [...mentions, ...cues],
    names: article.speakers.map((s) => s.name),
  };
}

function cueBeforeMiddle(path: string): Position {
  const text = readFileSync(path, 'utf8');
  const cue = analyzeArticle(text).claims.map((c) => c.cue.start).find((start) => start < text.length / 2) ?? 0;
  return new Converter(text).position(cue + 1);
}

/** Alternates the lists' items (a, b, c, a, b, c …), so a run of requests visits every article. */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

export function chooseProbes(folder: string): Probes {
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const step = Math.max(1, Math.floor(files.length / CANDIDATES));
  const chosen: { path: string; found: NonNullable<ReturnType<typeof probesOf>> }[] = [];
  for (let i = 0; i < files.length && chosen.length < OPEN_ARTICLES; i += step) {
    const path = join(folder, files[i]!);
    const found = probesOf(path);
    if (found) chosen.push({ path, found });
  }
  const names = [...new Set(chosen.flatMap((c) => c.found.names))].sort();
  const firstWords = names.map((n) => n.split(/\s+/)[0]!).filter((w) => w.length >= 3);
  const editPath = files.map((f) => join(folder, f))
    .map((path) => ({ path, off: Math.abs(statSync(path).size - EDIT_BYTES) }))
    .sort((a, b) => a.off - b.off || (a.path < b.path ? -1 : 1))[0]!.path;
  return {
    editCue: cueBeforeMiddle(editPath),
    paths: chosen.map((c) => c.path),
    hover: interleave(chosen.map((c) => c.found.hover)),
    references: interleave(chosen.map((c) => c.found.references)),
    queries: [...new Set([...names, ...firstWords])].sort(),
    editPath,
  };
}
