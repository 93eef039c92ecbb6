/**
 * View classes. A view's `containerEl` is built like Obsidian's: a `.workspace-leaf-content`
 * whose children are `[.view-header, .view-content]`; `ItemView.contentEl` is the second one.
 * In the node test environment the DOM parts are placeholders that throw when touched, so
 * editor-only tests still run there.
 */
import type { App } from './app';
import { Component } from './component';
import './dom';
import type { TFile } from './files';
import { hasDom, missingElement } from './not-implemented';
import type { Scope } from './scope';
import type { WorkspaceLeaf } from './workspace';

export interface ViewStateResult {
  history: boolean;
}

function viewContainer(): HTMLElement {
  if (!hasDom()) return missingElement<HTMLElement>('View.containerEl');
  const el = createDiv('workspace-leaf-content');
  el.createDiv('view-header').createDiv('view-actions');
  el.createDiv('view-content');
  return el;
}

export abstract class View extends Component {
  app: App;
  icon = '';
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: Scope | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = viewContainer();
  }

  protected async onOpen(): Promise<void> {
    // Override to build the view.
  }

  protected async onClose(): Promise<void> {
    // Override to clean up.
  }

  /** Lets the leaf run the protected lifecycle hooks. */
  _open(): Promise<void> {
    return this.onOpen();
  }

  _close(): Promise<void> {
    return this.onClose();
  }

  abstract getViewType(): string;

  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: ViewStateResult): Promise<void> {
    // Plain views keep no state.
  }

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {
    // No ephemeral state.
  }

  getIcon(): string {
    return this.icon;
  }

  onResize(): void {
    // Nothing is laid out.
  }

  onPaneMenu(_menu: unknown, _source: string): void {
    // No pane menu.
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.contentEl = hasDom() ? (this.containerEl.children[1] as HTMLElement) : missingElement<HTMLElement>('ItemView.contentEl');
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const actions = this.containerEl.querySelector('.view-actions') as HTMLElement;
    const el = actions.createEl('a', { cls: 'view-action clickable-icon', attr: { 'aria-label': title, 'data-icon': icon } });
    el.addEventListener('click', (evt) => callback(evt));
    return el;
  }
}

/** What a new tab shows. */
export class EmptyView extends ItemView {
  getViewType(): string {
    return 'empty';
  }

  getDisplayText(): string {
    return 'New tab';
  }
}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : 'No file';
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  override async setState(state: unknown, _result: ViewStateResult): Promise<void> {
    const path = typeof state === 'object' && state !== null ? (state as { file?: unknown }).file : undefined;
    if (typeof path !== 'string') return;
    const file = this.app.vault.getFileByPath(path);
    if (!file) throw new Error(`stand-in: cannot open "${path}": no such file`);
    await this._loadFile(file);
  }

  /** Switches the view to `file`, running the unload/load hooks. */
  async _loadFile(file: TFile): Promise<void> {
    if (this.file === file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
  }

  async onLoadFile(_file: TFile): Promise<void> {
    // Override to show the file.
  }

  async onUnloadFile(_file: TFile): Promise<void> {
    // Override to release the file.
  }

  async onRename(_file: TFile): Promise<void> {
    // Paths update in place.
  }

  canAcceptExtension(_extension: string): boolean {
    return false;
  }
}

export abstract class EditableFileView extends FileView {}

/** A view over a text file: `data` is saved back with `save()` (the app's auto-save). */
export abstract class TextFileView extends EditableFileView {
  /** Unsaved edits exist. */
  _dirty = false;
  requestSave: () => void = () => {
    this._dirty = true;
  };

  get data(): string {
    return this.getViewData();
  }

  override async onLoadFile(file: TFile): Promise<void> {
    this.setViewData(this.app.vault._read(file), true);
    this._dirty = false;
  }

  override async onUnloadFile(_file: TFile): Promise<void> {
    await this.save();
  }

  async save(_clear?: boolean): Promise<void> {
    this._saveNow();
  }

  /** Writes unsaved edits to the vault now; returns whether it wrote. */
  _saveNow(): boolean {
    if (!this.file || !this._dirty || this.file._deleted) return false;
    this._dirty = false;
    const data = this.getViewData();
    if (data === this.app.vault._read(this.file)) return false;
    this.app.vault._write(this.file, data, this);
    return true;
  }

  abstract getViewData(): string;

  abstract setViewData(data: string, clear: boolean): void;

  abstract clear(): void;
}
