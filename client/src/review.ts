// Isnad: Review Figure… (isnad.reviewFigure, REVIEW_FIGURE in review-protocol.ts). The server's quick fixes "Mark
// as sourced…" and "Dismiss with a reason…" run it with the figure and the
// decision; it asks the reviewer for the source or the reason and sends the
// decision to the server (workspace/executeCommand isnad.recordReview), which
// writes it into isnad.yaml. From the palette it takes the unsourced figure
// at the cursor and asks for the decision first. ("Not a figure" needs no
// words: the language client forwards it to the server itself.)
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ReviewDecision } from '../../server/src/analysis/review/model.js';
import { isolate } from '../../server/src/lsp/bidi.js';
import { RECORD_REVIEW } from '../../server/src/lsp/review-protocol.js';
import type { RecordReviewArgs, RecordReviewResult } from '../../server/src/lsp/review-protocol.js';
import { LANGUAGE_ID } from './client.js';
import { describe } from './errors.js';
import { diagnosticCode } from './navigation.js';

// Functions, not constants: vscode.l10n.t reads the bundle when called. The
// figure is isolated (U+2068 … U+2069), so its number stays on its Arabic side.
const strings = {
  sourcePrompt: (figure: string): string => vscode.l10n.t('Who or what stands behind "{0}"? A name, a URL or a document.', isolate(figure)),
  sourcePlaceholder: (): string => vscode.l10n.t('e.g. وزارة الدفاع الأمريكية, https://…, the ministry\'s report of 20 January'),
  reasonPrompt: (figure: string): string => vscode.l10n.t('Why is "{0}" dismissed?', isolate(figure)),
  reasonPlaceholder: (): string => vscode.l10n.t('e.g. a well-known figure, checked against the census'),
  empty: (): string => vscode.l10n.t('Write it, or press Escape to cancel.'),
  pickDecision: (figure: string): string => vscode.l10n.t('Review "{0}"', isolate(figure)),
  noFigure: (): string => vscode.l10n.t('Isnad: put the cursor on an unsourced figure first.'),
  recorded: (): string => vscode.l10n.t('Isnad: the decision is in isnad.yaml.'),
  failed: (why: string): string => vscode.l10n.t('Isnad: the decision was not sent to the server: {0}', why),
};

const decisions = (): { decision: ReviewDecision; label: string }[] => [
  { decision: 'sourced', label: vscode.l10n.t('Mark as sourced…') },
  { decision: 'not-a-figure', label: vscode.l10n.t('Not a figure') },
  { decision: 'dismissed', label: vscode.l10n.t('Dismiss with a reason…') },
];

function isArgs(x: unknown): x is RecordReviewArgs {
  const a = x as Partial<RecordReviewArgs> | null;
  return typeof a === 'object' && a !== null && typeof a.uri === 'string' && typeof a.figure === 'string' &&
    typeof a.decision === 'string' && typeof a.range === 'object' && a.range !== null;
}

/** The unsourced figure at the cursor and the decision the reviewer picks for it. */
async function atCursor(): Promise<RecordReviewArgs | undefined> {
  const editor = vscode.window.activeTextEditor;
  const cursor = editor?.selection.active;
  const diagnostic = editor && cursor && editor.document.languageId === LANGUAGE_ID
    ? vscode.languages.getDiagnostics(editor.document.uri).find((d) => diagnosticCode(d.code) === 'unsourced-figure' && d.range.contains(cursor))
    : undefined;
  if (!editor || !diagnostic) {
    void vscode.window.showInformationMessage(strings.noFigure());
    return undefined;
  }
  const figure = editor.document.getText(diagnostic.range);
  const picked = await vscode.window.showQuickPick(decisions(), { title: strings.pickDecision(figure) });
  if (!picked) return undefined;
  const { start, end } = diagnostic.range;
  const range = { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
  return { uri: editor.document.uri.toString(), range, figure, decision: picked.decision, note: null };
}

/** The source or the reason; undefined when the reviewer cancels. */
function askNote(args: RecordReviewArgs): Thenable<string | undefined> {
  const sourced = args.decision === 'sourced';
  return vscode.window.showInputBox({
    prompt: sourced ? strings.sourcePrompt(args.figure) : strings.reasonPrompt(args.figure),
    placeHolder: sourced ? strings.sourcePlaceholder() : strings.reasonPlaceholder(),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? null : strings.empty()),
  });
}

async function reviewFigure(client: LanguageClient, output: vscode.LogOutputChannel, given: unknown): Promise<void> {
  const args = isArgs(given) ? given : await atCursor();
  if (!args) return;
  const note = args.decision === 'not-a-figure' ? null : await askNote(args);
  if (note === undefined) return;
  try {
    const result = await client.sendRequest(ExecuteCommandRequest.type, { command: RECORD_REVIEW, arguments: [{ ...args, note }] }) as RecordReviewResult | null;
    // the server itself tells the reviewer why a decision was not recorded
    if (result?.recorded) vscode.window.setStatusBarMessage(strings.recorded(), 4_000);
  } catch (error) {
    output.error(`Recording a review: ${describe(error)}`);
    void vscode.window.showErrorMessage(strings.failed(describe(error)));
  }
}

export function registerReviewCommand(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  // spelled out, as the manifest test reads it: the same as REVIEW_FIGURE
  return vscode.commands.registerCommand('isnad.reviewFigure', (args?: unknown) => reviewFigure(client, output, args));
}
