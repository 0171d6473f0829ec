// Every string the Isnad view and the timeline show, in English, in one
// place. They go through `translate`: vscode.l10n.t once the extension has
// set it (so Arabic bundles can be added without touching the callers), a
// plain `{0}` formatter in the node tests. Pure: no editor API here.

export type Translate = (message: string, ...args: Array<string | number>) => string;

const format: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i: string) => {
  const arg = args[Number(i)];
  return arg === undefined ? whole : String(arg);
});

let translate: Translate = format;

/** Routes every string below through the editor's translations. */
export function useTranslator(t: Translate): void {
  translate = t;
}

const t: Translate = (message, ...args) => translate(message, ...args);

/** "1 article", "3 articles": one message per form, as translators need them. */
const count = (n: number, one: string, many: string): string => (n === 1 ? t(one, n) : t(many, n));

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const strings = {
  // The Isnad view
  speakers: (n: number) => t('Speakers ({0})', n),
  figures: (n: number) => t('Figures ({0})', n),
  articles: (n: number) => count(n, '{0} article', '{0} articles'),
  claims: (n: number) => count(n, '{0} claim', '{0} claims'),
  values: (n: number) => count(n, '{0} value', '{0} values'),
  conflicts: (n: number) => count(n, '{0} conflict', '{0} conflicts'),
  changedOverTime: () => t('changed over time'),
  undated: (n: number) => t('Undated ({0})', n),
  byWeekday: () => t('placed in this event by weekday and venue'),
  aliases: (names: string) => t('Also named: {0}', names),
  sameSpeaker: () => t('One speaker across the folder:'),
  dateUnknown: () => t('date unknown'),
  sourcedBy: (source: string) => t('sourced by {0}', source),
  noSource: () => t('no named source'),
  conflictsWith: (others: string) => t('conflicts with {0}', others),
  changedFrom: (others: string) => t('a change over time from {0}', others),
  conflictTooltip: () => t('Another article gives a different value at around the same time.'),
  changeTooltip: () => t('Another article gives a different value at another time: a change over time, not a conflict.'),
  notRunning: () => t('The Isnad server is not running. Run "Isnad: Restart Server".'),
  starting: () => t('Isnad is reading the folder…'),
  failed: () => t('Isnad could not list the folder\'s claims. See "Isnad: Show Output".'),
  nothingFound: () => t('No speakers or figures found in this folder\'s articles yet.'),

  // The timeline
  timelineTitle: () => t('Isnad Timeline'),
  timelineSummary: (claims: number, speakers: number, from: string, to: string) =>
    t('{0} by {1} · {2} – {3}', strings.claims(claims), count(speakers, '{0} speaker', '{0} speakers'), from, to),
  timelineHint: () => t('Click a point to open its claim.'),
  hiddenRows: (n: number) => count(n, '{0} more speaker not shown', '{0} more speakers not shown'),
  emptyTitle: () => t('No dated claims in this folder yet'),
  emptyDetail: (undated: number) => (undated > 0
    ? t('{0} in this folder have no date. A claim is placed on the timeline when its article dates it: a date in the text, or the article\'s publication date (isnad.yaml can give it).', strings.claims(undated))
    : t('A claim is placed on the timeline when its article dates it: a date in the text, or the article\'s publication date (isnad.yaml can give it).')),
  sameDay: (n: number) => t('{0} on this day', strings.claims(n)),
  samePeriod: (n: number) => t('{0} in this period (too many points to show each day)', strings.claims(n)),
  pickClaim: (speaker: string, date: string) => t('Claims of {0} on {1}', speaker, date),
  loading: () => t('Reading the folder…'),
};
