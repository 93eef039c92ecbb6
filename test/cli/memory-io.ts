import * as path from 'node:path';
import { isSkippedFolder, type CliIo } from '../../src/cli/io';

/** An in-memory file system and fixed clock for driving runCli; records every write. */
export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  folders: Set<string>;
  /** Every writeFileAtomic call, in order. */
  writes: { path: string; text: string }[];
  out: string;
  err: string;
  /** When set, the next write throws this message (to test failures leave files alone). */
  failNextWrite: string | null;
}

export const FIXED_NOW = new Date('2025-10-01T13:00:00Z');

export function memoryIo(files: Record<string, string> = {}, cwd = '/vault'): MemoryIo {
  const io: MemoryIo = {
    files: new Map(Object.entries(files).map(([p, t]) => [path.resolve(cwd, p), t])),
    folders: new Set(),
    writes: [],
    out: '',
    err: '',
    failNextWrite: null,
    cwd,
    readFile(p) {
      const text = io.files.get(p);
      if (text === undefined) throw new Error(`ENOENT: ${p}`);
      return text;
    },
    writeFileAtomic(p, text) {
      if (io.failNextWrite !== null) {
        const message = io.failNextWrite;
        io.failNextWrite = null;
        throw new Error(message);
      }
      if (!io.isDirectory(path.dirname(p))) throw new Error(`ENOENT: no folder ${path.dirname(p)}`);
      io.writes.push({ path: p, text });
      io.files.set(p, text);
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
    listFiles(folder, ext) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      return [...io.files.keys()]
        .filter((f) => f.startsWith(prefix) && f.toLowerCase().endsWith(`.${ext}`))
        .filter((f) => !path.relative(folder, f).split('/').slice(0, -1).some(isSkippedFolder))
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
  };
  return io;
}
