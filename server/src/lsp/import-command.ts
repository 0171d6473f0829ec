// isnad.importArticles (import-protocol.ts): saved pages and Word documents
// made articles of a folder of the workspace, then that folder's isnad.yaml
// read again and the new articles analysed and published, so the editor
// shows them at once. Only folders of the workspace are written to (the
// isnad.yaml written is the nearest one at or below the workspace folder),
// as a review decision is (under the lock; into the editor's text when that
// isnad.yaml is open there).
import { dirname, isAbsolute } from 'node:path';
import type { ImportOutcome } from '../host/import/index.js';
import { IMPORT_ENTRY, editConfigFile } from '../host/reviews.js';
import { within } from './folders.js';
import type { ImportArticlesArgs, ImportArticlesResult, ImportedFile } from './import-protocol.js';
import { messages } from './messages.js';
import { editOpenBuffer, refresh } from './review-command.js';
import type { Session } from './session.js';
import { pathToUri } from './uris.js';

function isArgs(a: unknown): a is ImportArticlesArgs {
  const x = a as Partial<ImportArticlesArgs> | null;
  return typeof x === 'object' && x !== null && Array.isArray(x.paths) && x.paths.every((p) => typeof p === 'string' && isAbsolute(p)) &&
    typeof x.folder === 'string' && isAbsolute(x.folder) && typeof x.overwrite === 'boolean';
}

function wire(o: ImportOutcome): ImportedFile {
  if (o.kind === 'failed') return { source: o.source, kind: 'failed', problem: o.problem };
  if (o.kind === 'conflict') return { source: o.source, kind: 'conflict', article: o.article, reasons: o.reasons };
  return { source: o.source, kind: o.kind, article: o.article, title: o.imported.title, metadata: o.imported.metadata };
}

/** The entry into isnad.yaml: into the editor's text when it is open there (a write to the disk would be lost at its next save), else as a decision is written. */
async function writeConfig(session: Session, root: string, path: string, change: (source: string) => string): Promise<void> {
  const open = session.openDoc(pathToUri(path));
  if (!open) return editConfigFile(path, change, { root }, IMPORT_ENTRY);
  await editOpenBuffer(session, open, change(open.getText()), { label: messages.configEditLabel, noEdit: messages.configOpenNoEdit });
  void session.connection.window.showInformationMessage(messages.configInOpenBuffer);
}

/** Never throws: what could not be imported is a `failed` file with its reason. */
export async function importArticlesCommand(session: Session, args: unknown): Promise<ImportArticlesResult> {
  if (!isArgs(args)) return { files: [{ source: '', kind: 'failed', problem: 'the command was given no files and folder' }] };
  const root = session.folders.roots().map((f) => f.path).filter((r) => within(r, args.folder)).sort((a, b) => b.length - a.length)[0];
  if (!root) return { files: args.paths.map((source) => ({ source, kind: 'failed' as const, problem: 'the folder is not in the workspace' })) };
  const { importFile } = await import('../host/import/index.js');
  const files: ImportedFile[] = [];
  for (const path of args.paths) {
    const outcome = await importFile(path, args.folder, { overwrite: args.overwrite, top: root, writeConfig: (config, change) => writeConfig(session, root, config, change) });
    files.push(wire(outcome));
    if (outcome.kind !== 'imported') continue;
    // the entry is new in isnad.yaml, and that file may be new too
    session.folders.configsMoved();
    refresh(session, dirname(outcome.config));
    session.loadFile(outcome.article, { read: true });
  }
  return { files };
}
