// Quick fixes on an unsourced-figure diagnostic: the reviewer's three
// decisions. The two that need words from the reviewer (the source, the
// reason) run the client's isnad.reviewFigure, which asks for them; "Not a
// figure" runs the server's isnad.recordReview at once.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import type { Figure } from '../analysis/model.js';
import type { ReviewDecision } from '../analysis/review/index.js';
import type { Analysed } from './articles.js';
import { SOURCE } from './diagnostics.js';
import { messages } from './messages.js';
import { RECORD_REVIEW, REVIEW_FIGURE } from './review-protocol.js';
import type { RecordReviewArgs } from './review-protocol.js';

const UNSOURCED = 'unsourced-figure';

const wanted = (params: CodeActionParams): boolean =>
  !params.context.only || params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));

function figureAt(entry: Analysed, diagnostic: Diagnostic): Figure | undefined {
  const start = entry.conv.offset(diagnostic.range.start);
  return entry.article?.figures.find((f) => f.start === start);
}

function action(diagnostic: Diagnostic, args: RecordReviewArgs, asks: boolean): CodeAction {
  const title = messages.reviewAction(args.decision);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: asks ? REVIEW_FIGURE : RECORD_REVIEW, arguments: [args] },
  };
}

const DECISIONS: { decision: ReviewDecision; asks: boolean }[] = [
  { decision: 'sourced', asks: true },
  { decision: 'not-a-figure', asks: false },
  { decision: 'dismissed', asks: true },
];

export function codeActions(entry: Analysed | undefined, params: CodeActionParams): CodeAction[] {
  if (!entry?.article || !wanted(params)) return [];
  return params.context.diagnostics.flatMap((diagnostic) => {
    if (diagnostic.source !== SOURCE || diagnostic.code !== UNSOURCED) return [];
    const figure = figureAt(entry, diagnostic);
    if (!figure) return [];
    const base = { uri: params.textDocument.uri, range: entry.conv.range(figure), figure: figure.text, note: null };
    return DECISIONS.map(({ decision, asks }) => action(diagnostic, { ...base, decision }, asks));
  });
}
