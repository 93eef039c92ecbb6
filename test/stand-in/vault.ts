/**
 * In-memory `Vault`. Writes fire `create` / `modify` / `delete` / `rename` synchronously, before the
 * returned promise settles; the metadata cache and open editors hear about changes first through
 * internal watchers (so a plugin calling `vault.off` cannot break them).
 */
import type { DataWriteOptions } from 'obsidian';
import type { TestClock } from './clock';
import { Events, type EventCallback, type EventRef } from './events';
import { TAbstractFile, TFile, TFolder, utf8Length } from './files';
import { notImplemented } from './not-implemented';
import { normalizePath, parentPath } from './paths';

/** Internal observers: the metadata cache and the workspace. */
export interface VaultWatcher {
  /** Before a write: lets an open editor with unsaved edits save first. */
  beforeWrite?(file: TFile): void;
  contentChanged?(file: TFile, data: string, source: unknown): void;
  deleted?(file: TAbstractFile): void;
  renamed?(file: TAbstractFile, oldPath: string): void;
}

export class Vault extends Events {
  configDir = '.obsidian';
  private readonly root: TFolder;
  private readonly byPath = new Map<string, TAbstractFile>();
  private readonly contents = new Map<TFile, string>();
  private readonly watchers: VaultWatcher[] = [];
  /** Paths sent to the trash, in order. */
  readonly _trashed: string[] = [];

  constructor(private readonly clock: TestClock) {
    super();
    this.root = new TFolder(this, '/');
  }

  get adapter(): never {
    throw notImplemented('Vault.adapter (use the Vault API)');
  }

  _watch(watcher: VaultWatcher): void {
    this.watchers.push(watcher);
  }

  override on(name: 'create' | 'modify' | 'delete', callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
  override on(name: 'rename', callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  getName(): string {
    return 'Test vault';
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    if (path === '/' || path === '') return this.root;
    return this.byPath.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const file = this.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const folder = this.getAbstractFileByPath(path);
    return folder instanceof TFolder ? folder : null;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [this.root, ...this.byPath.values()];
  }

  getAllFolders(includeRoot?: boolean): TFolder[] {
    const folders = [...this.byPath.values()].filter((f): f is TFolder => f instanceof TFolder);
    return includeRoot ? [this.root, ...folders] : folders;
  }

  getFiles(): TFile[] {
    return [...this.byPath.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    cb(root);
    for (const child of root.children) {
      if (child instanceof TFolder) Vault.recurseChildren(child, cb);
      else cb(child);
    }
  }

  getResourcePath(file: TFile): string {
    return `app://local/${file.path}`;
  }

  async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
    return this._createSync(path, data, options);
  }

  /** Synchronous create, also used to seed the vault. */
  _createSync(path: string, data: string, options?: DataWriteOptions): TFile {
    assertVaultPath(path);
    if (this.byPath.has(path)) throw new Error('File already exists.');
    const parent = this.getFolderByPath(parentPath(path));
    if (!parent) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    const file = new TFile(this, path);
    const now = this.clock.now();
    file.stat = { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: utf8Length(data) };
    this.attach(file, parent);
    this.contents.set(file, data);
    for (const w of this.watchers) w.contentChanged?.(file, data, null);
    this.trigger('create', file);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    return this._createFolderSync(path);
  }

  _createFolderSync(path: string): TFolder {
    assertVaultPath(path);
    if (this.byPath.has(path)) throw new Error('Folder already exists.');
    const parentDir = parentPath(path);
    const parent = this.getFolderByPath(parentDir) ?? this._createFolderSync(parentDir);
    const folder = new TFolder(this, path);
    this.attach(folder, parent);
    this.trigger('create', folder);
    return folder;
  }

  async createBinary(): Promise<TFile> {
    throw notImplemented('Vault.createBinary');
  }

  async readBinary(): Promise<ArrayBuffer> {
    throw notImplemented('Vault.readBinary');
  }

  async modifyBinary(): Promise<void> {
    throw notImplemented('Vault.modifyBinary');
  }

  async read(file: TFile): Promise<string> {
    return this._read(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this._read(file);
  }

  /** The stored text (what is on disk; an open editor may hold unsaved edits). */
  _read(file: TFile): string {
    this.assertLive(file);
    const data = this.contents.get(file);
    if (data === undefined) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
    return data;
  }

  async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.assertLive(file);
    for (const w of this.watchers) w.beforeWrite?.(file);
    this._write(file, data, null, options);
  }

  async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.assertLive(file);
    for (const w of this.watchers) w.beforeWrite?.(file);
    this._write(file, this._read(file) + data, null, options);
  }

  async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    this.assertLive(file);
    for (const w of this.watchers) w.beforeWrite?.(file);
    const current = this._read(file);
    const next = fn(current);
    if (typeof next !== 'string') throw new TypeError('Vault.process: the callback must return a string');
    if (next !== current) this._write(file, next, null, options);
    return next;
  }

  /** Stores new content and fires `modify`; `source` is the view that saved it, if any. */
  _write(file: TFile, data: string, source: unknown, options?: DataWriteOptions): void {
    this.contents.set(file, data);
    file.stat.mtime = options?.mtime ?? this.clock.now();
    file.stat.size = utf8Length(data);
    for (const w of this.watchers) w.contentChanged?.(file, data, source);
    this.trigger('modify', file);
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    if (!(file instanceof TFile)) throw notImplemented('Vault.copy of a folder');
    return this._createSync(newPath, this._read(file)) as unknown as T;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    this.assertLive(file);
    assertVaultPath(newPath);
    if (newPath === file.path) return;
    if (this.byPath.has(newPath)) throw new Error('Destination file already exists!');
    const parent = this.getFolderByPath(parentPath(newPath));
    if (!parent) throw new Error(`ENOENT: no such file or directory, rename '${file.path}' -> '${newPath}'`);
    const moved: [TAbstractFile, string][] = [];
    this.detach(file);
    const relocate = (f: TAbstractFile, path: string): void => {
      moved.push([f, f.path]);
      this.byPath.delete(f.path);
      f._setPath(path);
      this.byPath.set(path, f);
      if (f instanceof TFolder) for (const child of f.children) relocate(child, `${path}/${child.name}`);
    };
    relocate(file, newPath);
    file.parent = parent;
    parent.children.push(file);
    for (const [f, oldPath] of moved) {
      for (const w of this.watchers) w.renamed?.(f, oldPath);
      this.trigger('rename', f, oldPath);
    }
  }

  async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
    this.assertLive(file);
    if (file === this.root) throw new Error('Cannot delete the vault root');
    this.detach(file);
    this.remove(file);
  }

  async trash(file: TAbstractFile, _system: boolean): Promise<void> {
    this._trashed.push(file.path);
    await this.delete(file, true);
  }

  private remove(file: TAbstractFile): void {
    if (file instanceof TFolder) for (const child of file.children.slice()) this.remove(child);
    this.byPath.delete(file.path);
    if (file instanceof TFile) this.contents.delete(file);
    file._deleted = true;
    for (const w of this.watchers) w.deleted?.(file);
    this.trigger('delete', file);
  }

  private attach(file: TAbstractFile, parent: TFolder): void {
    file.parent = parent;
    parent.children.push(file);
    this.byPath.set(file.path, file);
  }

  private detach(file: TAbstractFile): void {
    const parent = file.parent;
    if (parent) parent.children.splice(parent.children.indexOf(file), 1);
  }

  private assertLive(file: TAbstractFile): void {
    if (file._deleted || this.getAbstractFileByPath(file.path) !== file) {
      throw new Error(`ENOENT: no such file or directory '${file.path}' (the file was deleted or moved)`);
    }
  }
}

/**
 * Paths must already be normalised (the plugin guidelines ask for `normalizePath` on anything a
 * user typed); an unnormalised path is a plugin bug the real app would not always forgive.
 */
function assertVaultPath(path: string): void {
  if (path === '' || path === '/' || normalizePath(path) !== path) {
    throw new Error(`stand-in: vault path "${path}" is not normalized (use normalizePath)`);
  }
}
