import * as path from 'node:path';
import { isSkippedFolder, type CliIo } from '../../src/cli/io';

/** An in-memory file system and fixed clock for driving runCli; records every write. */
export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  folders: Set<string>;
  /** Every write (replace or create), in order. */
  writes: { path: string; text: string }[];
  out: string;
  err: string;
  /** When set, the next write throws this message (to test failures leave files alone). */
  failNextWrite: string | null;
  /** Runs just before each replace compares the note: stands in for another program editing it. */
  beforeReplace: ((path: string) => void) | null;
  /** Folders whose listing fails, as an unreadable folder's would. */
  unreadable: Set<string>;
  /** How many times a lock was taken, and how many retries slept. */
  locks: number;
  sleeps: number;
  columns?: number;
}

export const FIXED_NOW = new Date('2025-10-01T13:00:00Z');

export function memoryIo(files: Record<string, string> = {}, cwd = '/vault'): MemoryIo {
  const failWrite = (): void => {
    if (io.failNextWrite !== null) {
      const message = io.failNextWrite;
      io.failNextWrite = null;
      throw new Error(message);
    }
  };
  const io: MemoryIo = {
    files: new Map(Object.entries(files).map(([p, t]) => [path.resolve(cwd, p), t])),
    folders: new Set(),
    writes: [],
    out: '',
    err: '',
    failNextWrite: null,
    beforeReplace: null,
    unreadable: new Set(),
    locks: 0,
    sleeps: 0,
    cwd,
    readFile(p) {
      const text = io.files.get(p);
      if (text === undefined) throw new Error(`ENOENT: ${p}`);
      return text;
    },
    replaceIfUnchanged(p, expected, text) {
      failWrite();
      io.beforeReplace?.(p);
      const current = io.files.get(p);
      if (current === undefined) throw new Error('it was deleted while the command ran, so it was not recreated');
      if (current !== expected) return false;
      io.writes.push({ path: p, text });
      io.files.set(p, text);
      return true;
    },
    createExclusive(p, text) {
      failWrite();
      if (!io.isDirectory(path.dirname(p))) throw new Error(`ENOENT: no folder ${path.dirname(p)}`);
      if (io.exists(p)) return false;
      io.writes.push({ path: p, text });
      io.files.set(p, text);
      return true;
    },
    withLock(_p, work) {
      io.locks++;
      return work();
    },
    exists(p) {
      return io.files.has(p) || io.isDirectory(p);
    },
    isDirectory(p) {
      if (p === cwd || p === '/' || io.folders.has(p)) return true;
      const prefix = p.endsWith('/') ? p : `${p}/`;
      for (const f of io.files.keys()) if (f.startsWith(prefix)) return true;
      for (const f of io.folders) if (f.startsWith(prefix)) return true;
      return false;
    },
    listFiles(folder, ext, warn) {
      if (io.unreadable.has(folder)) throw new Error(`EACCES: permission denied, scandir '${folder}'`);
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      const blocked = [...io.unreadable].filter((u) => u.startsWith(prefix)).sort();
      for (const b of blocked) warn?.(b, `EACCES: permission denied, scandir '${b}'`);
      return [...io.files.keys()]
        .filter((f) => f.startsWith(prefix) && f.toLowerCase().endsWith(`.${ext}`))
        .filter((f) => !path.relative(folder, f).split('/').slice(0, -1).some(isSkippedFolder))
        .filter((f) => !blocked.some((b) => f.startsWith(`${b}/`)))
        .sort();
    },
    mkdirp(folder) {
      for (let p = folder; p !== '/' && p !== '.'; p = path.dirname(p)) io.folders.add(p);
    },
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    now: () => new Date(FIXED_NOW.getTime()),
    sleep() {
      io.sleeps++;
    },
  };
  return io;
}
