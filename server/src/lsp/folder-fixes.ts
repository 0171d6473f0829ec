// Quick fixes that change the folder's isnad.yaml rather than the article:
//
//   isnad.removeReview({ uri, file, figure, fingerprint })
//     on a stale-review note: deletes that decision from `reviews:`.
//   isnad.setRule({ uri, rule, setting })
//     on any Isnad diagnostic: "Turn off RULE in this folder" writes
//     `rules: RULE: off` into the isnad.yaml that applies to the article.
//
// Both change the nearest isnad.yaml (host/config-edits.ts: comments kept)
// as a review decision is written (host/reviews.ts: under the lock,
// atomically, checked by reading it back; into the editor's text when the
// file is open there) and publish the folder's diagnostics again. A failure
// is told to the user; nothing else is written.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { matchReviews, staleLocation } from '../analysis/review/index.js';
import { RULES, SEVERITIES } from '../analysis/rules/index.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { ConfigEditError, withRuleSetting, withoutReview } from '../host/config-edits.js';
import type { ReviewKey } from '../host/config-edits.js';
import { parseConfig } from '../host/config.js';
import { ReviewWriteError, editConfigFile } from '../host/reviews.js';
import type { WritePurpose } from '../host/reviews.js';
import type { Analysed } from './articles.js';
import { SOURCE } from './diagnostics.js';
import { messages } from './messages.js';
import { editOpenBuffer, refresh, reviewsOf } from './review-command.js';
import { scan } from './scan.js';
import type { Session } from './session.js';
import { pathToUri } from './uris.js';

export const REMOVE_REVIEW = 'isnad.removeReview';
export const SET_RULE = 'isnad.setRule';

export interface RemoveReviewArgs extends ReviewKey {
  uri: string;
}

export interface SetRuleArgs {
  uri: string;
  rule: string;
  setting: RuleSetting;
}

const wanted = (params: CodeActionParams): boolean =>
  !params.context.only || params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));

const samePlace = (a: Diagnostic['range'], b: Diagnostic['range']): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character;

function fix(title: string, diagnostic: Diagnostic, command: string, args: object): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command, arguments: [args] } };
}

/** The stale decisions of the article that sit where the diagnostic is. */
function staleAt(session: Session, entry: Analysed, diagnostic: Diagnostic): ReviewKey[] {
  const article = entry.article!;
  return matchReviews(article, reviewsOf(session.folders, entry))
    .filter((m) => !m.figure && samePlace(entry.conv.range(staleLocation(article, m.review)), diagnostic.range))
    .map(({ review }) => ({ file: review.file, figure: review.figure, fingerprint: review.fingerprint }));
}

export function folderFixes(session: Session, entry: Analysed | undefined, params: CodeActionParams): CodeAction[] {
  if (!entry?.article || !entry.path || !wanted(params)) return [];
  const uri = params.textDocument.uri;
  const seen = new Set<string>();
  return params.context.diagnostics.flatMap((diagnostic) => {
    const rule = typeof diagnostic.code === 'string' ? diagnostic.code : '';
    if (diagnostic.source !== SOURCE || !RULES.some((r) => r.id === rule)) return [];
    const actions: CodeAction[] = [];
    if (rule === 'stale-review') {
      for (const key of staleAt(session, entry, diagnostic)) {
        actions.push(fix(messages.removeStaleReviewAction(key.figure), diagnostic, REMOVE_REVIEW, { uri, ...key } satisfies RemoveReviewArgs));
      }
    }
    if (!seen.has(rule)) {
      seen.add(rule);
      actions.push(fix(messages.ruleOffAction(rule), diagnostic, SET_RULE, { uri, rule, setting: 'off' } satisfies SetRuleArgs));
    }
    return actions;
  });
}

const SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

function isRemoveArgs(a: unknown): a is RemoveReviewArgs {
  const x = a as Partial<RemoveReviewArgs> | null;
  return typeof x === 'object' && x !== null && typeof x.uri === 'string' && typeof x.file === 'string' && typeof x.figure === 'string' && typeof x.fingerprint === 'string';
}

function isRuleArgs(a: unknown): a is SetRuleArgs {
  const x = a as Partial<SetRuleArgs> | null;
  return typeof x === 'object' && x !== null && typeof x.uri === 'string' && RULES.some((r) => r.id === x.rule) && SETTINGS.includes(x.setting as string);
}

/** How a refusal to change isnad.yaml for a quick fix ends. */
const CONFIG_CHANGE: WritePurpose = {
  notDone: 'it was left as it was',
  elsewhere: 'change that file yourself, or put a copy of it in the folder',
  writable: 'make it writable to change it',
  written: 'the change was written',
};

/**
 * Edits the isnad.yaml that applies to the article of `uri`, checks the
 * result and writes it as a review decision is written (host/reviews.ts:
 * under the lock, read back), or, when that isnad.yaml is open in the
 * editor, into the editor's text (a write to the disk would be lost at the
 * next save of the buffer). `reanalyse`: the edit changes what the articles
 * are placed with (a rule setting), so the folder is scanned again, not
 * only published again.
 */
async function editConfig(
  session: Session, uri: string, edit: (text: string) => string, check: (text: string, path: string) => boolean, reanalyse = false,
): Promise<void> {
  const entry = session.current(uri);
  if (!entry?.path) throw new ConfigEditError('the article is not a file in the folder');
  const folder = session.folders.folderOf(entry.path);
  const checked = (source: string): string => {
    const text = edit(source);
    const { problems } = parseConfig(text, folder.configPath);
    if (problems.some((p) => p.message.startsWith('syntax:')) || !check(text, folder.configPath)) {
      throw new ConfigEditError('the change did not read back from the new isnad.yaml: the file was left as it was');
    }
    return text;
  };
  const open = session.openDoc(pathToUri(folder.configPath));
  if (open) {
    // the server reads the open text: the edit's didChange publishes and scans as a typed change does
    await editOpenBuffer(session, open, checked(open.getText()), { label: messages.configEditLabel, noEdit: messages.configOpenNoEdit });
    void session.connection.window.showInformationMessage(messages.configInOpenBuffer);
    return;
  }
  await editConfigFile(folder.configPath, checked, { root: session.folders.rootOf(entry.path) }, CONFIG_CHANGE);
  refresh(session, folder.path);
  if (reanalyse) await scan(session, [folder.path]);
}

/** Runs isnad.removeReview or isnad.setRule; never throws: a failure is told to the user. */
export async function folderFixCommand(session: Session, command: string, args: unknown): Promise<{ done: boolean }> {
  try {
    if (command === REMOVE_REVIEW && isRemoveArgs(args)) {
      await editConfig(session, args.uri, (t) => withoutReview(t, args), () => true);
    } else if (command === SET_RULE && isRuleArgs(args)) {
      await editConfig(session, args.uri, (t) => withRuleSetting(t, args.rule, args.setting), (t, p) => parseConfig(t, p).config.rules.get(args.rule) === args.setting, true);
    } else throw new ConfigEditError('the command was given nothing to change');
    return { done: true };
  } catch (e) {
    if (!(e instanceof ConfigEditError || e instanceof ReviewWriteError)) session.error(command, e);
    void session.connection.window.showErrorMessage(messages.configNotChanged(e instanceof Error ? e.message : String(e)));
    return { done: false };
  }
}
