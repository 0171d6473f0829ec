// Findings of the rule registry and isnad.yaml problems as LSP diagnostics:
// source `isnad`, code the rule id. An unsourced figure points at the nearest
// claim, the place a reviewer looks for a source the writer may have meant.
import type { Diagnostic, DiagnosticRelatedInformation, Location } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Article, Claim, Span } from '../analysis/model.js';
import type { Review } from '../analysis/review/index.js';
import { runRules } from '../analysis/rules/index.js';
import type { Finding, FolderContext, RuleSetting } from '../analysis/rules/index.js';
import type { ConfigProblem } from '../host/config.js';
import { escapeControls } from '../host/controls.js';
import { ruleDocUri } from '../host/rule-docs.js';
import type { Analysed, Notice } from './articles.js';
import { problemRange, toDiagnosticSeverity } from './convert.js';
import { messages } from './messages.js';

export const SOURCE = 'isnad';

const distance = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

export function nearestClaim(article: Article, span: Span): Claim | null {
  let best: Claim | null = null;
  for (const claim of article.claims) {
    if (!best || distance(claim, span) < distance(best, span)) best = claim;
  }
  return best;
}

/** Where a span of another article of the folder (by index key) is, if the server knows it. */
export type Locate = (key: string, span: Span) => Location | null;

function related(entry: Analysed, article: Article, finding: Finding, locate?: Locate): DiagnosticRelatedInformation[] {
  if (finding.related && locate) {
    return finding.related.flatMap((r) => {
      const location = locate(r.uri, r);
      return location ? [{ location, message: messages.relatedValue(r) }] : [];
    });
  }
  if (finding.rule !== 'unsourced-figure') return [];
  const claim = nearestClaim(article, finding);
  if (!claim) return [];
  const speaker = article.speakers.find((s) => s.id === claim.speaker);
  return [{ location: entry.conv.location(entry.uri, claim), message: messages.nearestClaim(speaker?.name ?? '?') }];
}

/** At the start of the file: a size limit, an unreadable file, a legacy encoding, a failed analysis. */
function noticeDiagnostic(notice: Notice): Diagnostic {
  const at = { line: 0, character: 0 };
  return { range: { start: at, end: at }, severity: DiagnosticSeverity.Information, source: SOURCE, code: notice.code, message: notice.message };
}

/**
 * `folder` (and `locate`, for the other articles' places) let folder rules run: conflicting-figure.
 * `reviews`: the decisions isnad.yaml records on the article's figures.
 */
export function articleDiagnostics(
  entry: Analysed, rules: ReadonlyMap<string, RuleSetting>, folder?: FolderContext, locate?: Locate, reviews: readonly Review[] = [],
): Diagnostic[] {
  const notices = entry.notice ? [noticeDiagnostic(entry.notice)] : [];
  const article = entry.article;
  if (!article) return notices;
  return [...notices, ...runRules(article, rules, folder, reviews).map((f) => {
    const info = related(entry, article, f, locate);
    const doc = ruleDocUri(f.rule);
    return {
      range: entry.conv.range(f),
      severity: toDiagnosticSeverity(f.severity),
      source: SOURCE,
      code: f.rule,
      ...(doc ? { codeDescription: { href: doc } } : {}),
      // a figure's text may hold a U+202E that would reverse the rest of the message: the tables show controls, not obey them
      message: messages.finding(f),
      ...(info.length ? { relatedInformation: info } : {}),
    };
  })];
}

export function configDiagnostics(problems: readonly ConfigProblem[]): Diagnostic[] {
  return problems.map((p) => ({ range: problemRange(p), severity: toDiagnosticSeverity(p.severity), source: SOURCE, message: escapeControls(p.message) }));
}
