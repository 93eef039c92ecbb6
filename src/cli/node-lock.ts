import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { errorCode, sleepSync } from './node-files';

/**
 * An advisory lock beside the note (`<note>.execplan.lock`, created with `wx`) so execplan
 * processes editing one note take turns: each one reads, edits and writes with the lock held.
 * Other programs ignore it; for them the compare-before-rename in node-write is the guard.
 */

export const LOCK_SUFFIX = '.execplan.lock';
/** A lock older than this is taken over: no edit holds it nearly as long. */
const STALE_MS = 30_000;
/** How long a command waits for its turn before giving up with a message. */
const WAIT_MS = 60_000;

function lockPathFor(file: string): string {
  let target = file;
  try {
    // Two symlinks to one note share its lock.
    target = fs.realpathSync(file);
  } catch {
    // A missing note: the command fails on its own with a clearer message.
  }
  return `${target}${LOCK_SUFFIX}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

function readLock(lock: string): { owner: string; ageMs: number } | null {
  try {
    const owner = fs.readFileSync(lock, 'utf8');
    return { owner, ageMs: Date.now() - fs.statSync(lock).mtimeMs };
  } catch {
    return null;
  }
}

/** Removes a lock whose holder is gone (same machine, dead process) or that is too old; true when it did. */
function breakStale(lock: string): boolean {
  const seen = readLock(lock);
  if (!seen) return false;
  const [host, pid] = seen.owner.split(' ');
  const dead = host === os.hostname() && pid !== undefined && /^\d+$/.test(pid) && !alive(Number(pid));
  if (!dead && seen.ageMs < STALE_MS) return false;
  // Only the lock we judged: a process that took it over in between keeps its own.
  if (readLock(lock)?.owner !== seen.owner) return false;
  fs.rmSync(lock, { force: true });
  return true;
}

export function withLock<T>(file: string, work: () => T): T {
  const lock = lockPathFor(file);
  const token = `${os.hostname()} ${process.pid} ${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lock, token, { flag: 'wx' });
      break;
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') {
        throw new Error(`cannot create the lock file ${path.basename(lock)}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (breakStale(lock)) continue;
    if (Date.now() > deadline) {
      throw new Error(`another execplan process is editing it (${path.basename(lock)}); if none is running, delete that file`);
    }
    // Jittered backoff, so waiting processes do not all retry in step.
    const cap = Math.min(100, 5 * 2 ** Math.min(attempt, 5));
    sleepSync(cap / 2 + Math.random() * (cap / 2));
  }
  try {
    return work();
  } finally {
    if (readLock(lock)?.owner === token) fs.rmSync(lock, { force: true });
  }
}
