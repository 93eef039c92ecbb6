import { STATUS_LABELS } from '../../core';
import type { PlanSummary } from '../../core';
import { positional } from '../args';
import type { Command } from '../command';
import { EXIT_OK } from '../errors';
import { readNote } from '../notes';
import { inspectJson, shownTime, summariseNote } from '../summary';
import { displayWidth } from '../text-width';

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
    ctx.io.stdout(args.booleans.has('json') ? `${JSON.stringify(inspectJson(summary), null, 2)}\n` : report(summary, terminalWidth(ctx.io.columns)));
    return EXIT_OK;
  },
};

/** The terminal's width, 80 when unknown (not a terminal); never so narrow that only the label fits. */
function terminalWidth(columns: number | undefined): number {
  return columns !== undefined && Number.isFinite(columns) && columns > 0 ? Math.max(columns, 40) : 80;
}

function statusText(s: PlanSummary): string {
  if (s.status === null) return s.statusRaw ? `unknown ("${s.statusRaw}")` : 'none';
  const label = STATUS_LABELS[s.status];
  return s.statusRaw && s.statusRaw !== label ? `${label} ("${s.statusRaw}")` : label;
}

const LABEL = '  Sections:      ';

/**
 * The sections as one comma-separated list wrapped to the terminal, continuation lines
 * indented under the first; a heading longer than the line gets a line of its own.
 */
function sectionLines(s: PlanSummary, columns: number): string[] {
  if (s.sections.length === 0) return [`${LABEL}-`];
  const items = s.sections.map((x, i) => `${x.heading} (${x.line})${i < s.sections.length - 1 ? ',' : ''}`);
  const indent = ' '.repeat(LABEL.length);
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && displayWidth(indent) + displayWidth(line) + 1 + displayWidth(item) > columns) {
      lines.push(line);
      line = item;
    } else {
      line = line ? `${line} ${item}` : item;
    }
  }
  lines.push(line);
  return lines.map((l, i) => `${i === 0 ? LABEL : indent}${l}`);
}

function report(s: PlanSummary, columns: number): string {
  const lines = [
    `${s.title}  (${s.path})`,
    `  Status:        ${statusText(s)}`,
    `  Progress:      ${s.progress.done}/${s.progress.total} steps done`,
    `  Next step:     ${s.nextStep ?? '-'}`,
    `  Last activity: ${shownTime(s.lastActivity)}`,
    `  Decisions:     ${s.decisions}`,
    `  Surprises:     ${s.surprises}`,
    ...sectionLines(s, columns),
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
