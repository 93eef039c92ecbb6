/** Obsidian's file tree objects. Paths are vault-relative; the root folder's path is `/`. */
import type { FileStats } from 'obsidian';
import { baseName } from './paths';
import type { Vault } from './vault';

export abstract class TAbstractFile {
  vault: Vault;
  path = '';
  name = '';
  parent: TFolder | null = null;
  /** Set once deleted, so stale handles fail like they would in the real app. */
  _deleted = false;

  constructor(vault: Vault, path: string) {
    this.vault = vault;
    this._setPath(path);
  }

  _setPath(path: string): void {
    this.path = path;
    this.name = path === '/' ? '' : baseName(path);
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  // Set by _setPath, which the base constructor calls: initialisers here would overwrite them.
  declare basename: string;
  declare extension: string;

  override _setPath(path: string): void {
    super._setPath(path);
    const dot = this.name.lastIndexOf('.');
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : '';
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === '/';
  }
}

/** Size on disk in bytes (UTF-8), without relying on Buffer or TextEncoder. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
