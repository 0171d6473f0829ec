// `isnad import PATH... [--into FOLDER] [--overwrite]`: saved web pages and
// Word documents become articles of the review folder (host/import). One
// line per file on stdout; conflicts name what is in the way and are left
// alone unless --overwrite is given (the command line's way of asking).
import { statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { UsageError } from '../host/files.js';
import type { ImportOutcome } from '../host/import/index.js';
import { Output, note } from './output.js';

export interface ImportOptions {
  paths: string[];
  into: string;
  overwrite: boolean;
}

/** A path as the user would write it: relative to the working folder when under it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function describe(o: ImportOutcome): string {
  if (o.kind === 'failed') return `${o.source}: not imported: ${o.problem}`;
  const m = o.imported.metadata;
  const known = [m.published && `published ${m.published}`, m.outlet && `outlet ${m.outlet}`, m.url && `url ${m.url}`, m.author && `author ${m.author}`]
    .filter(Boolean).join(', ');
  const meta = known ? ` (${known})` : ' (no metadata in it)';
  if (o.kind === 'unchanged') return `${o.source}: already imported as ${shown(o.article)}: nothing to do`;
  if (o.kind === 'conflict') return `${o.source}: not imported: ${o.reasons.join('; ')} (--overwrite replaces them)`;
  return `${o.source} → ${shown(o.article)}${o.replaced ? ' (replaced)' : ''}; ${shown(o.config)}: ${o.key}${meta}`;
}

function checkFolder(into: string): void {
  let folder = false;
  try {
    folder = statSync(into).isDirectory();
  } catch {
    // said below
  }
  if (!folder) throw new UsageError(`import: --into ${into} is not a folder`);
}

/** 0 every file imported or already there, 1 conflicts left alone, 2 a file that could not be imported. */
export async function runImport(options: ImportOptions): Promise<number> {
  checkFolder(options.into);
  // the readers (readability, linkedom, mammoth) are loaded only by this command
  const { importFile } = await import('../host/import/index.js');
  const out = new Output();
  let conflicts = 0, failed = 0;
  // one after the other: two files may want the same isnad.yaml
  for (const source of options.paths) {
    const outcome = await importFile(source, options.into, { overwrite: options.overwrite });
    if (outcome.kind === 'failed') {
      failed++;
      note(`isnad: ${describe(outcome)}`);
      continue;
    }
    if (outcome.kind === 'conflict') conflicts++;
    await out.textLine(describe(outcome)); // titles, authors and file names come from the page: controls shown, not obeyed
  }
  return failed ? 2 : conflicts ? 1 : 0;
}
