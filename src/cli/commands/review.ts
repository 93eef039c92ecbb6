import { activityOf, buildReview, reviewRange, type PlanActivity, type Review, type ReviewItem } from '../../core/review';
import { dayKey } from '../../core/review';
import { positional } from '../args';
import type { Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, usageError } from '../errors';
import { readFolder, reportProblems } from '../notes';
import { shownTime } from '../summary';
import { fileNameOf, parseDocument, summariseDocument } from '../../core';

const KIND_LABEL: Readonly<Record<ReviewItem['kind'], string>> = {
  done: 'done',
  logged: 'logged',
  status: 'status',
  decision: 'decided',
  surprise: 'surprise',
  retrospective: 'retro',
  handoff: 'handoff',
};

export const reviewCommand: Command = {
  spec: {
    name: 'review',
    summary: 'Weekly review: every stamped step and entry of a date range, by day and plan, and the plans that went quiet',
    usage: 'review [folder] [--since 7d|DATE] [--until DATE] [--json]',
    positionals: ['folder'],
    defaults: { folder: '.' },
    options: {
      since: { kind: 'string', value: '7d|2w|DATE', description: 'First day: a number of days or weeks back including today, or a date (default 7d)' },
      until: { kind: 'string', value: 'DATE', description: 'Last day, included (default today)' },
      json: { kind: 'boolean', description: 'Print the review as JSON' },
    },
    notes: [
      'Days are UTC, as plans are stamped. An item is a stamped step (done, or logged open), a status change, ' +
        'or a progress, decision, surprise, retrospective or handoff entry dated by the stamp it opens with. ' +
        'A plan is quiet when it is in progress and has nothing stamped in the range.',
      'Example: execplan review Plans --since 2026-11-01 --until 2026-11-30 --json',
    ],
  },
  run(args, ctx) {
    const range = reviewRange({ since: args.strings.get('since'), until: args.strings.get('until'), now: ctx.io.now() });
    if (!range.ok) throw usageError(range.message);
    const scan = readFolder(ctx, positional(args, 'folder'));
    const plans: PlanActivity[] = [];
    for (const note of scan.notes) {
      const doc = parseDocument(note.text, { parseYaml: ctx.parseYaml, fileName: fileNameOf(note.shown) });
      const plan = activityOf(doc, note.shown);
      if (!plan) continue;
      // "Last activity" as `list` and the dashboard define it (an `updated` property counts too).
      const last = summariseDocument(doc, note.shown).lastActivity;
      plans.push({ ...plan, lastActivity: last === null ? null : Date.parse(last) });
    }
    const review = buildReview(plans, range.range);
    ctx.io.stdout(args.booleans.has('json') ? `${JSON.stringify(reviewJson(review), null, 2)}\n` : reviewText(review));
    reportProblems(ctx, scan);
    return scan.problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function reviewJson(review: Review): unknown {
  return {
    since: dayKey(review.range.start),
    until: dayKey(review.range.end - 1),
    counts: review.counts,
    days: review.days.map((day) => ({
      date: day.date,
      plans: day.plans.map((p) => ({
        path: p.path,
        title: p.title,
        status: p.status,
        entries: p.items.map((i) => ({ at: iso(i.at), kind: i.kind, text: i.text, line: i.line })),
      })),
    })),
    quiet: review.quiet.map((q) => ({ path: q.path, title: q.title, lastActivity: iso(q.lastActivity) })),
  };
}

function reviewText(review: Review): string {
  const { counts } = review;
  const out = [
    `Review ${dayKey(review.range.start)} to ${dayKey(review.range.end - 1)}: ${counts.entries} ${counts.entries === 1 ? 'entry' : 'entries'} in ${counts.plans} ${counts.plans === 1 ? 'plan' : 'plans'}`,
    `Moved ${counts.moved} · decided ${counts.decided} · surprised ${counts.surprised} · quiet ${review.quiet.length}`,
  ];
  for (const day of review.days) {
    out.push('', `${day.date} ${WEEKDAYS[new Date(`${day.date}T00:00:00Z`).getUTCDay()] ?? ''}`);
    for (const plan of day.plans) {
      out.push(`  ${plan.title} (${plan.path})`);
      for (const item of plan.items) {
        out.push(`    ${new Date(item.at).toISOString().slice(11, 16)}  ${KIND_LABEL[item.kind].padEnd(8)}  ${item.text}  (line ${item.line})`);
      }
    }
  }
  if (review.quiet.length > 0) {
    out.push('', 'Quiet (in progress, nothing stamped in the range):');
    for (const q of review.quiet) out.push(`  ${q.title} (${q.path}), last activity ${shownTime(iso(q.lastActivity))}`);
  }
  return `${out.join('\n')}\n`;
}
