// isnad import: a saved web page or a Word document becomes an article file
// in the review folder, and what the source says about itself (URL, outlet,
// publication date, author) its entry under `articles:` in the isnad.yaml
// that applies to that folder (the nearest one upward; a new one in the
// folder when there is none). Nothing existing is replaced unless the
// caller says so (`overwrite`, after asking the user): a different article
// of the same name, or an entry that says something else, is a conflict.
// Importing the same page again (the same URL, or the same text under the
// same name) is recognised and writes nothing.
import { open, readFile, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { nearestConfigFile } from '../config-chain.js';
import { CONFIG_FILE, MAX_CONFIG_BYTES, normalizeKey, parseConfig } from '../config.js';
import { writeAtomically } from '../reviews.js';
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
  let bytes: Buffer;
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      if (size > MAX_IMPORT_BYTES) throw new ImportError(`larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
      bytes = await file.readFile();
    } finally {
      await file.close();
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return ext === '.docx' ? readWordDocument(bytes) : readWebPage(decodePage(bytes));
}

/** An article file name from the source's: its base name, without characters file systems refuse, `.txt`. */
export function articleName(source: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must go from a file name
  const stem = basename(source, extname(source)).replace(/[\u0000-\u001f<>:"/\\|?*]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${stem || 'article'}.txt`;
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** The fields of an existing entry that say something else than the import would. */
function differences(existing: Record<string, unknown>, entry: Record<string, string>): string[] {
  return Object.entries(entry).flatMap(([field, value]) => {
    const old = existing[field];
    return old !== undefined && old !== null && String(old) !== value ? [`${field} is "${String(old)}" in isnad.yaml, "${value}" in the source`] : [];
  });
}

const slash = (path: string): string => path.split(sep).join('/');

export interface ImportOptions {
  /** Replace a different article of the same name and an entry that says otherwise. */
  overwrite?: boolean;
  /** Where the new config goes when no isnad.yaml applies: the folder itself (default). */
  top?: string;
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
    return { kind: 'failed', source, problem: e instanceof MetadataWriteError || e instanceof ImportError ? e.message : `cannot write it: ${(e as Error).message}` };
  }
}

async function place(source: string, imported: ImportedArticle, folder: string, options: ImportOptions): Promise<ImportOutcome> {
  const config = nearestConfigFile(folder, options.top) ?? join(folder, CONFIG_FILE);
  const configText = (await readText(config)) ?? '';
  if (configText.length > MAX_CONFIG_BYTES) throw new ImportError(`${config} is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
  const articles = articlesOf(configText);
  const entry = entryObject(imported.metadata);
  // the same page imported before, under whatever name: by its URL
  const byUrl = imported.metadata.url ? [...articles].find(([, e]) => e['url'] === imported.metadata.url)?.[0] : undefined;
  const key = byUrl ?? normalizeKey(slash(relative(dirname(config), join(folder, articleName(source)))));
  const article = join(dirname(config), ...key.split('/'));
  const existingText = await readText(article);
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
  const merged = { ...Object.fromEntries(Object.entries(existingEntry ?? {}).map(([k, v]) => [k, String(v)])), ...entry };
  const newConfig = withArticleEntry(configText, key, merged, existingEntry !== undefined);
  checkReadsBack(newConfig, config, key);
  const created = existingText === null;
  if (existingText !== imported.text) await writeArticle(article, imported.text, created);
  try {
    await writeAtomically(config, newConfig);
  } catch (e) {
    if (created) await rm(article, { force: true }); // no article without its entry
    throw e;
  }
  return { kind: 'imported', ...base, replaced: !created && existingText !== imported.text };
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
