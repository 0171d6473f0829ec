// Citations of claims and the rows of `isnad export`: pure, from the Article model.
export { arabicCitation, citationText, citeClaim, claimCitation, englishCitation } from './citation.js';
export type { Citation, CitationLanguage } from './citation.js';
export { exportRows } from './rows.js';
export type { ExportFigure, ExportRow, LineOf } from './rows.js';
export { CSV_BOM, CSV_COLUMNS, csvField, csvHeader, csvLine, csvRow } from './csv.js';
export { claimSpeaker, statementText } from './statement.js';
