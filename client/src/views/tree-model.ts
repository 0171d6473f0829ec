// What the Isnad view shows, as plain nodes built from the server's
// workspace overview: "Speakers" (each speaker, their claims grouped by
// event) and "Figures" (each quantity, its values, conflicts and changes
// marked). Pure: the tree provider only turns nodes into TreeItems.
import type {
  OverviewClaim, OverviewEvent, OverviewQuantity, OverviewSpeaker, OverviewValue, WireRange, WorkspaceOverview,
} from '../../../server/src/lsp/protocol.js';
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
const WORDS = 8;

/**
 * Arabic inside an English label (a role after a count, a quote after a file
 * name) is wrapped in first-strong isolates, so the bidi algorithm keeps each
 * piece whole and in place instead of pulling the neighbouring numbers into it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The first few words of a claim or figure's sentence. */
export function firstWords(text: string, words = WORDS): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** An article's name without its `.txt`, from the overview's list or its URI. */
export function articleNamer(overview: WorkspaceOverview): (uri: string) => string {
  const names = new Map(overview.articles.map((a) => [a.uri, a.name]));
  return (uri) => {
    const name = names.get(uri) ?? decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    return name.replace(/\.txt$/i, '');
  };
}

type Namer = (uri: string) => string;

function claimNode(parent: string, index: number, claim: OverviewClaim, name: Namer): OverviewNode {
  return {
    id: `${parent}/c${index}`,
    label: `${name(claim.uri)} · ${isolate(firstWords(claim.text))}`,
    description: claim.byWeekday ? strings.byWeekday() : undefined,
    tooltip: claim.text,
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

/** "5,200 · عنب بلدي / 001 · 2020-01-24 · sourced by …" */
export function valueLabel(value: OverviewValue, name: Namer): string {
  const where = value.outlet ? `${isolate(value.outlet)} / ${name(value.uri)}` : name(value.uri);
  const source = value.source ? strings.sourcedBy(isolate(value.source)) : strings.noSource();
  return [formatValue(value.value), where, value.date ?? strings.dateUnknown(), source].join(' · ');
}

function valueNode(parent: string, quantity: OverviewQuantity, index: number, name: Namer): OverviewNode {
  const value = quantity.values[index]!;
  const conflicts = others(quantity, quantity.conflicts, index, name);
  const changes = others(quantity, quantity.changes, index, name);
  const node: OverviewNode = {
    id: `${parent}/v${index}`, label: valueLabel(value, name), tooltip: value.text, icon: 'symbol-number',
    location: { uri: value.uri, range: value.range },
  };
  if (conflicts.length > 0) {
    return { ...node, icon: 'warning', iconColor: 'list.warningForeground', description: strings.conflictsWith(conflicts.join('، ')),
      tooltip: `${strings.conflictTooltip()}\n\n${value.text}` };
  }
  if (changes.length > 0) {
    return { ...node, icon: 'history', description: strings.changedFrom(changes.join('، ')), tooltip: `${strings.changeTooltip()}\n\n${value.text}` };
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

/** The two top-level groups; empty when the folder has neither speakers nor figures. */
export function overviewNodes(overview: WorkspaceOverview): OverviewNode[] {
  const name = articleNamer(overview);
  const groups: OverviewNode[] = [];
  if (overview.speakers.length > 0) {
    groups.push({ id: 'speakers', label: strings.speakers(overview.speakers.length), icon: 'account', expanded: true,
      children: overview.speakers.map((s) => speakerNode(s, name)) });
  }
  if (overview.quantities.length > 0) {
    groups.push({ id: 'figures', label: strings.figures(overview.quantities.length), icon: 'symbol-number', expanded: true,
      children: overview.quantities.map((q) => quantityNode(q, name)) });
  }
  return groups;
}
