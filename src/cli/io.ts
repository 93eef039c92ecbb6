/**
 * Everything the CLI needs from the outside world, behind one interface so the commands can
 * be tested against an in-memory file system and a fixed clock. Paths handed to the io are
 * absolute (the CLI resolves arguments against `cwd` first).
 */
export interface CliIo {
  /**
   * The note's text exactly as stored; throws when missing, not valid UTF-8, or not a regular
   * file (a FIFO or a device is refused without being opened in a way that could block).
   */
  readFile(path: string): string;
  /**
   * Replaces the note's text with `text`, but only while it still holds `expected` (what the
   * edit was computed from); returns false, writing nothing, when someone changed it since.
   * Writes atomically (temporary file + rename) and keeps a symlink a link (the target is
   * written), the mode and the owner; a hard-linked note is written in place to keep the link.
   * Throws when the note was deleted (it is not recreated), is read-only or is not a regular file.
   */
  replaceIfUnchanged(path: string, expected: string, text: string): boolean;
  /** Creates a new file holding `text`; false when the name is taken (an existing file is never touched). */
  createExclusive(path: string, text: string): boolean;
  /**
   * Runs `work` while holding the note's advisory lock (`<note>.execplan.lock`), so execplan
   * processes editing one note take turns; a lock left by a dead process is taken over.
   */
  withLock<T>(path: string, work: () => T): T;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /**
   * Every file under `folder` whose name ends with `.${ext}`, recursively, sorted; folders
   * whose name starts with a dot (.obsidian, .git, .trash) and node_modules are skipped. A
   * sub-folder that cannot be read is skipped too, and `warn` hears which and why; an
   * unreadable `folder` itself throws.
   */
  listFiles(folder: string, ext: string, warn?: (skipped: string, reason: string) => void): string[];
  mkdirp(folder: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  /** Waits before a retry (a no-op in tests). */
  sleep(ms: number): void;
  /** Width of the terminal stdout is, when it is one. */
  readonly columns?: number;
  /** Absolute working directory relative paths are resolved against. */
  cwd: string;
}

/** Folders never searched for plans: tool and settings folders, and every dot folder. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
