import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Low-level file helpers for node-io: reading only regular files, and the names of the
 * temporary and lock files that sit next to a note.
 */

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; Windows has
// no such flag and no FIFOs to worry about.
const OPEN_FOR_READ = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
}

/** Why a path that exists is not something a note can be, or null for a regular file. */
export function notRegularReason(stats: fs.Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'it is a folder, not a note';
  if (stats.isFIFO()) return 'it is a named pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

/**
 * The bytes of a regular file. The path is stat'ed first and the opened descriptor checked
 * again (the path could be swapped in between), so a FIFO or a device is never read.
 */
export function readRegularFile(file: string): Buffer {
  const reason = notRegularReason(fs.statSync(file));
  if (reason) throw new Error(reason);
  const fd = fs.openSync(file, OPEN_FOR_READ);
  try {
    const again = notRegularReason(fs.fstatSync(fd));
    if (again) throw new Error(again);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The bytes, or null when the file is gone. */
export function readIfPresent(file: string): Buffer | null {
  try {
    return readRegularFile(file);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null;
    throw e;
  }
}

/** `.Name.md.<pid>.<random>.tmp` beside the note: hidden, and unique per process and call. */
export function tempNameFor(file: string): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${random}.tmp`);
}

/** Longest suffix tempNameFor and the lock add to a note's name, in bytes ('.' + pid ≤ 7 + 6 + '.tmp' + '.'). */
export const SIDE_FILE_EXTRA_BYTES = 1 + 1 + 7 + 1 + 6 + 4;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** A synchronous pause: the CLI has nothing else to do while it waits for a retry. */
export function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
}
