// The Isnad view in the explorer: the tree-model's nodes as tree items,
// fetched again when the overview may have changed and the view is visible
// (when it is hidden, once it shows again).
import * as vscode from 'vscode';
import { openArguments } from './open-spot.js';
import type { OverviewSource, OverviewState } from './overview-source.js';
import { strings } from './strings.js';
import { overviewNodes, type OverviewNode } from './tree-model.js';

export const OVERVIEW_VIEW = 'isnad.overview';

/** What a refresh found: returned by the refresh command, which the in-editor tests read. */
export interface OverviewCounts {
  state: OverviewState['kind'];
  articles: number;
  speakers: number;
  quantities: number;
  timeline: number;
}

export class OverviewTree implements vscode.TreeDataProvider<OverviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<OverviewNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private roots: OverviewNode[] = [];
  private stale = true;
  /** Counts refreshes, so that an answer overtaken by a later one is dropped. */
  private generation = 0;

  constructor(private readonly source: OverviewSource) {
    this.view = vscode.window.createTreeView(OVERVIEW_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      source.onDidInvalidate(() => {
        this.stale = true;
        if (this.view.visible) void this.refresh();
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.stale) void this.refresh();
      }),
    );
  }

  async refresh(): Promise<OverviewCounts> {
    const generation = ++this.generation;
    this.stale = false;
    const state = await vscode.window.withProgress({ location: { viewId: OVERVIEW_VIEW } }, () => this.source.current());
    if (generation === this.generation) this.show(state);
    const o = state.kind === 'ready' ? state.overview : undefined;
    return {
      state: state.kind, articles: o?.articles.length ?? 0, speakers: o?.speakers.length ?? 0,
      quantities: o?.quantities.length ?? 0, timeline: o?.timeline.length ?? 0,
    };
  }

  private show(state: OverviewState): void {
    if (state.kind === 'ready') {
      this.roots = overviewNodes(state.overview);
      this.view.message = this.roots.length === 0 ? strings.nothingFound() : undefined;
    } else {
      // A failed or stopped server keeps the last tree, with a word about it, and is asked again next time.
      this.view.message = state.kind === 'starting' ? strings.starting() : state.kind === 'stopped' ? strings.notRunning() : strings.failed();
      this.stale = true;
    }
    this.changed.fire();
  }

  getTreeItem(node: OverviewNode): vscode.TreeItem {
    const collapsed = node.children?.length
      ? node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsed);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor ? new vscode.ThemeColor(node.iconColor) : undefined);
    if (node.location) {
      item.command = { command: 'vscode.open', title: node.label, arguments: openArguments(node.location) };
      item.contextValue = 'spot';
    }
    return item;
  }

  getChildren(node?: OverviewNode): OverviewNode[] {
    return node ? node.children ?? [] : this.roots;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
