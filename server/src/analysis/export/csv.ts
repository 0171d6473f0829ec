// Export rows as CSV (RFC 4180: comma-separated, CRLF line ends, a field in
// double quotes when it holds a comma, a quote or a line break, its quotes
// doubled). The file starts with a UTF-8 byte order mark: without it, Excel
// reads the file in the system's legacy code page and the Arabic turns to
// mojibake.
import type { ExportRow } from './rows.js';

export const CSV_BOM = '\ufeff';

export const CSV_COLUMNS = [
  'file', 'line', 'speaker', 'role', 'kind', 'cue', 'date', 'text', 'outlet', 'published', 'url', 'figures', 'sourcing',
] as const;

/** Between the figures of one claim, in the figures and sourcing columns (kept in the same order). */
const LIST_SEPARATOR = ' | ';

/**
 * Text from an article that begins like a formula (= + - @) is run by
 * spreadsheets; a leading apostrophe makes them show it as text (OWASP's
 * advice on CSV injection).
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : inert(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export const csvHeader = (): string => csvLine(CSV_COLUMNS);

export function csvRow(row: ExportRow): string {
  const figures = row.figures.map((f) => f.text).join(LIST_SEPARATOR);
  const sourcing = row.figures.map((f) => f.source ?? (f.sourced ? 'sourced' : 'unsourced')).join(LIST_SEPARATOR);
  return csvLine([
    row.file, row.line, row.speaker, row.role, row.kind, row.cue, row.date, row.text,
    row.outlet, row.published, row.url, figures || null, sourcing || null,
  ]);
}
