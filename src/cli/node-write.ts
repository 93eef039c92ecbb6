import * as fs from 'node:fs';
import { errorCode, notRegularReason, readIfPresent, tempNameFor } from './node-files';

/**
 * The CLI's two ways of writing a note (see CliIo): replacing it only while it still holds
 * the text the edit was computed from, and creating a new one without ever overwriting.
 */

function deleted(): Error {
  return new Error('it was deleted while the command ran, so it was not recreated');
}

function statTarget(file: string): { target: string; stats: fs.Stats } {
  try {
    // A symlinked note: the target is what gets written, so the link stays a link.
    const target = fs.realpathSync(file);
    return { target, stats: fs.statSync(target) };
  } catch (e) {
    if (errorCode(e) === 'ENOENT') throw deleted();
    throw e;
  }
}

function refuseReadOnly(target: string, stats: fs.Stats): void {
  // The mode bits count even for root, who may write anything: a read-only note is a user's "keep out".
  let writable = (stats.mode & 0o222) !== 0;
  if (writable) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) throw new Error('it is read-only; make it writable first');
}

export function replaceIfUnchanged(file: string, expected: string, text: string): boolean {
  const { target, stats } = statTarget(file);
  const reason = notRegularReason(stats);
  if (reason) throw new Error(reason);
  refuseReadOnly(target, stats);
  const before = Buffer.from(expected, 'utf8');
  const after = Buffer.from(text, 'utf8');
  // A rename would give the other names of a hard-linked note the old text.
  if (stats.nlink > 1) return writeInPlace(target, before, after);
  const temp = tempNameFor(target);
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    let sameOwner: boolean;
    try {
      fs.writeFileSync(fd, after);
      sameOwner = takeOwner(fd, stats);
      fs.fchmodSync(fd, stats.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Someone else's note we may write but not re-own: writing in place keeps its owner.
    if (!sameOwner) return writeInPlace(target, before, after);
    // The last look before the swap: a change by another program since we read it is not lost.
    const current = readIfPresent(target);
    if (current === null) throw deleted();
    if (!current.equals(before)) return false;
    fs.renameSync(temp, target);
    return true;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Gives the temporary file the note's owner and group; false when that is not allowed. */
function takeOwner(fd: number, stats: fs.Stats): boolean {
  const mine = fs.fstatSync(fd);
  if (mine.uid === stats.uid && mine.gid === stats.gid) return true;
  try {
    fs.fchownSync(fd, stats.uid, stats.gid);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes into the note's own inode (hard links and owner kept). Not atomic, so used only when
 * a rename would break something; the compare still guards against a concurrent change.
 */
function writeInPlace(target: string, before: Buffer, after: Buffer): boolean {
  let fd: number;
  try {
    fd = fs.openSync(target, fs.constants.O_RDWR | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (errorCode(e) === 'ENOENT') throw deleted();
    throw e;
  }
  try {
    const reason = notRegularReason(fs.fstatSync(fd));
    if (reason) throw new Error(reason);
    if (!fs.readFileSync(fd).equals(before)) return false;
    fs.writeSync(fd, after, 0, after.length, 0);
    fs.ftruncateSync(fd, after.length);
    fs.fsyncSync(fd);
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

// File systems without hard links (FAT, some network shares) answer link() with one of these.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL']);

export function createExclusive(file: string, text: string): boolean {
  const temp = tempNameFor(file);
  fs.writeFileSync(temp, text, { flag: 'wx' });
  try {
    // link() fails when the name exists, like `wx`, and the note appears with all its text at once.
    try {
      fs.linkSync(temp, file);
      return true;
    } catch (e) {
      const code = errorCode(e);
      if (code === 'EEXIST') return false;
      if (code === undefined || !NO_LINKS.has(code)) throw e;
    }
    try {
      fs.writeFileSync(file, text, { flag: 'wx' });
      return true;
    } catch (e) {
      if (errorCode(e) === 'EEXIST') return false;
      throw e;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
