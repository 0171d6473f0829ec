// isnad.recordReview: the reviewer's decision on a figure, written under
// `reviews:` in the isnad.yaml of the article's folder (host/reviews.ts), and
// the folder's diagnostics published again from the file as written. When
// that isnad.yaml is open in the editor, the decision goes into the editor's
// text instead (workspace/applyEdit: undoable, saved with the rest): a write
// to the disk would be overwritten by the next save of the buffer. The
// decisions of an article, as the rules and the hover read them, are here too.
import type { Figure } from '../analysis/model.js';
import { REVIEW_DECISIONS, figureKey, fingerprint } from '../analysis/review/index.js';
import type { Review } from '../analysis/review/index.js';
import { findReviews } from '../host/config.js';
import { ReviewWriteError, recordReview, reviewerName, textWithReview, today } from '../host/reviews.js';
import { Converter } from './convert.js';
import type { Analysed } from './articles.js';
import type { Folders } from './folders.js';
import { messages } from './messages.js';
import type { RecordReviewArgs, RecordReviewResult } from './review-protocol.js';
import type { Session } from './session.js';
import { pathToUri, uriToPath } from './uris.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The decisions isnad.yaml records on this article's figures. */
export function reviewsOf(folders: Folders, entry: Analysed | undefined): Review[] {
  if (!entry?.path) return [];
  const { folder, rel } = folders.placeRelative(entry.path);
  return findReviews(folder.config, rel);
}

function isArgs(a: unknown): a is RecordReviewArgs {
  const x = a as Partial<RecordReviewArgs> | null;
  return typeof x === 'object' && x !== null && typeof x.uri === 'string' && typeof x.figure === 'string' &&
    typeof x.range?.start?.line === 'number' && typeof x.range.start.character === 'number' &&
    (REVIEW_DECISIONS as readonly unknown[]).includes(x.decision) && (x.note === null || x.note === undefined || typeof x.note === 'string');
}

/** The figure the command names: at its range, else (the text moved) the nearest with its text. */
function findFigure(entry: Analysed, args: RecordReviewArgs): Figure | undefined {
  const figures = entry.article?.figures ?? [];
  const at = entry.conv.offset(args.range.start);
  const key = figureKey(args.figure);
  const same = figures.filter((f) => figureKey(f.text) === key);
  return same.find((f) => f.start === at) ?? same.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** Reads the folder's isnad.yaml again and publishes its problems and its articles' diagnostics. */
export function refresh(session: Session, folderPath: string): void {
  const folder = session.folders.reload(folderPath);
  session.publishConfig(folder);
  for (const entry of session.store.all()) {
    if (entry.path && session.folders.folderOf(entry.path).path === folder.path) session.publish(entry);
  }
}

async function record(session: Session, args: RecordReviewArgs): Promise<void> {
  const entry = session.current(args.uri);
  const figure = entry?.article && entry.path ? findFigure(entry, args) : undefined;
  if (!entry?.article || !entry.path || !figure) throw new ReviewWriteError(messages.reviewNoFigure(args.figure));
  const { folder, rel } = session.folders.placeRelative(entry.path);
  const review: Review = {
    file: rel,
    figure: figure.text,
    fingerprint: fingerprint(entry.article, figure),
    decision: args.decision,
    note: args.note?.trim() || null,
    reviewer: await reviewerName(folder.path),
    date: today(),
  };
  const open = session.openDoc(pathToUri(folder.configPath));
  if (open) {
    await intoOpenBuffer(session, open, review);
    return;
  }
  // the folder served is the workspace folder: a nested isnad.yaml may link to one shared inside it
  await recordReview(folder.configPath, review, { root: session.folders.rootOf(entry.path) });
  refresh(session, folder.path);
}

/** The smallest edit that turns `before` into `after`: what the two texts do not share at either end. */
function minimalEdit(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}

/** The decision as an edit of the open isnad.yaml, for the editor to apply (and the user to save). */
async function intoOpenBuffer(session: Session, doc: TextDocument, review: Review): Promise<void> {
  const after = textWithReview(doc.getText(), review, uriToPath(doc.uri) ?? 'isnad.yaml');
  await editOpenBuffer(session, doc, after, { label: messages.reviewEditLabel, noEdit: messages.reviewOpenNoEdit });
  void session.connection.window.showInformationMessage(messages.reviewInOpenBuffer);
}

/**
 * Turns the open `doc` (an isnad.yaml with the user's unsaved edits, maybe)
 * into `after` by one edit the editor applies: undoable, saved with the
 * rest. Throws a ReviewWriteError the user can read when it cannot.
 */
export async function editOpenBuffer(session: Session, doc: TextDocument, after: string, words: { label: string; noEdit: string }): Promise<void> {
  if (!session.flags.applyEdit) throw new ReviewWriteError(words.noEdit);
  const before = doc.getText();
  const edit = minimalEdit(before, after);
  const conv = new Converter(before);
  const result = await session.connection.workspace.applyEdit({
    label: words.label,
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: conv.range(edit), newText: edit.text }] }] },
  });
  if (!result.applied) throw new ReviewWriteError(messages.reviewOpenNotApplied(result.failureReason ?? null));
}

/** Decisions are recorded in the order they came, whatever the git lookups of the reviewer take. */
let queue: Promise<unknown> = Promise.resolve();

/** Never throws: a decision that cannot be written is told to the user and answered `recorded: false`. */
export async function recordReviewCommand(session: Session, args: unknown): Promise<RecordReviewResult> {
  try {
    if (!isArgs(args)) throw new ReviewWriteError(messages.reviewBadArguments);
    const recorded = queue.then(() => record(session, args));
    queue = recorded.catch(() => undefined);
    await recorded;
    return { recorded: true, message: null };
  } catch (e) {
    if (!(e instanceof ReviewWriteError)) session.error('recording a review', e);
    const message = messages.reviewNotRecorded(e instanceof Error ? e.message : String(e));
    void session.connection.window.showErrorMessage(message);
    return { recorded: false, message };
  }
}
