// Groups the speakers of every article into people and bodies (the rule is in
// identity.ts). Forms are filed in buckets (by surname for people, by whole
// name for bodies) so only likely pairs are compared; union-find makes the
// grouping transitive. A group's key is its smallest member reference, which
// is unique and does not depend on the order articles were added in.
import type { Speaker } from '../model.js';
import { bucketOf, identityOf, sameForm } from './identity.js';
import type { IdentityKind } from './identity.js';

export interface SpeakerRef {
  uri: string;
  speaker: Speaker;
}

export const refKey = (uri: string, speakerId: string): string => `${uri}#${speakerId}`;

interface Filed {
  ref: string;
  uri: string;
  kind: IdentityKind;
  form: string[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    // the smaller reference is the root, so a group's key is its smallest member
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

function fileForms(refs: readonly SpeakerRef[]): Map<string, Filed[]> {
  const buckets = new Map<string, Filed[]>();
  for (const { uri, speaker } of refs) {
    const { kind, forms } = identityOf(speaker);
    for (const form of forms) {
      const bucket = bucketOf(kind, form);
      const list = buckets.get(bucket) ?? [];
      list.push({ ref: refKey(uri, speaker.id), uri, kind, form });
      buckets.set(bucket, list);
    }
  }
  return buckets;
}

/** Maps each speaker reference (`uri#id`) to the key of its group. */
export function clusterSpeakers(refs: readonly SpeakerRef[]): Map<string, string> {
  const groups = new UnionFind();
  for (const filed of fileForms(refs).values()) {
    for (let i = 0; i < filed.length; i++) {
      for (let j = i + 1; j < filed.length; j++) {
        const [a, b] = [filed[i]!, filed[j]!];
        // inside one article, the claims pass has already decided who is who
        if (a.uri !== b.uri && a.kind === b.kind && sameForm(a.kind, a.form, b.form)) groups.union(a.ref, b.ref);
      }
    }
  }
  return new Map(refs.map(({ uri, speaker }) => {
    const ref = refKey(uri, speaker.id);
    return [ref, groups.find(ref)];
  }));
}
