/**
 * Everything the CLI needs from the outside world, behind one interface so the commands can
 * be tested against an in-memory file system and a fixed clock. Paths handed to the io are
 * absolute (the CLI resolves arguments against `cwd` first).
 */
export interface CliIo {
  /** The note's text exactly as stored; throws when missing or not valid UTF-8. */
  readFile(path: string): string;
  /**
   * Replaces the file's contents all at once: write a temporary file in the same folder, then
   * rename it over the target, so a crash never leaves a half-written note.
   */
  writeFileAtomic(path: string, text: string): void;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /**
   * Every file under `folder` whose name ends with `.${ext}`, recursively, sorted; folders
   * whose name starts with a dot (.obsidian, .git, .trash) and node_modules are skipped.
   */
  listFiles(folder: string, ext: string): string[];
  mkdirp(folder: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  /** Absolute working directory relative paths are resolved against. */
  cwd: string;
}

/** Folders never searched for plans: tool and settings folders, and every dot folder. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
