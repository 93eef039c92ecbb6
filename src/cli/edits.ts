import { parseDocument, type PlanDocument } from '../core';
import { planBumpUpdated, splicesAreDisjoint } from '../core/edit';
import type { Splice } from '../core/types';
import type { CliContext } from './context';
import { CliError } from './errors';
import { writeSplices, type Note } from './notes';

export function parseNote(ctx: CliContext, note: Note): PlanDocument {
  return parseDocument(note.text, { parseYaml: ctx.parseYaml, fileName: note.shown });
}

/** After a log entry or a tick, `updated` follows along when the plan has properties, as in the plugin. */
export const bumpUpdated = planBumpUpdated;

/** Splices from two edits of the same text may be applied together only when they do not touch. */
export function combineSplices(...groups: readonly Splice[][]): Splice[] {
  const all = groups.flat();
  if (!splicesAreDisjoint(all)) throw new CliError('internal error: two edits overlap; nothing was written');
  return all;
}

/** Writes the edit and says what was done in one line, prefixed by the note's path. */
export function commitEdit(ctx: CliContext, note: Note, splices: readonly Splice[], description: string, warning: string | null): void {
  writeSplices(ctx, note, splices);
  if (warning) ctx.io.stderr(`execplan: warning: ${note.shown}: ${warning}\n`);
  ctx.io.stdout(`${note.shown}: ${description}\n`);
}
