// Every string the Isnad view and the timeline show, in English, in one
// place. Each is a literal `l10n.t(...)` call of @vscode/l10n, so that
// `npm run l10n:export` finds it for l10n/bundle.l10n.json; the extension
// hands @vscode/l10n the editor's bundle at activation (extension.ts), and
// in the node tests it formats the English. Pure: no editor API here.
import * as l10n from '@vscode/l10n';

/** A month's short name on the timeline's axis (0 = January). */
export const monthName = (month: number): string => [
  l10n.t('Jan'), l10n.t('Feb'), l10n.t('Mar'), l10n.t('Apr'), l10n.t('May'), l10n.t('Jun'),
  l10n.t('Jul'), l10n.t('Aug'), l10n.t('Sep'), l10n.t('Oct'), l10n.t('Nov'), l10n.t('Dec'),
][month] ?? '';

export const strings = {
  // The Isnad view
  speakers: (n: number) => l10n.t('Speakers ({0})', n),
  figures: (n: number) => l10n.t('Figures ({0})', n),
  articles: (n: number) => (n === 1 ? l10n.t('{0} article', n) : l10n.t('{0} articles', n)),
  claims: (n: number) => (n === 1 ? l10n.t('{0} claim', n) : l10n.t('{0} claims', n)),
  values: (n: number) => (n === 1 ? l10n.t('{0} value', n) : l10n.t('{0} values', n)),
  conflicts: (n: number) => (n === 1 ? l10n.t('{0} conflict', n) : l10n.t('{0} conflicts', n)),
  changedOverTime: () => l10n.t('changed over time'),
  undated: (n: number) => l10n.t('Undated ({0})', n),
  byWeekday: () => l10n.t('placed in this event by weekday and venue'),
  aliases: (names: string) => l10n.t('Also named: {0}', names),
  sameSpeaker: () => l10n.t('One speaker across the folder:'),
  dateUnknown: () => l10n.t('date unknown'),
  sourcedBy: (source: string) => l10n.t('sourced by {0}', source),
  noSource: () => l10n.t('no named source'),
  reviewedSourced: (source: string) => l10n.t('sourced by {0} (reviewed)', source),
  reviewedNotAFigure: () => l10n.t('not a figure (reviewed)'),
  reviewedDismissed: () => l10n.t('dismissed (reviewed)'),
  unsourcedGroup: (figures: number, articles: number) => l10n.t('Unsourced figures ({0} in {1})', figures, strings.articles(articles)),
  unsourcedCount: (n: number) => l10n.t('{0} unsourced', n),
  conflictsWith: (others: string) => l10n.t('conflicts with {0}', others),
  changedFrom: (others: string) => l10n.t('a change over time from {0}', others),
  conflictTooltip: () => l10n.t('Another article gives a different value at around the same time.'),
  changeTooltip: () => l10n.t('Another article gives a different value at another time: a change over time, not a conflict.'),
  notRunning: () => l10n.t('The Isnad server is not running. Run "Isnad: Restart Server".'),
  starting: () => l10n.t('Isnad is reading the folder…'),
  failed: () => l10n.t('Isnad could not list the folder\'s claims. See "Isnad: Show Output".'),
  nothingFound: () => l10n.t('No speakers or figures found in this folder\'s articles yet.'),

  // The timeline
  timelineTitle: () => l10n.t('Isnad Timeline'),
  timelineSummary: (claims: number, speakers: number, from: string, to: string) =>
    l10n.t('{0} by {1} · {2} – {3}', strings.claims(claims), (speakers === 1 ? l10n.t('{0} speaker', speakers) : l10n.t('{0} speakers', speakers)), from, to),
  timelineHint: () => l10n.t('Click a point to open its claim, a name to see only that speaker.'),
  hiddenRows: (n: number) => (n === 1
    ? l10n.t('{0} more speaker not shown: search or pick a speaker to see them.', n)
    : l10n.t('{0} more speakers not shown: search or pick a speaker to see them.', n)),
  outsideLeft: (n: number, example: string) => (n === 1
    ? l10n.t('{0} claim dated far from the others ({1}) is left out.', n, example)
    : l10n.t('{0} claims dated far from the others (such as {1}) are left out.', n, example)),
  outsideShown: (n: number) => (n === 1
    ? l10n.t('{0} claim dated far from the others is shown.', n)
    : l10n.t('{0} claims dated far from the others are shown.', n)),
  showThem: () => l10n.t('Show them'),
  hideThem: () => l10n.t('Leave them out'),
  noMatch: () => l10n.t('No dated claim matches these filters.'),
  searchPlaceholder: () => l10n.t('Search speakers, claims, articles'),
  speakerPlaceholder: () => l10n.t('Speaker'),
  articlePlaceholder: () => l10n.t('Article'),
  allOutlets: () => l10n.t('All outlets'),
  fromLabel: () => l10n.t('From'),
  toLabel: () => l10n.t('To'),
  zoomIn: () => l10n.t('Zoom in'),
  zoomOut: () => l10n.t('Zoom out'),
  fit: () => l10n.t('Fit'),
  clear: () => l10n.t('Clear'),
  filtersLabel: () => l10n.t('Filter the timeline'),
  emptyTitle: () => l10n.t('No dated claims in this folder yet'),
  emptyDetail: (undated: number) => (undated > 0
    ? l10n.t('{0} in this folder have no date. A claim is placed on the timeline when its article dates it: a date in the text, or the article\'s publication date (isnad.yaml can give it).', strings.claims(undated))
    : l10n.t('A claim is placed on the timeline when its article dates it: a date in the text, or the article\'s publication date (isnad.yaml can give it).')),
  sameDay: (n: number) => l10n.t('{0} on this day', strings.claims(n)),
  samePeriod: (n: number) => l10n.t('{0} in this period (too many points to show each day)', strings.claims(n)),
  pickClaim: (speaker: string, date: string) => l10n.t('Claims of {0} on {1}', speaker, date),
  loading: () => l10n.t('Reading the folder…'),
};
