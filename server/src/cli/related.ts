// `isnad related`: what the articles say across each other. Every article
// is analysed once and filed in the workspace index; then it prints the
// speakers found in more than one article (with the merges that make them
// one and their reasons), the events more than one article reports, the
// quantities more than one article gives a value of (oldest first), and the
// conflicts among those values; as text or as JSON. Places are
// `path:line:column`, 1-based, as `isnad check` prints them.
import type { Span } from '../analysis/model.js';
import { createWorkspaceIndex, relatedPairs, sourceName } from '../analysis/workspace/index.js';
import type { FolderEvent, FolderSpeaker, Merge, QuantityValue, WorkspaceIndex } from '../analysis/workspace/index.js';
import { maxFileBytes } from '../host/limits.js';
import { LineIndex } from '../host/positions.js';
import { articleTask, describeFailure, eachOutcome } from './outcomes.js';
import type { ArticleSetup } from './outcomes.js';
import { note, openOutput } from './output.js';
import { collectInputs } from './stdin.js';
import { relatedText } from './related-text.js';

export interface RelatedOptions {
  paths: string[];
  config?: string;
  format: 'text' | 'json';
  maxFileSizeMB?: number;
  jobs?: number;
  output?: string;
  stdinFilename?: string;
}

export const RELATED_VERSION = 1;

/** A place in an article: its path and 1-based line and column. */
export interface At { path: string; line: number; column: number }

export interface RelatedReport {
  version: number;
  articles: number;
  speakers: { name: string; type: string; role: string | null; articles: string[]; merges: { a: At & { name: string }; b: At & { name: string }; reason: string }[] }[];
  events: { day: string; venue: string | null; speaker: string; articles: string[]; claims: (At & { kind: string; text: string; byWeekday: boolean })[] }[];
  quantities: { label: string; unit: string; actor: string | null; place: string | null; values: RelatedValue[]; conflicts: [number, number][]; changes: [number, number][] }[];
  conflicts: { quantity: string; a: RelatedValue; b: RelatedValue }[];
}

export interface RelatedValue extends At {
  value: number;
  text: string;
  date: string | null;
  dateFrom: 'claim' | 'article' | null;
  outlet: string | null;
  source: string | null;
}

const EXCERPT = 80;

class Places {
  private readonly lines = new Map<string, LineIndex>();

  constructor(private readonly index: WorkspaceIndex) {}

  at(path: string, offset: number): At {
    let lines = this.lines.get(path);
    if (!lines) {
      lines = new LineIndex(this.index.article(path)?.text ?? '');
      this.lines.set(path, lines);
    }
    const p = lines.position(offset);
    return { path, line: p.line + 1, column: p.character + 1 };
  }

  excerpt(path: string, span: Span): string {
    const text = (this.index.article(path)?.text ?? '').slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
  }
}

function speakerJson(places: Places, index: WorkspaceIndex, s: FolderSpeaker): RelatedReport['speakers'][number] {
  const end = (e: Merge['a']): At & { name: string } => {
    const mention = index.article(e.uri)?.speakers.find((x) => x.id === e.speakerId)?.mentions[0];
    return { ...places.at(e.uri, mention?.start ?? 0), name: e.name };
  };
  const articles = [...new Set(s.members.map((m) => m.uri))].sort();
  return { name: s.name, type: s.type, role: s.role, articles, merges: s.merges.map((m) => ({ a: end(m.a), b: end(m.b), reason: m.reason })) };
}

function eventJson(places: Places, index: WorkspaceIndex, e: FolderEvent): RelatedReport['events'][number] {
  const claims = e.claims.map((c) => ({
    ...places.at(c.uri, c.claim.start), kind: c.claim.kind, text: places.excerpt(c.uri, c.claim), byWeekday: c.byWeekday,
  }));
  return { day: e.day, venue: e.venue, speaker: index.speaker(e.speakerKey)?.name ?? '?', articles: e.uris, claims };
}

function valueJson(places: Places, v: QuantityValue): RelatedValue {
  const source = sourceName(v.source);
  return {
    ...places.at(v.uri, v.figure.start), value: v.figure.value, text: v.figure.text, date: v.date, dateFrom: v.dateFrom, outlet: v.outlet, source,
  };
}


export function relatedReport(index: WorkspaceIndex): RelatedReport {
  const places = new Places(index);
  const quantities = index.quantities(2).map((q) => ({
    label: [q.subject.unit, q.subject.actor, q.subject.place].filter(Boolean).join(' · '),
    unit: q.subject.unit, actor: q.subject.actor, place: q.subject.place,
    values: q.values.map((v) => valueJson(places, v)), conflicts: relatedPairs(q, 'conflict'), changes: relatedPairs(q, 'change'),
  }));
  return {
    version: RELATED_VERSION,
    articles: index.uris().length,
    speakers: index.speakers(2).map((s) => speakerJson(places, index, s)),
    events: index.events(2).map((e) => eventJson(places, index, e)),
    quantities,
    conflicts: quantities.flatMap((q) => q.conflicts.map(([i, j]) => ({ quantity: q.label, a: q.values[i]!, b: q.values[j]! }))),
  };
}

/** Reads and analyses one article (in a worker); the index is built in this thread. */
export const relatedTask = articleTask('isnad.related', (_setup: ArticleSetup, result) => result.article);

/** 0 every article analysed, 1 some skipped (not text), 2 an internal error on one. */
export async function runRelated(options: RelatedOptions): Promise<number> {
  const workspace = await collectInputs(options, maxFileBytes(options.maxFileSizeMB));
  for (const s of workspace.skipped) note(`isnad: ${s.path}: skipped: ${s.problem}`);
  for (const p of workspace.configProblems) note(`${p.file}:${p.line}:${p.column} ${p.severity} config ${p.message}`);
  const index = createWorkspaceIndex();
  let skipped = 0, failed = 0;
  const outcomes = eachOutcome(relatedTask, workspace.articles, {}, maxFileBytes(options.maxFileSizeMB), options.jobs);
  let i = 0;
  for await (const outcome of outcomes) {
    const source = workspace.articles[i++]!; // outcomes come in the order of the articles
    if (outcome.kind === 'analysed') {
      index.update(source.path, outcome.value, { gazetteer: source.config.speakers });
      continue;
    }
    note(`isnad: ${describeFailure(outcome)}`);
    if (outcome.kind === 'skipped') skipped++;
    else failed++;
  }
  const report = relatedReport(index);
  const out = openOutput(options.output);
  await out.write(options.format === 'json' ? `${JSON.stringify(report, null, 1)}\n` : relatedText(report));
  await out.end();
  return failed ? 2 : skipped ? 1 : 0;
}
