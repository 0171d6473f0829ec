// Where the Isnad view and the timeline get the folder's overview: one
// isnad/workspaceOverview request per change, shared by both, and an event
// when it may be stale (the server says so with isnad/overviewChanged, or
// its diagnostics changed: a review decision, an edit; the server
// restarted). It also sets `isnad.hasArticles`, the context key that shows the view.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { OVERVIEW_CHANGED, WORKSPACE_OVERVIEW, type OverviewParams, type WorkspaceOverview } from '../../../server/src/lsp/protocol.js';
import { describe } from '../errors.js';
import { isWorkspaceOverview } from './overview-shape.js';

export type OverviewState =
  | { kind: 'ready'; overview: WorkspaceOverview }
  | { kind: 'starting' }
  | { kind: 'stopped' }
  | { kind: 'failed' };

export const HAS_ARTICLES = 'isnad.hasArticles';
/** Diagnostics come in bursts while a folder is read or an article typed: wait for a pause. */
const DEBOUNCE_MS = 750;
/** Asks for no speakers or quantities, only the (always complete) article list. */
const ARTICLES_ONLY: OverviewParams = { minArticles: Number.MAX_SAFE_INTEGER };

export class OverviewSource implements vscode.Disposable {
  private readonly invalidated = new vscode.EventEmitter<void>();
  /** The overview may have changed: visible views fetch it again, hidden ones when shown. */
  readonly onDidInvalidate = this.invalidated.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The answer since the last change, shared by whoever asks. */
  private cached: Promise<OverviewState> | undefined;
  private hasArticles: boolean | undefined;

  constructor(private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {
    this.subscriptions.push(
      client.onDidChangeState((e) => {
        if (e.newState !== State.Starting) this.invalidate();
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.invalidateSoon()),
      client.onNotification(OVERVIEW_CHANGED, () => this.invalidateSoon()),
    );
  }

  /** The overview, fetched once per change. */
  current(): Promise<OverviewState> {
    this.cached ??= this.request({});
    return this.cached;
  }

  invalidate(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.cached = undefined;
    // Until the folder is known to have articles the view is hidden and asks
    // nothing: find out here, cheaply, so that it can appear.
    if (this.hasArticles !== true && this.client.isRunning()) void this.request(ARTICLES_ONLY);
    this.invalidated.fire();
  }

  private invalidateSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.invalidate(), DEBOUNCE_MS);
  }

  private async request(params: OverviewParams): Promise<OverviewState> {
    if (!this.client.isRunning()) return { kind: this.client.state === State.Stopped ? 'stopped' : 'starting' };
    try {
      const answer: unknown = await this.client.sendRequest(WORKSPACE_OVERVIEW, params);
      if (!isWorkspaceOverview(answer)) throw new Error('unexpected answer');
      this.setHasArticles(answer.articles.length > 0);
      return { kind: 'ready', overview: answer };
    } catch (error) {
      this.output.warn(`${WORKSPACE_OVERVIEW} failed: ${describe(error)}`);
      return { kind: 'failed' };
    }
  }

  private setHasArticles(has: boolean): void {
    if (has === this.hasArticles) return;
    this.hasArticles = has;
    void vscode.commands.executeCommand('setContext', HAS_ARTICLES, has);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.invalidated.dispose();
  }
}
