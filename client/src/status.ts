// The status bar item: "Isnad" as soon as the client runs, and the counts of
// the active article (claims, unsourced figures) from the server, refreshed
// when the editor changes and when its diagnostics do.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './client.js';
import {
  ARTICLE_SUMMARY_REQUEST, isArticleSummary, summaryText, summaryTooltip, type ArticleSummaryParams,
} from './summary.js';
import { describe } from './errors.js';

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('isnad.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Counts requests, so that an answer for an editor left since is dropped. */
  private generation = 0;

  constructor(private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {
    // Hidden until the client runs: the item appearing means Isnad is ready (the e2e tests wait for it).
    this.item.name = 'Isnad';
    this.subscriptions.push(
      client.onDidChangeState((e) => this.onState(e.newState)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) void this.refresh();
      }),
    );
  }

  /** The client could not start at all. */
  showFailed(): void {
    this.show(vscode.l10n.t('$(error) Isnad'), vscode.l10n.t('The Isnad language server did not start. Click to see its output.'), 'isnad.showOutput');
  }

  private onState(state: State): void {
    if (state === State.Running) void this.refresh();
    else if (state === State.Starting) this.item.hide();
    else this.show(vscode.l10n.t('$(debug-disconnect) Isnad: stopped'), vscode.l10n.t('The Isnad language server stopped. Click to see its output.'), 'isnad.showOutput');
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    if (!this.client.isRunning()) return;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      this.show(vscode.l10n.t('$(quote) Isnad'), vscode.l10n.t('Isnad is running. Open a news article to see its claims.'), 'isnad.showOutput');
      return;
    }
    try {
      const params: ArticleSummaryParams = { uri: document.uri.toString() };
      const summary: unknown = await this.client.sendRequest(ARTICLE_SUMMARY_REQUEST, params);
      if (generation !== this.generation) return;
      if (!isArticleSummary(summary)) throw new Error(`unexpected answer ${JSON.stringify(summary)}`);
      this.show(summaryText(summary), summaryTooltip(summary), summary.unsourced > 0 ? 'isnad.nextUnsourcedFigure' : 'isnad.showOutput');
    } catch (error) {
      if (generation !== this.generation) return;
      this.output.warn(`${ARTICLE_SUMMARY_REQUEST} failed: ${describe(error)}`);
      this.show(vscode.l10n.t('$(quote) Isnad'), vscode.l10n.t('Isnad could not summarize this article. Click to see the output.'), 'isnad.showOutput');
    }
  }

  private show(text: string, tooltip: string, command: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
