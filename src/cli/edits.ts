import * as path from 'node:path';
import { parseDocument, type PlanDocument } from '../core';
import { planBumpUpdated, splicesAreDisjoint } from '../core/edit';
import { isPlan } from '../core/rules/document';
import { notAPlanMessage } from '../core/read/not-a-plan';
import type { Splice } from '../core/types';
import type { OptionSpec } from './args';
import type { CliContext } from './context';
import { CliError } from './errors';
import type { Note } from './notes';

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

export const FORCE_OPTION: OptionSpec = {
  kind: 'boolean',
  description: 'Edit the note even when it is not recognised as a plan',
};

/**
 * The edit commands change plans only, as the plugin's commands do, with the plugin's words
 * for how to make a note one (the CLI has no plans-folder rule). `--force` overrides.
 */
export function requirePlan(doc: PlanDocument, note: Note, force: boolean): void {
  if (force || isPlan(doc)) return;
  if (doc.frontmatter?.error) {
    // The type and tags live in the properties: unreadable, they cannot say "plan".
    throw new CliError(
      `${note.shown}: the frontmatter is not valid YAML (${doc.frontmatter.error}), so it cannot be told whether this is a plan; ` +
        'fix it first (or use --force); nothing was written.',
    );
  }
  const name = path.basename(note.path).replace(/\.md$/i, '');
  const hint = notAPlanMessage(name, { tag: true, frontmatterType: true, folder: null });
  throw new CliError(`${note.shown}: ${hint} Nothing was written (use --force to edit it anyway).`);
}
