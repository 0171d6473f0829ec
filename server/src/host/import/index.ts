// isnad import: a saved web page or a Word document becomes an article file
// in the review folder, and what the source says about itself (URL, outlet,
// publication date, author) its entry under `articles:` in the isnad.yaml
// that applies to that folder (the nearest one upward; a new one in the
// folder when there is none). Nothing existing is replaced unless the
// caller says so (`overwrite`, after asking the user): a different article
// of the same name, or an entry that says something else, is a conflict.
// Importing the same page again (the same URL, or the same text under the
// same name) is recognised and writes nothing.
import { open, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { nearestConfigFile, within } from '../config-chain.js';
import { readConfigFile } from '../config-file.js';
import { CONFIG_FILE, normalizeKey, parseConfig } from '../config.js';
import { readRegularFile } from '../limits.js';
import { IMPORT_ENTRY, ReviewWriteError, editConfigFile, writeAtomically } from '../reviews.js';
import { MetadataWriteError, articlesOf, entryObject, withArticleEntry } from './articles-yaml.js';
import { ImportError } from './model.js';
import type { ImportedArticle } from './model.js';
import { decodePage, readWebPage } from './web-page.js';
import { readWordDocument } from './word.js';

export { ImportError } from './model.js';
export type { ImportedArticle, ImportedMetadata } from './model.js';

/** The extensions import reads. */
export const IMPORT_EXTENSIONS = ['.html', '.htm', '.xhtml', '.docx'] as const;
/** A saved page or a document above this is not an article (pages saved with their images inline are a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportOutcome =
  /** Written: the article file (and `replaced` when it was there before) and its entry. */
  | { kind: 'imported'; source: string; article: string; config: string; key: string; imported: ImportedArticle; replaced: boolean }
  /** The same page or document is already in the folder: nothing written. */
  | { kind: 'unchanged'; source: string; article: string; config: string; key: string; imported: ImportedArticle }
  /** Something else is in the way; `overwrite` replaces it. */
  | { kind: 'conflict'; source: string; article: string; config: string; key: string; imported: ImportedArticle; reasons: string[] }
  | { kind: 'failed'; source: string; problem: string };

/** The source file as an article (by its extension). */
export async function readSource(path: string): Promise<ImportedArticle> {
  const ext = extname(path).toLowerCase();
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ImportError(`not a web page (.html, .htm) or a Word document (.docx)`);
  }
  // only a regular file, through one descriptor, never past the cap (a named pipe would block the open)
  const read = readRegularFile(path, MAX_IMPORT_BYTES);
  if ('tooLarge' in read) throw new ImportError(`larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  if ('problem' in read) throw new ImportError(read.problem);
  const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  return ext === '.docx' ? readWordDocument(bytes) : readWebPage(decodePage(bytes));
}

/** An article file name from the source's: its base name, without characters file systems refuse, `.txt`. */
export function articleName(source: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must go from a file name
  const stem = basename(source, extname(source)).replace(/[\u0000-\u001f<>:"/\\|?*]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${stem || 'article'}.txt`;
}

/** A file's text as UTF-8 when it is a regular file within `maxBytes`; null when there is none. */
function readText(path: string, maxBytes: number): string | null {
  const read = readRegularFile(path, maxBytes);
  if ('bytes' in read) return Buffer.from(read.bytes).toString('utf8');
  if ('code' in read && read.code === 'ENOENT') return null;
  throw new ImportError(`${path}: ${'tooLarge' in read ? `larger than ${Math.round(maxBytes / 1024)} KB` : read.problem}`);
}

/** The fields of an existing entry that say something else than the import would. */
function differences(existing: Record<string, unknown>, entry: Record<string, string>): string[] {
  return Object.entries(entry).flatMap(([field, value]) => {
    const old = existing[field];
    return old !== undefined && old !== null && String(old) !== value ? [`${field} is "${String(old)}" in isnad.yaml, "${value}" in the source`] : [];
  });
}

const slash = (path: string): string => path.split(sep).join('/');

/** Writes `change` of the isnad.yaml at `path` (given its text at the time, it returns the new one). */
export type ConfigWriter = (path: string, change: (source: string) => string) => Promise<void>;

export interface ImportOptions {
  /** Replace a different article of the same name and an entry that says otherwise. */
  overwrite?: boolean;
  /** Where the new config goes when no isnad.yaml applies: the folder itself (default). */
  top?: string;
  /** How isnad.yaml is changed (the editor's text when it is open there); host/reviews.ts's locked write by default. */
  writeConfig?: ConfigWriter;
}

/** Imports one file into `folder`. Never throws: a failure is an outcome. */
export async function importFile(source: string, folder: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  let imported: ImportedArticle;
  try {
    imported = await readSource(source);
  } catch (e) {
    return { kind: 'failed', source, problem: e instanceof ImportError ? e.message : `cannot import it: ${(e as Error).message}` };
  }
  try {
    return await place(source, imported, resolve(folder), options);
  } catch (e) {
    const told = e instanceof MetadataWriteError || e instanceof ImportError || e instanceof ReviewWriteError;
    return { kind: 'failed', source, problem: told ? e.message : `cannot write it: ${(e as Error).message}` };
  }
}

async function place(source: string, imported: ImportedArticle, folder: string, options: ImportOptions): Promise<ImportOutcome> {
  const config = nearestConfigFile(folder, options.top) ?? join(folder, CONFIG_FILE);
  const configText = readConfigText(config);
  const articles = articlesOf(configText);
  const entry = entryObject(imported.metadata);
  // the same page imported before, under whatever name: by its URL
  const byUrl = imported.metadata.url ? [...articles].find(([, e]) => e['url'] === imported.metadata.url)?.[0] : undefined;
  const key = byUrl ?? normalizeKey(slash(relative(dirname(config), join(folder, articleName(source)))));
  const article = join(dirname(config), ...key.split('/'));
  // an isnad.yaml is anyone's: a key of its own making never takes a write out of the folder
  if (!within(resolve(options.top ?? dirname(config)), resolve(article))) throw new ImportError(`isnad.yaml files it as ${key}, outside the folder: nothing was written`);
  const existingText = readText(article, MAX_IMPORT_BYTES);
  const existingEntry = articles.get(key);
  const base = { source, article, config, key, imported };
  const reasons = [
    ...(existingText !== null && existingText !== imported.text
      ? [byUrl ? `imported before as ${key}, and the text has changed since` : `${basename(article)} exists with other text`]
      : []),
    ...(existingEntry ? differences(existingEntry, entry) : []),
  ];
  const entryMissing = Object.keys(entry).some((f) => !existingEntry || existingEntry[f] === undefined || existingEntry[f] === null);
  if (!reasons.length && existingText !== null && !entryMissing) return { kind: 'unchanged', ...base };
  if (reasons.length && !options.overwrite) return { kind: 'conflict', ...base, reasons };
  // made on the text the write finds (another writer may have changed it since it was read above)
  const change = (current: string): string => {
    const now = articlesOf(current).get(key);
    const merged = { ...Object.fromEntries(Object.entries(now ?? {}).map(([k, v]) => [k, String(v)])), ...entry };
    const text = withArticleEntry(current, key, merged, now !== undefined);
    checkReadsBack(text, config, key);
    return text;
  };
  change(configText); // refused before the article is written
  const created = existingText === null;
  if (existingText !== imported.text) await writeArticle(article, imported.text, created);
  try {
    await (options.writeConfig ?? ((path, edit) => editConfigFile(path, edit, { root: options.top ?? dirname(config) }, IMPORT_ENTRY)))(config, change);
  } catch (e) {
    if (created) await rm(article, { force: true }); // no article without its entry
    throw e;
  }
  return { kind: 'imported', ...base, replaced: !created && existingText !== imported.text };
}

/** The text of the isnad.yaml import adds to ('' when there is none), read as Isnad reads one (host/config-file.ts). */
function readConfigText(path: string): string {
  const read = readConfigFile(path);
  if (read === null) return '';
  if ('problem' in read) throw new ImportError(`${path} is ${read.tooLarge ? read.problem : `unreadable (${read.problem})`}: nothing was written`);
  return read.text;
}

/** The new isnad.yaml must read back with the entry and no syntax error, or nothing is written. */
function checkReadsBack(text: string, path: string, key: string): void {
  const { config, problems } = parseConfig(text, path);
  if (problems.some((p) => p.message.startsWith('syntax:')) || !config.articles.has(key)) {
    throw new MetadataWriteError('the entry did not read back from the new isnad.yaml: the folder was left as it was');
  }
}

/** A new article file is created exclusively (never over one that appeared meanwhile); a replaced one, atomically. */
async function writeArticle(path: string, text: string, created: boolean): Promise<void> {
  if (!created) return writeAtomically(path, text);
  const file = await open(path, 'wx');
  try {
    await file.writeFile(text, 'utf8');
  } finally {
    await file.close();
  }
}
