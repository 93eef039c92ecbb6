/**
 * `MetadataCache` over the in-memory vault. Like the real app, a change is indexed later, not
 * during the write: right after `await vault.modify(...)` `getFileCache` still returns the old
 * metadata; `changed` (file, data, cache) fires from a queued task, then `resolve` per file and one
 * `resolved`. Content identical to what was last indexed fires nothing, as in Obsidian.
 * `await testing.settle()` runs the queue now.
 */
import type { CachedMetadata } from 'obsidian';
import { Events, type EventCallback, type EventRef } from './events';
import { TAbstractFile, TFile } from './files';
import { getLinkpath } from './frontmatter-helpers';
import { computeMetadata } from './metadata';
import type { Scheduler } from './scheduler';
import type { Vault, VaultWatcher } from './vault';

export class MetadataCache extends Events implements VaultWatcher {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly caches = new Map<string, CachedMetadata>();
  private readonly indexedText = new Map<TFile, string>();
  private readonly pendingChanged = new Set<TFile>();
  private readonly pendingDeleted: [TFile, CachedMetadata | null][] = [];
  private scheduler: Scheduler | null = null;

  constructor(private readonly vault: Vault) {
    super();
  }

  _setScheduler(scheduler: Scheduler): void {
    this.scheduler = scheduler;
  }

  override on(name: 'changed', callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
  override on(name: 'deleted', callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
  override on(name: 'resolve', callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
  override on(name: 'resolved', callback: () => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Resolves a link the simple way: exact path, then relative to the source, then by name. */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const path = getLinkpath(linkpath);
    if (path === '') return this.vault.getFileByPath(sourcePath);
    const withMd = (p: string): string[] => (/\.[A-Za-z0-9]+$/.test(p) ? [p, `${p}.md`] : [`${p}.md`, p]);
    for (const candidate of withMd(path)) {
      const file = this.vault.getFileByPath(candidate);
      if (file) return file;
    }
    const folder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/')) : '';
    if (folder) {
      for (const candidate of withMd(`${folder}/${path}`)) {
        const file = this.vault.getFileByPath(candidate);
        if (file) return file;
      }
    }
    const wanted = withMd(path).map((p) => p.toLowerCase());
    const matches = this.vault
      .getFiles()
      .filter((f) => wanted.some((w) => f.path.toLowerCase() === w || f.path.toLowerCase().endsWith(`/${w}`)))
      .sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
    return matches[0] ?? null;
  }

  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const name = omitMdExtension && file.extension === 'md' ? file.basename : file.name;
    const unique = this.getFirstLinkpathDest(name, sourcePath) === file;
    if (unique) return name;
    return omitMdExtension && file.extension === 'md' ? file.path.slice(0, -3) : file.path;
  }

  // ---- vault watcher -------------------------------------------------------------------------

  contentChanged(file: TFile): void {
    if (file.extension !== 'md') return;
    this.pendingChanged.add(file);
    this.scheduler?.schedule();
  }

  deleted(file: TAbstractFile): void {
    if (!(file instanceof TFile)) return;
    const prev = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    this.indexedText.delete(file);
    this.pendingChanged.delete(file);
    delete this.resolvedLinks[file.path];
    delete this.unresolvedLinks[file.path];
    if (file.extension === 'md') {
      this.pendingDeleted.push([file, prev]);
      this.scheduler?.schedule();
    }
  }

  renamed(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile)) return;
    const cache = this.caches.get(oldPath);
    if (cache) {
      this.caches.delete(oldPath);
      this.caches.set(file.path, cache);
    }
    for (const table of [this.resolvedLinks, this.unresolvedLinks]) {
      const entry = table[oldPath];
      if (entry) {
        delete table[oldPath];
        table[file.path] = entry;
      }
    }
    this.scheduler?.schedule();
  }

  // ---- indexing ------------------------------------------------------------------------------

  /** Indexes a file at once, without events: the vault content present when the app starts. */
  _indexNow(file: TFile): void {
    const data = this.vault._read(file);
    this.caches.set(file.path, computeMetadata(data));
    this.indexedText.set(file, data);
    this.pendingChanged.delete(file);
  }

  _resolveAll(): void {
    for (const file of this.vault.getMarkdownFiles()) this.resolveLinks(file);
  }

  _hasPending(): boolean {
    return this.pendingChanged.size > 0 || this.pendingDeleted.length > 0;
  }

  /** Runs queued indexing; returns whether anything happened. */
  _flush(): boolean {
    if (!this._hasPending()) return false;
    const deleted = this.pendingDeleted.splice(0, this.pendingDeleted.length);
    for (const [file, prev] of deleted) this.trigger('deleted', file, prev);
    const changed: TFile[] = [];
    for (const file of [...this.pendingChanged]) {
      this.pendingChanged.delete(file);
      if (file._deleted) continue;
      const data = this.vault._read(file);
      if (this.indexedText.get(file) === data) continue;
      const cache = computeMetadata(data);
      this.caches.set(file.path, cache);
      this.indexedText.set(file, data);
      changed.push(file);
      this.trigger('changed', file, data, cache);
    }
    for (const file of changed) {
      this.resolveLinks(file);
      this.trigger('resolve', file);
    }
    this.trigger('resolved');
    return true;
  }

  private resolveLinks(file: TFile): void {
    const cache = this.caches.get(file.path);
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    for (const ref of [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])]) {
      const target = this.getFirstLinkpathDest(ref.link, file.path);
      const key = target ? target.path : getLinkpath(ref.link);
      const table = target ? resolved : unresolved;
      table[key] = (table[key] ?? 0) + 1;
    }
    this.resolvedLinks[file.path] = resolved;
    this.unresolvedLinks[file.path] = unresolved;
  }
}
