// What the Isnad view shows, as plain nodes built from the server's
// workspace overview: "Speakers" (each speaker, their claims grouped by
// event), "Figures" (each quantity, its values, conflicts and changes
// marked) and "Unsourced figures" (the articles, most unsourced figures
// first: a work list that holds at any size of folder). Pure: the tree
// provider only turns nodes into TreeItems.
//
// Rows are left to right, and a row too long for the view is cut at its
// right end, which is where a right-to-left label starts. So the Arabic
// comes first and short (a few words, isolated: bidi.ts), and what is
// English or a file name goes in the description after it, short too.
import type {
  OverviewArticle, OverviewClaim, OverviewEvent, OverviewQuantity, OverviewSpeaker, OverviewValue, WireRange, WorkspaceOverview,
} from '../../../server/src/lsp/protocol.js';
import { isolate, shortFileName } from '../../../server/src/lsp/bidi.js';
import { strings } from './strings.js';

export interface SpotLocation {
  uri: string;
  range: WireRange;
}

export interface OverviewNode {
  /** Stable across refreshes, so the tree keeps what was expanded. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id, and the theme colour to draw it in. */
  icon?: string;
  iconColor?: string;
  /** Clicking the node opens this spot. */
  location?: SpotLocation;
  children?: OverviewNode[];
  expanded?: boolean;
}

const SPEAKER_ICONS: Record<OverviewSpeaker['type'], string> = {
  person: 'person', organization: 'organization', anonymous: 'question', media: 'broadcast', document: 'file-text',
};
/**
 * Words of a claim or a headline in a row: few enough to fit the side bar at
 * its usual width, so that a right-to-left label is not cut at its start
 * (the right end, where a left-to-right row cuts); the tooltip has the rest.
 */
const WORDS = 5;

export { isolate };
/** The most speakers, quantities or unsourced articles whose group opens at start: in a large folder the groups start closed, all three in view. */
const OPEN_SPEAKERS = 50;
const OPEN_QUANTITIES = 50;
const OPEN_UNSOURCED = 20;

/** The first few words of a claim or figure's sentence. */
export function firstWords(text: string, words = WORDS): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/**
 * At most this many characters in a row's label (then `…`): the side bar is
 * narrow, and a right-to-left label too long for its row loses its start,
 * its first words, off the row's end (seen on 2,000 articles' headlines).
 */
const LONGEST_LABEL = 28;

/** An article row's label (its headline, no shorter for the count after it): the first words, as many as fit LONGEST_LABEL characters (one at least). */
export function rowLabel(text: string, words = WORDS): string {
  const all = text.trim().split(/\s+/).filter(Boolean).slice(0, words + 1);
  let out = all[0] ?? '';
  let used = 1;
  while (used < Math.min(all.length, words) && `${out} ${all[used]}`.length <= LONGEST_LABEL) out = `${out} ${all[used++]}`;
  return used < all.length ? `${out}…` : out;
}

/** An article's short name (no `.txt`, no hash-like tail), from the overview's list or its URI. */
export function articleNamer(overview: WorkspaceOverview): (uri: string) => string {
  const names = new Map(overview.articles.map((a) => [a.uri, a.name]));
  return (uri) => {
    let name = names.get(uri);
    if (name === undefined) {
      const last = uri.slice(uri.lastIndexOf('/') + 1);
      try {
        name = decodeURIComponent(last);
      } catch {
        name = last;
      }
    }
    return shortFileName(name);
  };
}

type Namer = (uri: string) => string;

function claimNode(parent: string, index: number, claim: OverviewClaim, name: Namer): OverviewNode {
  return {
    id: `${parent}/c${index}`,
    label: isolate(firstWords(claim.text)),
    description: [name(claim.uri), claim.byWeekday ? strings.byWeekday() : null].filter(Boolean).join(' · '),
    tooltip: `${claim.text}\n\n${name(claim.uri)}`,
    icon: 'quote',
    location: { uri: claim.uri, range: claim.range },
  };
}

function eventNode(parent: string, event: OverviewEvent, name: Namer): OverviewNode {
  const id = `${parent}/e:${event.key}`;
  const where = event.venue ? `${event.day} · ${isolate(event.venue)}` : event.day;
  return {
    id,
    label: `${where} (${strings.articles(event.articles.length)})`,
    tooltip: event.articles.map(name).join('\n'),
    icon: 'calendar',
    children: event.claims.map((c, i) => claimNode(id, i, c, name)),
  };
}

function speakerTooltip(speaker: OverviewSpeaker): string {
  const lines = [speaker.role ? `${speaker.name} — ${speaker.role}` : speaker.name];
  const others = speaker.aliases.filter((a) => a !== speaker.name);
  if (others.length > 0) lines.push(strings.aliases(others.join('، ')));
  if (speaker.merges.length > 0) {
    lines.push(strings.sameSpeaker(), ...speaker.merges.map((m) => `• ${m.a.name} = ${m.b.name}: ${m.why}`));
  }
  return lines.join('\n');
}

function speakerNode(speaker: OverviewSpeaker, name: Namer): OverviewNode {
  const id = `s:${speaker.key}`;
  const events = speaker.events.map((e) => eventNode(id, e, name));
  const undated = speaker.undated.map((c, i) => claimNode(`${id}/u`, i, c, name));
  // Undated claims get their own group only beside events; alone, they are the children.
  const children = events.length === 0 ? undated
    : undated.length === 0 ? events
      : [...events, { id: `${id}/u`, label: strings.undated(undated.length), icon: 'circle-slash', children: undated }];
  const claims = speaker.events.reduce((n, e) => n + e.claims.length, 0) + speaker.undated.length;
  const role = speaker.role !== speaker.name ? speaker.role : null;
  return {
    id,
    // Isolated, so that the English description after it keeps its numbers to itself.
    label: isolate(speaker.name),
    // Counts first: an English description that starts in Arabic would draw its numbers inside the Arabic.
    description: [strings.articles(speaker.articles.length), strings.claims(claims), role ? isolate(role) : null].filter(Boolean).join(' · '),
    tooltip: speakerTooltip(speaker),
    icon: SPEAKER_ICONS[speaker.type] ?? 'person',
    children,
  };
}

export const formatValue = (value: number): string => value.toLocaleString('en-US');

function others(quantity: OverviewQuantity, pairs: [number, number][], index: number, name: Namer): string[] {
  return pairs.flatMap(([a, b]) => (a === index ? [b] : b === index ? [a] : []))
    .flatMap((j) => quantity.values[j] ?? [])
    .map((v) => `${formatValue(v.value)} (${v.outlet ? isolate(v.outlet) : name(v.uri)}${v.date ? `, ${v.date}` : ''})`);
}

/** Who stands behind a value, a reviewer's decision included. */
function sourceWords(value: OverviewValue): string {
  if (value.review === 'sourced') return strings.reviewedSourced(isolate(value.source ?? ''));
  if (value.review === 'not-a-figure') return strings.reviewedNotAFigure();
  if (value.review === 'dismissed') return strings.reviewedDismissed();
  return value.source ? strings.sourcedBy(isolate(value.source)) : strings.noSource();
}

/** "5,200 · عنب بلدي · 2020-01-24 · sourced by …": the article's short name goes in the description. */
export function valueLabel(value: OverviewValue): string {
  return [formatValue(value.value), value.outlet ? isolate(value.outlet) : null, value.date ?? strings.dateUnknown(), sourceWords(value)]
    .filter(Boolean).join(' · ');
}

function valueNode(parent: string, quantity: OverviewQuantity, index: number, name: Namer): OverviewNode {
  const value = quantity.values[index]!;
  const conflicts = others(quantity, quantity.conflicts, index, name);
  const changes = others(quantity, quantity.changes, index, name);
  const file = name(value.uri);
  const node: OverviewNode = {
    id: `${parent}/v${index}`, label: valueLabel(value), description: file, tooltip: `${value.text}\n\n${file}`, icon: 'symbol-number',
    location: { uri: value.uri, range: value.range },
  };
  if (conflicts.length > 0) {
    return { ...node, icon: 'warning', iconColor: 'list.warningForeground', description: `${file} · ${strings.conflictsWith(conflicts.join(', '))}`,
      tooltip: `${strings.conflictTooltip()}\n\n${value.text}\n\n${file}` };
  }
  if (changes.length > 0) {
    return { ...node, icon: 'history', description: `${file} · ${strings.changedFrom(changes.join(', '))}`,
      tooltip: `${strings.changeTooltip()}\n\n${value.text}\n\n${file}` };
  }
  return node;
}

function quantityNode(quantity: OverviewQuantity, name: Namer): OverviewNode {
  const id = `q:${quantity.key}`;
  const marks = [strings.values(quantity.values.length), strings.articles(quantity.articles)];
  if (quantity.conflicts.length > 0) marks.push(strings.conflicts(quantity.conflicts.length));
  if (quantity.changes.length > 0) marks.push(strings.changedOverTime());
  return {
    id,
    label: isolate(quantity.label),
    description: marks.join(' · '),
    icon: quantity.conflicts.length > 0 ? 'warning' : quantity.changes.length > 0 ? 'history' : 'symbol-number',
    iconColor: quantity.conflicts.length > 0 ? 'list.warningForeground' : undefined,
    children: quantity.values.map((_, i) => valueNode(id, quantity, i, name)),
  };
}

function unsourcedArticleNode(article: OverviewArticle, name: Namer): OverviewNode {
  const id = `u:${article.uri}`;
  const file = name(article.uri);
  return {
    id,
    label: isolate(rowLabel(article.title, WORDS + 1) || file),
    description: `${file} · ${strings.unsourcedCount(article.unsourced.length)}`,
    tooltip: `${article.title}\n\n${file}`,
    icon: 'file-text',
    children: article.unsourced.map((f, i) => ({
      id: `${id}/f${i}`,
      label: isolate(f.text),
      description: isolate(firstWords(f.sentence, WORDS + 1)),
      tooltip: f.sentence,
      icon: 'warning',
      iconColor: 'list.warningForeground',
      location: { uri: article.uri, range: f.range },
    })),
  };
}

/** Articles with unsourced figures, the most first (then by name): where a reviewer starts. */
export function byUnsourced(articles: readonly OverviewArticle[], name: Namer): OverviewArticle[] {
  return articles.filter((a) => a.unsourced.length > 0)
    .sort((a, b) => b.unsourced.length - a.unsourced.length || name(a.uri).localeCompare(name(b.uri)) || (a.uri < b.uri ? -1 : 1));
}

/** The top-level groups; empty when the folder has neither speakers nor figures. */
export function overviewNodes(overview: WorkspaceOverview): OverviewNode[] {
  const name = articleNamer(overview);
  const groups: OverviewNode[] = [];
  if (overview.speakers.length > 0) {
    groups.push({ id: 'speakers', label: strings.speakers(overview.speakers.length), icon: 'account', expanded: overview.speakers.length <= OPEN_SPEAKERS,
      children: overview.speakers.map((s) => speakerNode(s, name)) });
  }
  if (overview.quantities.length > 0) {
    groups.push({ id: 'figures', label: strings.figures(overview.quantities.length), icon: 'symbol-number', expanded: overview.quantities.length <= OPEN_QUANTITIES,
      children: overview.quantities.map((q) => quantityNode(q, name)) });
  }
  const unsourced = byUnsourced(overview.articles, name);
  if (unsourced.length > 0) {
    const figures = unsourced.reduce((n, a) => n + a.unsourced.length, 0);
    groups.push({ id: 'unsourced', label: strings.unsourcedGroup(figures, unsourced.length), icon: 'warning',
      expanded: unsourced.length <= OPEN_UNSOURCED, children: unsourced.map((a) => unsourcedArticleNode(a, name)) });
  }
  return groups;
}
