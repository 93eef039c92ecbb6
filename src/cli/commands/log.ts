import { ENTRY_KINDS, type EntryKind } from '../../core';
import { planAppend, type AppendRequest } from '../../core/edit';
import { positional, type ParsedArgs } from '../args';
import type { Command } from '../command';
import { CliError, EXIT_OK, usageError } from '../errors';
import { FORCE_OPTION, bumpUpdated, combineSplices, parseNote, requirePlan } from '../edits';
import { editNote } from '../notes';
import { stampMoment, timeOptions } from '../time';

/** Which entry kinds each option belongs to; anything else is a usage error, not a silent no-op. */
const OPTION_KINDS: Readonly<Record<string, readonly EntryKind[]>> = {
  done: ['progress'],
  open: ['progress'],
  rationale: ['decision', 'surprise'],
  evidence: ['decision', 'surprise'],
  next: ['handoff'],
  risks: ['handoff'],
};

export const logCommand: Command = {
  spec: {
    name: 'log',
    summary: 'Append a stamped progress, decision, surprise, retrospective or handoff entry',
    usage: `log <${ENTRY_KINDS.join('|')}> <file> <text> [options]`,
    positionals: ['kind', 'file', 'text'],
    variadicLast: true,
    options: {
      done: { kind: 'boolean', description: 'progress: log a finished step "- [x]" (the default)' },
      open: { kind: 'boolean', description: 'progress: log an open step "- [ ]" instead' },
      rationale: { kind: 'string', value: 'text', description: 'decision, surprise: why' },
      evidence: { kind: 'string', value: 'text', description: 'decision, surprise: what shows it' },
      next: { kind: 'string', value: 'text', description: 'handoff: what comes next' },
      risks: { kind: 'string', value: 'text', description: 'handoff: risks and open questions' },
      at: { kind: 'string', value: 'ISO', description: 'Stamp this time instead of now (UTC unless a zone is given)' },
      format: { kind: 'string', value: 'date-fns', description: "Stamp format, in UTC (default: the note's own, else yyyy-MM-dd HH:mm'Z')" },
      force: FORCE_OPTION,
    },
    notes: [
      'The entry goes at the end of its section, in the shape the section already uses (bullets, ' +
        'table rows, sub-headings, bold blocks); a missing section is created in its usual place. ' +
        'The rest of the note is left byte for byte as it was, and the file is replaced atomically. ' +
        'When the plan has properties, its "updated" property is set too.',
      'Words after <file> are joined into the text, so quotes are optional: ' +
        'execplan log progress plan.md --done Wired the view',
    ],
  },
  run(args, ctx) {
    const kind = entryKind(positional(args, 'kind'));
    checkOptionKinds(args, kind);
    const at = stampMoment(args, ctx.io);
    const time = timeOptions(args);
    const force = args.booleans.has('force');
    editNote(ctx, positional(args, 'file'), (note) => {
      const doc = parseNote(ctx, note);
      requirePlan(doc, note, force);
      const request: AppendRequest = {
        kind,
        text: positional(args, 'text'),
        rationale: args.strings.get('rationale'),
        evidence: args.strings.get('evidence'),
        // A finished step, as in the plugin's form; --open adds a step still to do.
        done: progressDone(args),
        handoff: kind === 'handoff' ? { next: args.strings.get('next'), risks: args.strings.get('risks') } : undefined,
        at,
        time,
      };
      const result = planAppend(doc, request);
      if (!result.ok) throw new CliError(`${note.shown}: ${result.message}`);
      const bump = bumpUpdated(doc, at, time);
      return { splices: combineSplices(result.splices, bump.splices), description: result.description, warning: bump.warning };
    });
    return EXIT_OK;
  },
};

function entryKind(word: string): EntryKind {
  const kind = ENTRY_KINDS.find((k) => k === word.toLowerCase());
  if (!kind) throw usageError(`unknown entry kind '${word}' (use one of: ${ENTRY_KINDS.join(', ')})`);
  return kind;
}

function progressDone(args: ParsedArgs): boolean {
  const open = args.booleans.has('open');
  if (open && args.booleans.has('done')) throw usageError('--done and --open contradict each other: give one');
  return !open;
}

function checkOptionKinds(args: ParsedArgs, kind: EntryKind): void {
  const given = [...args.booleans, ...args.strings.keys()];
  for (const option of given) {
    const kinds = OPTION_KINDS[option];
    if (kinds && !kinds.includes(kind)) {
      throw usageError(`--${option} applies to ${kinds.join(' and ')} entries, not ${kind}`);
    }
  }
}
