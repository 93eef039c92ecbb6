import { frontmatterData, parseDocument, type PlanDocument } from '../core';
import { planSetProperties } from '../core/edit';
import { formatStamp } from '../core/timestamps';
import type { Splice, TimeOptions } from '../core/types';
import type { CliContext } from './context';
import { CliError } from './errors';
import { writeSplices, type Note } from './notes';

export function parseNote(ctx: CliContext, note: Note): PlanDocument {
  return parseDocument(note.text, { parseYaml: ctx.parseYaml, fileName: note.shown });
}

/** Property names people use for "last updated"; the note's own spelling is kept. */
const UPDATED_KEYS = ['updated', 'last_updated', 'last-updated', 'lastupdated', 'last updated'];

/**
 * The `updated` value for a moment, in the shape the note already uses: date and time in the
 * stamp format when the current value carries a time, else the date alone, as new plans
 * (`updated: {{date}}`) and the plugin ("today") write it.
 */
export function updatedProperty(doc: PlanDocument, at: Date, time: TimeOptions): [string, string] {
  const data = frontmatterData(doc) ?? {};
  const key = Object.keys(data).find((k) => UPDATED_KEYS.includes(k.toLowerCase())) ?? 'updated';
  const current = data[key];
  const withTime = typeof current === 'string' && /\d{1,2}:\d{2}/.test(current);
  return [key, formatStamp(at, withTime ? time : { format: 'yyyy-MM-dd', utc: true })];
}

export interface Bump {
  splices: Splice[];
  /** Why `updated` was left alone, when it could not be set. */
  warning: string | null;
}

/**
 * After a log entry or a tick, `updated` follows along when the plan has properties, as the
 * plugin does by default. A note without properties gets none; a block that cannot be edited
 * (malformed, or `updated` is a list) is left as it is, with a warning, and the entry still lands.
 */
export function bumpUpdated(doc: PlanDocument, at: Date, time: TimeOptions): Bump {
  if (!doc.frontmatter) return { splices: [], warning: null };
  const [key, value] = updatedProperty(doc, at, time);
  const result = planSetProperties(doc, { [key]: value });
  if (!result.ok) return { splices: [], warning: `left "${key}" unchanged: ${result.message}` };
  return { splices: result.splices, warning: null };
}

/** Splices from two edits of the same text may be applied together only when they do not touch. */
export function combineSplices(...groups: readonly Splice[][]): Splice[] {
  const all = groups.flat();
  const ordered = [...all].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1];
    const next = ordered[i];
    if (prev && next && prev.offset + prev.deleteCount > next.offset) {
      throw new CliError('internal error: two edits overlap; nothing was written');
    }
  }
  return all;
}

/** Writes the edit and says what was done in one line, prefixed by the note's path. */
export function commitEdit(ctx: CliContext, note: Note, splices: readonly Splice[], description: string, warning: string | null): void {
  writeSplices(ctx, note, splices);
  if (warning) ctx.io.stderr(`execplan: warning: ${note.shown}: ${warning}\n`);
  ctx.io.stdout(`${note.shown}: ${description}\n`);
}
