// The timeline webview panel: one per window. The page tells its width and
// its filters; the extension lays the chart out for them and sends the
// markup; a click on a point comes back as its index and opens its claim
// (or lets one choose among the claims of an event or a busy day).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { TimelinePoint } from '../../../server/src/lsp/protocol.js';
import { openSpot } from './open-spot.js';
import type { OverviewSource, OverviewState } from './overview-source.js';
import { strings } from './strings.js';
import { statusMessage, timelineChart } from './timeline-chart.js';
import { NO_FILTER, type TimelineFilter } from './timeline-filter.js';
import { TIMELINE_MEDIA_DIR, TIMELINE_SCRIPT, TIMELINE_STYLE, parseFromWebview, timelineHtml, type ToWebview } from './timeline-html.js';
import type { TimelineLayout } from './timeline-layout.js';
import { articleNamer, firstWords, isolate } from './tree-model.js';
import { periodLabel } from './time-scale.js';

export const TIMELINE_VIEW_TYPE = 'isnad.timeline';

export class TimelinePanel implements vscode.Disposable {
  private static current: TimelinePanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private state: OverviewState | undefined;
  private layout: TimelineLayout | null = null;
  private width = 0;
  private filter: TimelineFilter = NO_FILTER;
  private stale = true;
  private generation = 0;

  /** Shows the timeline, creating it the first time. */
  static show(extensionUri: vscode.Uri, source: OverviewSource): void {
    if (TimelinePanel.current) {
      TimelinePanel.current.panel.reveal();
      return;
    }
    // Beside the article being read, so that clicking a point opens it next to the chart.
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, strings.timelineTitle(), column, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, TIMELINE_MEDIA_DIR)],
    });
    TimelinePanel.current = new TimelinePanel(panel, extensionUri, source);
  }

  /** Closes the timeline, if it is open (when the extension deactivates). */
  static close(): void {
    TimelinePanel.current?.dispose();
  }

  private constructor(private readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly source: OverviewSource) {
    const { webview } = panel;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'icon.png');
    webview.html = timelineHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, TIMELINE_SCRIPT)).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, TIMELINE_STYLE)).toString(),
      title: strings.timelineTitle(),
      loading: strings.loading(),
      labels: {
        filters: strings.filtersLabel(), search: strings.searchPlaceholder(), speaker: strings.speakerPlaceholder(),
        article: strings.articlePlaceholder(), allOutlets: strings.allOutlets(), from: strings.fromLabel(), to: strings.toLabel(),
        zoomIn: strings.zoomIn(), zoomOut: strings.zoomOut(), fit: strings.fit(), clear: strings.clear(),
        showThem: strings.showThem(), hideThem: strings.hideThem(),
      },
    });
    this.subscriptions.push(
      webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      source.onDidInvalidate(() => {
        this.stale = true;
        if (panel.visible) void this.render();
      }),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) void this.render();
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parseFromWebview(raw);
    if (!message) return;
    if (message.type === 'open') {
      await this.open(message.index);
      return;
    }
    if (message.type === 'filter') {
      this.filter = message.filter;
      await this.render();
      return;
    }
    // The page loads again each time it is shown: `ready` asks for the chart anew.
    this.width = message.width;
    await this.render();
  }

  private async render(): Promise<void> {
    if (this.width === 0) return; // the page has not said how wide it is yet
    const generation = ++this.generation;
    if (this.stale || !this.state || this.state.kind !== 'ready') {
      this.stale = false;
      const state = await this.source.current();
      if (generation !== this.generation) return;
      this.state = state;
      if (state.kind !== 'ready') this.stale = true;
    }
    void this.post(this.message(this.state));
  }

  private message(state: OverviewState): ToWebview {
    if (state.kind !== 'ready') {
      this.layout = null;
      return statusMessage(state.kind === 'starting' ? strings.starting() : state.kind === 'stopped' ? strings.notRunning() : strings.failed());
    }
    const chart = timelineChart(state.overview, this.width, this.filter);
    this.layout = chart.layout;
    return chart.message;
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  /** A point stands for one claim, or for all of one speaker's claims of a day. */
  private async open(index: number): Promise<void> {
    const cluster = this.layout?.clusters[index];
    if (!cluster || this.state?.kind !== 'ready') return;
    const name = articleNamer(this.state.overview);
    let claim: TimelinePoint | undefined = cluster.claims[0];
    if (cluster.claims.length > 1) {
      // the Arabic first and isolated, the article's short name after it
      const items = cluster.claims.map((c) => ({ label: isolate(firstWords(c.text, 12)), description: `${name(c.uri)} · ${c.date}`, claim: c }));
      const picked = await vscode.window.showQuickPick(items, {
        placeHolder: strings.pickClaim(isolate(claim?.speakerName ?? ''), periodLabel(cluster.day, cluster.lastDay)), matchOnDescription: true,
      });
      claim = picked?.claim;
    }
    if (!claim) return;
    // Not over the chart: in the editor group beside it (or the first, when the chart is elsewhere).
    const column = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    await openSpot(claim, column);
  }

  dispose(): void {
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    this.subscriptions.forEach((s) => s.dispose());
    this.panel.dispose();
  }
}
