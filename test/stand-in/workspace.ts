/**
 * `Workspace` and `WorkspaceLeaf`: a flat model with root leaves (tabs) and left/right sidebar
 * leaves. There is always one empty root tab to start with, like a fresh vault window.
 * `onLayoutReady` callbacks wait for `testing.layoutReady()` and run at once afterwards.
 */
import type { OpenViewState, PaneType, ViewState } from 'obsidian';
import type { App } from './app';
import './dom';
import { callSafely, Events, type EventCallback, type EventRef } from './events';
import { TAbstractFile, TFile } from './files';
import { getLinkpath } from './frontmatter-helpers';
import { MarkdownView } from './markdown-view';
import { hasDom, missingElement, notImplemented } from './not-implemented';
import type { VaultWatcher } from './vault';
import { EmptyView, FileView, TextFileView, View } from './views';

export type ViewCreator = (leaf: WorkspaceLeaf) => View;
export type LeafSide = 'root' | 'left' | 'right';

let leafCounter = 0;

export class WorkspaceLeaf extends Events {
  readonly app: App;
  readonly id: string;
  view: View;
  pinned = false;
  /** Set by `revealLeaf`. */
  _revealed = false;
  _detached = false;

  constructor(
    app: App,
    readonly _side: LeafSide,
  ) {
    super();
    this.app = app;
    this.id = `leaf-${++leafCounter}`;
    this.view = new EmptyView(this);
    this.view.load();
  }

  get parent(): { side: LeafSide } {
    return { side: this._side };
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {
    // Leaves are never deferred here.
  }

  async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
    if (file.extension !== 'md') throw notImplemented(`opening .${file.extension} files`);
    await this.setViewState({
      type: 'markdown',
      state: { ...(openState?.state ?? {}), file: file.path },
      active: openState?.active ?? this._side === 'root',
    });
  }

  async open(view: View): Promise<View> {
    await this.replaceView(view);
    return view;
  }

  getViewState(): ViewState {
    return {
      type: this.view.getViewType(),
      state: this.view.getState(),
      active: this.app.workspace.activeLeaf === this,
      pinned: this.pinned,
    };
  }

  async setViewState(viewState: ViewState, _eState?: unknown): Promise<void> {
    const workspace = this.app.workspace;
    if (this.view.getViewType() !== viewState.type || !(this.view instanceof FileView)) {
      await this.replaceView(workspace._createView(viewState.type, this));
    }
    await this.view.setState(viewState.state ?? {}, { history: false });
    if (viewState.active) workspace.setActiveLeaf(this, { focus: true });
    else if (workspace.activeLeaf === this) workspace._fileMaybeChanged();
    if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
    workspace.trigger('layout-change');
  }

  getEphemeralState(): Record<string, unknown> {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.pinned = !this.pinned;
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
  }

  setGroupMember(): void {
    throw notImplemented('WorkspaceLeaf.setGroupMember');
  }

  setGroup(): void {
    throw notImplemented('WorkspaceLeaf.setGroup');
  }

  getIcon(): string {
    return this.view.getIcon();
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  onResize(): void {
    this.view.onResize();
  }

  detach(): void {
    if (this._detached) return;
    this._detached = true;
    const view = this.view;
    if (view instanceof TextFileView) view._saveNow();
    callSafely(() => view._close());
    view.unload();
    this.app.workspace._removeLeaf(this);
  }

  private async replaceView(view: View): Promise<void> {
    const old = this.view;
    if (old instanceof TextFileView) old._saveNow();
    await old._close();
    old.unload();
    this.view = view;
    if (hasDom()) view.containerEl.setAttr('data-type', view.getViewType());
    view.load();
    await view._open();
  }
}

interface Sidedock {
  collapsed: boolean;
  expand(): void;
  collapse(): void;
  toggle(): void;
}

function sidedock(): Sidedock {
  return {
    collapsed: false,
    expand() {
      this.collapsed = false;
    },
    collapse() {
      this.collapsed = true;
    },
    toggle() {
      this.collapsed = !this.collapsed;
    },
  };
}

export class Workspace extends Events implements VaultWatcher {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  leftSplit: Sidedock = sidedock();
  rightSplit: Sidedock = sidedock();
  rootSplit = { side: 'root' as LeafSide };
  containerEl: HTMLElement;
  private readonly leaves: WorkspaceLeaf[] = [];
  private readonly layoutReadyCallbacks: (() => unknown)[] = [];
  private readonly viewCreators = new Map<string, ViewCreator>();
  private lastActiveFile: TFile | null = null;
  private mostRecentRootLeaf: WorkspaceLeaf | null = null;

  constructor(readonly app: App) {
    super();
    this.containerEl = hasDom() ? createDiv('workspace') : missingElement<HTMLElement>('Workspace.containerEl');
    const first = this.addLeaf('root');
    this.activeLeaf = first;
    this.mostRecentRootLeaf = first;
  }

  override on(name: 'active-leaf-change', callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
  override on(name: 'file-open', callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
  override on(name: 'layout-change' | 'resize' | 'css-change', callback: () => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  get activeEditor(): MarkdownView | null {
    return this.getActiveViewOfType(MarkdownView);
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutReadyCallbacks.push(callback);
  }

  /** Marks the layout ready and runs the queued callbacks (awaiting async ones). */
  async _setLayoutReady(): Promise<void> {
    if (this.layoutReady) return;
    this.layoutReady = true;
    const callbacks = this.layoutReadyCallbacks.splice(0, this.layoutReadyCallbacks.length);
    for (const cb of callbacks) await cb();
    this.trigger('layout-change');
  }

  getLeaf(newLeaf?: PaneType | boolean, _direction?: string): WorkspaceLeaf {
    if (!newLeaf) {
      const active = this.activeLeaf;
      if (active && active._side === 'root' && !active.pinned) return active;
      const recent = this.mostRecentRootLeaf;
      if (recent && !recent._detached && !recent.pinned) return recent;
    }
    const leaf = this.addLeaf('root');
    this.trigger('layout-change');
    return leaf;
  }

  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.addLeaf('right');
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    return this.addLeaf('left');
  }

  async ensureSideLeaf(
    type: string,
    side: 'left' | 'right',
    options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown },
  ): Promise<WorkspaceLeaf> {
    let leaf = this.leaves.find((l) => l._side === side && l.view.getViewType() === type);
    if (!leaf) {
      leaf = this.addLeaf(side);
      await leaf.setViewState({ type, active: options?.active, state: (options?.state ?? {}) as Record<string, unknown> });
    } else if (options?.active) {
      this.setActiveLeaf(leaf, { focus: true });
    }
    if (options?.reveal ?? true) await this.revealLeaf(leaf);
    return leaf;
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    return this.mostRecentRootLeaf && !this.mostRecentRootLeaf._detached ? this.mostRecentRootLeaf : null;
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.leaves.find((l) => l.id === id) ?? null;
  }

  setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
    if (leaf._detached) throw new Error('stand-in: setActiveLeaf on a detached leaf');
    const changed = this.activeLeaf !== leaf;
    this.activeLeaf = leaf;
    if (leaf._side === 'root') this.mostRecentRootLeaf = leaf;
    if (changed) this.trigger('active-leaf-change', leaf);
    this._fileMaybeChanged();
  }

  /** Fires `file-open` when the active file is not the one last announced. */
  _fileMaybeChanged(): void {
    const view = this.activeLeaf?.view;
    if (!(view instanceof FileView)) return;
    if (view.file === this.lastActiveFile) return;
    this.lastActiveFile = view.file;
    this.trigger('file-open', view.file);
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  /** The file of the active view, else the most recently active file. */
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof FileView && view.file) return view.file;
    return this.lastActiveFile && !this.lastActiveFile._deleted ? this.lastActiveFile : null;
  }

  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves.filter((l) => l._side === 'root')) callback(leaf);
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves.slice()) callback(leaf);
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === viewType);
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf._revealed = true;
    if (leaf._side === 'left') this.leftSplit.expand();
    if (leaf._side === 'right') this.rightSplit.expand();
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath);
    if (!file) throw notImplemented(`openLinkText to a missing note ("${linktext}"; Obsidian would create it)`);
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  getLastOpenFiles(): string[] {
    return this.lastActiveFile ? [this.lastActiveFile.path] : [];
  }

  // ---- stand-in internals ----------------------------------------------------------------------

  _registerView(type: string, creator: ViewCreator): void {
    if (this.viewCreators.has(type) || type === 'markdown' || type === 'empty') {
      throw new Error(`Attempting to register an existing view type "${type}"`);
    }
    this.viewCreators.set(type, creator);
  }

  _unregisterView(type: string): void {
    this.viewCreators.delete(type);
  }

  _createView(type: string, leaf: WorkspaceLeaf): View {
    if (type === 'markdown') return new MarkdownView(leaf);
    if (type === 'empty') return new EmptyView(leaf);
    const creator = this.viewCreators.get(type);
    if (!creator) throw new Error(`stand-in: no view registered for type "${type}"`);
    return creator(leaf);
  }

  _removeLeaf(leaf: WorkspaceLeaf): void {
    const i = this.leaves.indexOf(leaf);
    if (i !== -1) this.leaves.splice(i, 1);
    if (this.mostRecentRootLeaf === leaf) this.mostRecentRootLeaf = this.leaves.find((l) => l._side === 'root') ?? null;
    if (this.activeLeaf === leaf) {
      this.activeLeaf = this.mostRecentRootLeaf;
      this.trigger('active-leaf-change', this.activeLeaf);
      this._fileMaybeChanged();
    }
    this.trigger('layout-change');
  }

  _markdownViews(file: TFile): MarkdownView[] {
    return this.leaves
      .map((l) => l.view)
      .filter((v): v is MarkdownView => v instanceof MarkdownView && v.file === file);
  }

  /** Saves every view with unsaved edits; returns whether any wrote. */
  _saveAll(): boolean {
    let wrote = false;
    for (const leaf of this.leaves) if (leaf.view instanceof TextFileView && leaf.view._saveNow()) wrote = true;
    return wrote;
  }

  private addLeaf(side: LeafSide): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves.push(leaf);
    return leaf;
  }

  // ---- vault watcher -------------------------------------------------------------------------

  beforeWrite(file: TFile): void {
    for (const view of this._markdownViews(file)) view._saveNow();
  }

  contentChanged(file: TFile, data: string, source: unknown): void {
    for (const view of this._markdownViews(file)) {
      if (view === source || view.getViewData() === data) continue;
      view.setViewData(data, false);
      view._dirty = false;
    }
  }

  deleted(file: TAbstractFile): void {
    if (!(file instanceof TFile)) return;
    for (const leaf of this.leaves.slice()) {
      if (leaf.view instanceof FileView && leaf.view.file === file) {
        if (leaf.view instanceof TextFileView) leaf.view._dirty = false;
        callSafely(() => leaf.setViewState({ type: 'empty' }));
      }
    }
  }
}
