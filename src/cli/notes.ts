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

export interface FolderScan {
  notes: Note[];
  /** One line per note that could not be read; the scan goes on without it. */
  problems: string[];
}

/** Every markdown note under a folder named on the command line. */
export function readFolder(ctx: CliContext, arg: string): FolderScan {
  const folder = ctx.resolve(arg);
  const shown = ctx.display(folder);
  if (!ctx.io.exists(folder)) throw new CliError(`no such folder: ${shown}`);
  if (!ctx.io.isDirectory(folder)) throw new CliError(`${shown} is a file, not a folder`);
  const scan: FolderScan = { notes: [], problems: [] };
  for (const file of ctx.io.listFiles(folder, 'md')) {
    try {
      scan.notes.push({ path: file, shown: ctx.display(file), text: ctx.io.readFile(file) });
    } catch (e) {
      scan.problems.push(`cannot read ${ctx.display(file)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return scan;
}

export function reportProblems(ctx: CliContext, problems: readonly string[]): void {
  for (const problem of problems) ctx.io.stderr(`execplan: ${problem}\n`);
}
