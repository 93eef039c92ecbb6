import { STATUS_LABELS } from '../../core';
import type { PlanSummary } from '../../core';
import { positional } from '../args';
import type { Command } from '../command';
import { EXIT_OK } from '../errors';
import { readNote } from '../notes';
import { inspectJson, shownTime, summariseNote } from '../summary';

export const inspectCommand: Command = {
  spec: {
    name: 'inspect',
    summary: "Show a plan's status, progress, next step, sections and health",
    usage: 'inspect <file> [--json]',
    positionals: ['file'],
    options: { json: { kind: 'boolean', description: 'Print one JSON object instead of a report' } },
    notes: [
      'JSON fields: path, title, status (proposed|in-progress|blocked|complete|abandoned|null), statusRaw, ' +
        'progress {done, total}, nextStep, lastActivity (ISO 8601 UTC or null), decisions, surprises, ' +
        'sections [{kind, heading, level, line}], health [{code, message, line}], isPlan.',
    ],
  },
  run(args, ctx) {
    const note = readNote(ctx, positional(args, 'file'));
    const summary = summariseNote(ctx, note);
    ctx.io.stdout(args.booleans.has('json') ? `${JSON.stringify(inspectJson(summary), null, 2)}\n` : report(summary));
    return EXIT_OK;
  },
};

function statusText(s: PlanSummary): string {
  if (s.status === null) return s.statusRaw ? `unknown ("${s.statusRaw}")` : 'none';
  const label = STATUS_LABELS[s.status];
  return s.statusRaw && s.statusRaw !== label ? `${label} ("${s.statusRaw}")` : label;
}

function report(s: PlanSummary): string {
  const lines = [
    `${s.title}  (${s.path})`,
    `  Status:        ${statusText(s)}`,
    `  Progress:      ${s.progress.done}/${s.progress.total} steps done`,
    `  Next step:     ${s.nextStep ?? '-'}`,
    `  Last activity: ${shownTime(s.lastActivity)}`,
    `  Decisions:     ${s.decisions}`,
    `  Surprises:     ${s.surprises}`,
    `  Sections:      ${s.sections.length === 0 ? '-' : s.sections.map((x) => `${x.heading} (${x.line})`).join(', ')}`,
  ];
  if (!s.isPlan) lines.push('  Not recognised as an ExecPlan (no execplan type or tag, no progress and log sections).');
  if (s.health.length === 0) {
    lines.push('  Health:        no findings');
  } else {
    lines.push(`  Health:        ${s.health.length} finding${s.health.length === 1 ? '' : 's'}`);
    for (const h of s.health) lines.push(`    ${h.line === null ? '' : `line ${h.line}: `}${h.code} ${h.message}`);
  }
  return lines.join('\n') + '\n';
}
