// The rows of the related-claims list (a quick pick) from the server's
// `isnad/relatedClaims` answer. Pure: commands.ts turns rows into
// QuickPickItems.
//
// A list row is laid out left to right and cut at its right end when too
// long, which is where a right-to-left label starts (the peek view's list
// cut every Arabic row so, issue 12). So the label is the Arabic alone,
// short enough to fit — the speaker, a colon, the claim's first words, one
// isolated run (U+2068 … U+2069) read right to left from the speaker — and
// the outlet, the date and the file's short name follow it as the row's
// description, each isolated, where a cut loses the least.
import * as l10n from '@vscode/l10n';
import { isolate, shortFileName } from '../../server/src/lsp/bidi.js';
import type { RelatedClaimItem } from '../../server/src/lsp/protocol.js';
import { strings } from './views/strings.js';

/** Characters of a row's label at most: the quick pick is about 600 pixels wide, and its label comes before the description. */
export const LONGEST_LABEL = 60;

export type RelatedRow =
  | { kind: 'separator'; label: string }
  | { kind: 'claim'; label: string; description: string; item: RelatedClaimItem };

const GROUP: Record<NonNullable<RelatedClaimItem['why']> | 'other', () => string> = {
  event: () => l10n.t('The same event'),
  quantity: () => l10n.t('The same quantity'),
  speaker: () => l10n.t('The same speaker'),
  other: () => l10n.t('Related places'),
};

/**
 * The speaker and the claim's first words, whole words up to LONGEST_LABEL
 * characters, then `…`. The speaker is left out when those words already
 * name them («قال جيمس جيفري …», «وأوضح جيفري، …»): by the last word of the
 * name, as the article spells it.
 */
export function claimLabel(item: Pick<RelatedClaimItem, 'speaker' | 'text'>, longest = LONGEST_LABEL): string {
  const words = item.text.trim().split(/\s+/).filter(Boolean);
  const fit = (head: string[]): string => {
    const line = (n: number): string => [...head, ...words.slice(0, n)].join(' ');
    let shown = 0;
    while (shown < words.length && (shown === 0 || line(shown + 1).length <= longest)) shown++;
    return shown < words.length ? `${line(shown)} …` : line(shown);
  };
  const bare = fit([]);
  const surname = item.speaker?.trim().split(/\s+/).pop();
  return isolate(!surname || bare.includes(surname) ? bare : fit([`${item.speaker!.trim()}:`]));
}

/** Outlet, date and the file's short name, each isolated (an outlet or a file may be named in Arabic). */
export function claimDescription(item: Pick<RelatedClaimItem, 'outlet' | 'date' | 'file'>): string {
  return [item.outlet ? isolate(item.outlet) : null, item.date ?? strings.dateUnknown(), isolate(shortFileName(item.file))]
    .filter((part): part is string => part !== null).join(' · ');
}

/** The rows: a separator naming each group (the same event, quantity, speaker), then its claims, in the server's order. */
export function relatedRows(items: readonly RelatedClaimItem[]): RelatedRow[] {
  const rows: RelatedRow[] = [];
  let group: string | null = null;
  for (const item of items) {
    const why = item.why ?? 'other';
    if (why !== group) {
      group = why;
      rows.push({ kind: 'separator', label: GROUP[why]() });
    }
    rows.push({ kind: 'claim', label: claimLabel(item), description: claimDescription(item), item });
  }
  return rows;
}

export const relatedStrings = {
  placeholder: (shown: number, total: number) => (shown < total
    ? l10n.t('{0} of {1} related claims: type to filter, Enter opens one', shown, total)
    : shown === 1 ? l10n.t('1 related claim: Enter opens it') : l10n.t('{0} related claims: type to filter, Enter opens one', shown)),
  title: () => l10n.t('Isnad: Related Claims'),
  peek: () => l10n.t('Show them in the peek view'),
  peekDetail: () => l10n.t('the editor\'s references list, beside the article'),
};
