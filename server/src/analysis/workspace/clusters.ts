// Groups the speakers of every article into people and bodies (the rule is
// in identity.ts) and keeps why: each union that joined two groups is a
// Merge with its reason. Each article is filed once, when it is added
// (fileArticle); grouping reads the filings, comparing only forms in one
// bucket (the surname for people, the whole name for bodies), each distinct
// form once. Unions run in a fixed order (gazetteer, same forms, then the
// other rules, each sorted), so the groups do not depend on the order
// articles came in; a group's key is its smallest member reference.
import type { Article, GazetteerEntry, Speaker } from '../model.js';
import { normalize } from '../text/normalize.js';
import { bucketOf, identityOf, mergeReason } from './identity.js';
import type { Form, IdentityKind, MergeReason } from './identity.js';

export const refKey = (uri: string, speakerId: string): string => `${uri}#${speakerId}`;

/** One side of a merge: a speaker of an article, by the name that matched. */
export interface MergeEnd {
  uri: string;
  speakerId: string;
  name: string;
}

export interface Merge {
  a: MergeEnd;
  b: MergeEnd;
  reason: MergeReason;
  /** The gazetteer entry, for reason 'gazetteer'. */
  entry?: string;
}

interface Filed {
  ref: string;
  end: MergeEnd;
  kind: IdentityKind;
  form: Form;
  text: string;
}

/** What grouping needs of one article, computed once when it is added. */
export interface Filing {
  refs: string[];
  forms: Filed[];
  /** Gazetteer entry (normalized name) of each speaker the gazetteer names. */
  labels: Map<string, { entry: string; end: MergeEnd }>;
}

function gazetteerLabel(speaker: Speaker, gazetteer: readonly GazetteerEntry[]): string | null {
  if (gazetteer.length === 0) return null; // (most folders have none: the names are not normalized for nothing)
  const forms = new Set([speaker.name, ...speaker.aliases].map(normalize));
  const entry = gazetteer.find((g) => [g.name, ...g.aliases].some((n) => forms.has(normalize(n))));
  return entry ? entry.name : null;
}

export function fileArticle(uri: string, article: Article, gazetteer: readonly GazetteerEntry[] = []): Filing {
  const filing: Filing = { refs: [], forms: [], labels: new Map() };
  for (const speaker of article.speakers) {
    const ref = refKey(uri, speaker.id);
    filing.refs.push(ref);
    const label = gazetteerLabel(speaker, gazetteer);
    if (label) filing.labels.set(ref, { entry: label, end: { uri, speakerId: speaker.id, name: speaker.name } });
    const { kind, forms } = identityOf(speaker);
    for (const form of forms) {
      const text = form.parts.join(' ');
      filing.forms.push({ ref, kind, form, text, end: { uri, speakerId: speaker.id, name: text } });
    }
  }
  return filing;
}

class Groups {
  private readonly parent = new Map<string, string>();
  private readonly label = new Map<string, string>();
  readonly merges: Merge[] = [];

  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }

  setLabel(x: string, entry: string): void {
    this.label.set(x, entry);
  }

  /** Joins two groups unless the gazetteer says they are different entries; records the merge. */
  union(merge: Merge, a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [la, lb] = [this.label.get(ra), this.label.get(rb)];
    if (la !== undefined && lb !== undefined && la !== lb) return; // the gazetteer wins
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const label = la ?? lb;
    if (label !== undefined) this.label.set(root, label);
    this.merges.push(merge);
  }
}

const byRef = (a: { ref: string }, b: { ref: string }): number => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);

function unionGazetteer(groups: Groups, filings: readonly Filing[]): void {
  const byEntry = new Map<string, { ref: string; end: MergeEnd; entry: string }[]>();
  for (const f of filings) {
    for (const [ref, { entry, end }] of f.labels) {
      groups.setLabel(ref, normalize(entry));
      const list = byEntry.get(normalize(entry)) ?? [];
      list.push({ ref, end, entry });
      byEntry.set(normalize(entry), list);
    }
  }
  for (const [, list] of [...byEntry].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort(byRef);
    for (const b of list) {
      const a = list.find((x) => x.end.uri !== b.end.uri);
      if (a && a.ref < b.ref) groups.union({ a: a.end, b: b.end, reason: 'gazetteer', entry: b.entry }, a.ref, b.ref);
    }
  }
}

/** One bucket: identical forms first, then each pair of distinct forms the rule joins. */
function unionBucket(groups: Groups, filed: Filed[]): void {
  const byForm = new Map<string, Filed[]>();
  for (const f of filed.sort(byRef)) {
    const list = byForm.get(f.text);
    if (list) list.push(f);
    else byForm.set(f.text, [f]);
  }
  const forms = [...byForm.keys()].sort();
  for (const text of forms) {
    const list = byForm.get(text)!;
    for (let i = 1; i < list.length; i++) {
      if (!joinPair(groups, list[i - 1]!, list[i]!)) joinPair(groups, list[0]!, list[i]!);
    }
  }
  for (let i = 0; i < forms.length; i++) {
    for (let j = i + 1; j < forms.length; j++) {
      const [x, y] = [byForm.get(forms[i]!)!, byForm.get(forms[j]!)!];
      const pair = firstPairAcross(x, y);
      if (pair) joinPair(groups, pair[0], pair[1]);
    }
  }
}

function joinPair(groups: Groups, a: Filed, b: Filed): boolean {
  // inside one article, the claims pass has already decided who is who
  if (a.end.uri === b.end.uri || a.kind !== b.kind) return false;
  const reason = mergeReason(a.kind, a.form, b.form);
  if (!reason) return false;
  groups.union({ a: a.end, b: b.end, reason }, a.ref, b.ref);
  return true;
}

function firstPairAcross(x: Filed[], y: Filed[]): [Filed, Filed] | null {
  for (const a of x) for (const b of y) if (a.end.uri !== b.end.uri) return [a, b];
  return null;
}

export interface Clustered {
  /** Each speaker reference (`uri#id`) to the key of its group. */
  groupOf: Map<string, string>;
  /** The merges that made each group of more than one article, by group key. */
  merges: Map<string, Merge[]>;
}

export function clusterSpeakers(filings: readonly Filing[]): Clustered {
  const groups = new Groups();
  unionGazetteer(groups, filings);
  const buckets = new Map<string, Filed[]>();
  for (const f of filings) {
    for (const filed of f.forms) {
      const bucket = bucketOf(filed.kind, filed.form);
      const list = buckets.get(bucket);
      if (list) list.push(filed);
      else buckets.set(bucket, [filed]);
    }
  }
  for (const key of [...buckets.keys()].sort()) unionBucket(groups, buckets.get(key)!);
  const groupOf = new Map(filings.flatMap((f) => f.refs.map((ref) => [ref, groups.find(ref)] as const)));
  const merges = new Map<string, Merge[]>();
  for (const m of groups.merges) {
    const key = groups.find(refKey(m.a.uri, m.a.speakerId));
    const list = merges.get(key);
    if (list) list.push(m);
    else merges.set(key, [m]);
  }
  return { groupOf, merges };
}
