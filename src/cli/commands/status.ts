import { readStatus, STATUS_LABELS, type Splice } from '../../core';
import { planSetProperties, planSetStatusLine, type EditResult } from '../../core/edit';
import { positional } from '../args';
import type { Command } from '../command';
import { CliError, EXIT_OK } from '../errors';
import { updatedProperty } from '../../core/edit';
import { FORCE_OPTION, bumpUpdated, combineSplices, parseNote, requirePlan } from '../edits';
import { editNote, type PlannedEdit } from '../notes';
import { parseStatusArg } from '../status-arg';
import { stampMoment, timeOptions } from '../time';

export const statusCommand: Command = {
  spec: {
    name: 'status',
    summary: "Set a plan's status and its updated property",
    usage: 'status <file> <status> [--at <ISO>] [--format <date-fns>]',
    positionals: ['file', 'status'],
    variadicLast: true,
    options: {
      at: { kind: 'string', value: 'ISO', description: 'The time written to "updated" (default now)' },
      format: { kind: 'string', value: 'date-fns', description: '"updated" format when it holds a time (UTC)' },
      force: FORCE_OPTION,
    },
    notes: [
      `<status> is one of ${Object.keys(STATUS_LABELS).join(', ')} or a common word for one ` +
        '(done, wip, on hold, cancelled, draft …). It is written as the plugin writes it: ' +
        `${Object.values(STATUS_LABELS).map((l) => `"${l}"`).join(', ')}.`,
      'The status goes where the plan keeps it: the "status" property, or a "Status:" line in the ' +
        'text when that is where the plan has it. Properties are added when the note has none. ' +
        '"updated" gets the date (or date and time, when it already holds a time). Malformed ' +
        'properties are an error and the file is left untouched.',
    ],
  },
  run(args, ctx) {
    const wanted = parseStatusArg(positional(args, 'status'));
    const at = stampMoment(args, ctx.io);
    const time = timeOptions(args);
    const force = args.booleans.has('force');
    editNote(ctx, positional(args, 'file'), (note): PlannedEdit => {
      const doc = parseNote(ctx, note);
      if (doc.frontmatter?.error) {
        throw new CliError(`${note.shown}: the frontmatter is not valid YAML (${doc.frontmatter.error}); fix it first`);
      }
      requirePlan(doc, note, force);
      const current = readStatus(doc);
      if (current.raw !== null && current.raw.trim() === wanted.label) {
        return { splices: [], description: `the status is already ${wanted.label}.`, warning: null };
      }
      let result: EditResult;
      let warning: string | null = null;
      let bumpSplices: Splice[] = [];
      if (current.source === 'body') {
        // The plan keeps its status in the text: a new property would hide that line, not change it.
        result = planSetStatusLine(doc, wanted.label);
        const bump = bumpUpdated(doc, at, time);
        bumpSplices = bump.splices;
        warning = bump.warning;
      } else {
        const [key, value] = updatedProperty(doc, at, time);
        result = planSetProperties(doc, { status: wanted.label, [key]: value });
      }
      if (!result.ok) throw new CliError(`${note.shown}: ${result.message}`);
      const was = current.raw === null || current.raw === '' ? '' : ` (was ${current.raw})`;
      return { splices: combineSplices(result.splices, bumpSplices), description: `status set to ${wanted.label}${was}.`, warning };
    });
    return EXIT_OK;
  },
};
