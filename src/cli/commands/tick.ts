import { planTickStep } from '../../core/edit';
import { positional } from '../args';
import type { Command } from '../command';
import { CliError, EXIT_OK, usageError } from '../errors';
import { FORCE_OPTION, bumpUpdated, combineSplices, parseNote, requirePlan } from '../edits';
import { editNote } from '../notes';
import { stampMoment, timeOptions } from '../time';

export const tickCommand: Command = {
  spec: {
    name: 'tick',
    summary: 'Tick the next open step (or the one on --line) and stamp it',
    usage: 'tick <file> [--line <N>] [--at <ISO>] [--format <date-fns>]',
    positionals: ['file'],
    options: {
      line: { kind: 'string', value: 'N', description: 'Tick the step on this line (1-based) instead of the next open one' },
      at: { kind: 'string', value: 'ISO', description: 'Stamp this time instead of now (UTC unless a zone is given)' },
      format: { kind: 'string', value: 'date-fns', description: "Stamp format, in UTC (default: the note's own, else yyyy-MM-dd HH:mm'Z')" },
      force: FORCE_OPTION,
    },
    notes: [
      'The next open step is the first unticked checkbox under Progress, else under Concrete Steps, ' +
        'else anywhere in the note. "- [ ] Step" becomes "- [x] (2025-10-01 13:00Z) Step"; a step carries one stamp, ' +
        'so "- [ ] (2025-09-30 08:00Z) Step" becomes "- [x] (2025-10-01 13:00Z) Step". ' +
        'When the plan has properties, its "updated" property is set too.',
    ],
  },
  run(args, ctx) {
    const line = lineNumber(args.strings.get('line'));
    const at = stampMoment(args, ctx.io);
    const time = timeOptions(args);
    const force = args.booleans.has('force');
    editNote(ctx, positional(args, 'file'), (note) => {
      const doc = parseNote(ctx, note);
      requirePlan(doc, note, force);
      const result = planTickStep(doc, { line, at, time });
      if (!result.ok) throw new CliError(`${note.shown}: ${result.message}`);
      const bump = bumpUpdated(doc, at, time);
      return { splices: combineSplices(result.splices, bump.splices), description: result.description, warning: bump.warning };
    });
    return EXIT_OK;
  },
};

function lineNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value.trim())) throw usageError(`--line needs a line number (1, 2, …), not '${value}'`);
  return Number(value.trim());
}
