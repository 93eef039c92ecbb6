import { applySplices } from '../core/text';
import type { Splice } from '../core/types';
import type { CliContext } from './context';
import { CliError } from './errors';

export interface Note {
  /** Absolute path. */
  path: string;
  /** Path as shown to the user. */
  shown: string;
  text: string;
}

/** Reads a note named on the command line, with a one-line error when it cannot be read. */
export function readNote(ctx: CliContext, arg: string): Note {
  const path = ctx.resolve(arg);
  const shown = ctx.display(path);
  if (!ctx.io.exists(path)) throw new CliError(`no such file: ${shown}`);
  if (ctx.io.isDirectory(path)) throw new CliError(`${shown} is a folder, not a note`);
  let text: string;
  try {
    text = ctx.io.readFile(path);
  } catch (e) {
    throw new CliError(`cannot read ${shown}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { path, shown, text };
}

/**
 * Applies the engine's splices to the text that was read and replaces the file atomically.
 * Only the spliced ranges change; every other byte is written back exactly as read.
 */
export function writeSplices(ctx: CliContext, note: Note, splices: readonly Splice[]): void {
  if (splices.length === 0) return;
  const updated = applySplices(note.text, splices);
  try {
    ctx.io.writeFileAtomic(note.path, updated);
  } catch (e) {
    throw new CliError(`cannot write ${note.shown}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The file name without folder or `.md`, as a title fallback. */
export function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '');
}
