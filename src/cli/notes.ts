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

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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
    throw new CliError(`cannot read ${shown}: ${reason(e)}`);
  }
  return { path, shown, text };
}

/** What a command wants to do to a note's current text. */
export interface PlannedEdit {
  /** Empty when there is nothing to change; `description` then says why. */
  splices: readonly Splice[];
  description: string;
  warning: string | null;
}

/** How often an edit is recomputed when another program keeps changing the note under us. */
export const MAX_EDIT_TRIES = 50;

/**
 * Reads the note, lets `plan` compute the edit from that text, and writes it only if the note
 * still holds that text; if another program changed it in between, the edit is computed again
 * from the new text, so neither change is lost. Holding the note's lock meanwhile makes
 * execplan processes take turns. Only the spliced ranges change; every other byte is kept.
 */
export function editNote(ctx: CliContext, arg: string, plan: (note: Note) => PlannedEdit): void {
  // A first read refuses a missing note, a folder, a FIFO or a device before any lock file is made.
  const first = readNote(ctx, arg);
  const edit = ctx.io.withLock(first.path, () => {
    for (let attempt = 1; ; attempt++) {
      // Re-read under the lock: the first read may predate another process's edit.
      const note = readNote(ctx, arg);
      const planned = plan(note);
      if (planned.splices.length === 0) return { note, planned };
      let written: boolean;
      try {
        written = ctx.io.replaceIfUnchanged(note.path, note.text, applySplices(note.text, planned.splices));
      } catch (e) {
        throw new CliError(`cannot write ${note.shown}: ${reason(e)}; nothing was written`);
      }
      if (written) return { note, planned };
      if (attempt >= MAX_EDIT_TRIES) {
        throw new CliError(`${note.shown} kept changing while execplan was writing it; nothing was written (${attempt} tries)`);
      }
      ctx.io.sleep(Math.min(200, 5 * attempt) * (0.5 + Math.random()));
    }
  });
  const { note, planned } = edit;
  if (planned.warning) ctx.io.stderr(`execplan: warning: ${note.shown}: ${planned.warning}\n`);
  ctx.io.stdout(`${note.shown}: ${planned.description}\n`);
}

export interface FolderScan {
  notes: Note[];
  /** One line per note that could not be read; the scan goes on without it. */
  problems: string[];
  /** One line per sub-folder that could not be read and was skipped. */
  warnings: string[];
}

/** Every markdown note under a folder named on the command line. */
export function readFolder(ctx: CliContext, arg: string): FolderScan {
  const notes: Note[] = [];
  const scan = scanFolder(ctx, arg, (note) => notes.push(note));
  return { ...scan, notes };
}

/**
 * Hands every markdown note under a folder to `visit` as it is read, keeping none: a command
 * that keeps only a summary per note (`list` over 10,000 plans) never holds every text at once.
 * The scan's `notes` stays empty.
 */
export function scanFolder(ctx: CliContext, arg: string, visit: (note: Note) => void): FolderScan {
  const folder = ctx.resolve(arg);
  const shown = ctx.display(folder);
  if (!ctx.io.exists(folder)) throw new CliError(`no such folder: ${shown}`);
  if (!ctx.io.isDirectory(folder)) throw new CliError(`${shown} is a file, not a folder`);
  const scan: FolderScan = { notes: [], problems: [], warnings: [] };
  let files: string[];
  try {
    files = ctx.io.listFiles(folder, 'md', (skipped, why) => {
      scan.warnings.push(`skipped the folder ${ctx.display(skipped)}, which cannot be read: ${why}`);
    });
  } catch (e) {
    throw new CliError(`cannot read the folder ${shown}: ${reason(e)}`);
  }
  for (const file of files) {
    let text: string;
    try {
      text = ctx.io.readFile(file);
    } catch (e) {
      scan.problems.push(`cannot read ${ctx.display(file)}: ${reason(e)}`);
      continue;
    }
    visit({ path: file, shown: ctx.display(file), text });
  }
  return scan;
}

/** Unreadable notes are failures (exit 1); skipped folders are warnings. */
export function reportProblems(ctx: CliContext, scan: FolderScan): void {
  for (const warning of scan.warnings) ctx.io.stderr(`execplan: warning: ${warning}\n`);
  for (const problem of scan.problems) ctx.io.stderr(`execplan: ${problem}\n`);
}
