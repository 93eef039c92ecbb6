import { headingKind } from '../index/heading-kinds';
import { isPlanByMetadata } from '../index/is-plan';
import { lastSummaryDetails, summariseFromMetadata } from '../index/summarise';
import { EVERY_NOTE, PLAN_RULES, type IndexOptions } from '../index/types';
import type { NoteModel } from '../model/note-model';
import type { HealthFinding, PlanSummary } from '../types';

/**
 * The reading rules' whole answer for one note: the dashboard's row (index/summarise.ts, the
 * rules' hot path) plus what the CLI and the commands show besides it: every section, the
 * number of decisions and surprises, whether the note is a plan, and health with lines.
 * Both builders' models go through here; only `extra` differs (what builder A knows besides
 * the model: why the YAML did not parse, and the placeholders it found).
 */
export interface SummaryExtra {
  /** The YAML parser's message when the properties did not parse (builder A only). */
  yamlError?: string | null;
  /** Placeholder findings by line. */
  placeholders?: readonly HealthFinding[];
}

/** Every note counts here (the plans folder rule is the caller's); `isPlan` says what the rules think. */
const SUMMARISE_ALL: IndexOptions = { ...EVERY_NOTE, countEntries: true };

export function summariseModel(model: NoteModel, extra: SummaryExtra = {}): PlanSummary {
  const plan = summariseFromMetadata(model, SUMMARISE_ALL);
  if (plan === null) throw new Error('every note is summarised');
  const details = lastSummaryDetails();
  const statusLine = plan.statusSource === 'body' && details.statusOffset !== null
    ? lineAt(model.text ?? '', details.statusOffset)
    : plan.statusSource === 'frontmatter' ? propertyLine(model, 'status') : null;
  const wholeNote: HealthFinding[] = [];
  const byLine: HealthFinding[] = [...(extra.placeholders ?? [])];
  for (const finding of plan.health) {
    if (finding.code === 'malformed-frontmatter' && extra.yamlError) {
      wholeNote.push({ ...finding, message: `${finding.message}: ${extra.yamlError}` });
    } else if (finding.code === 'no-status') wholeNote.push({ ...finding, line: statusLine });
    else if (finding.code === 'untimed-step') byLine.push(finding);
    else wholeNote.push(finding);
  }
  byLine.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    path: model.path,
    title: plan.title,
    status: plan.status,
    statusRaw: plan.statusRaw,
    progress: { done: plan.done, total: plan.total },
    nextStep: plan.nextStep,
    lastActivity: plan.lastActivity === null ? null : new Date(plan.lastActivity).toISOString(),
    created: plan.created,
    decisions: details.decisions,
    surprises: details.surprises,
    sections: (model.headings ?? []).map((h) => ({
      // The index's memo of heading kinds: the same few headings repeat in every plan of a folder.
      kind: headingKind(h.heading),
      heading: h.heading,
      level: h.level,
      line: h.position.start.line + 1,
    })),
    health: [...wholeNote, ...byLine],
    isPlan: isPlanByMetadata(model, PLAN_RULES),
    tags: [...plan.tags],
  };
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** 1-based line of a top-level property's key in the frontmatter block, or null. */
function propertyLine(model: NoteModel, key: string): number | null {
  const text = model.text;
  const block = model.sections?.[0];
  if (text === undefined || block?.type !== 'yaml') return null;
  const yaml = text.slice(block.position.start.offset, block.position.end.offset).split('\n');
  const wanted = key.toLowerCase();
  for (let i = 0; i < yaml.length; i++) {
    const m = /^([^\s#:][^:]*?)\s*:/.exec(yaml[i] ?? '');
    if (m && (m[1] ?? '').toLowerCase() === wanted) return block.position.start.line + i + 1;
  }
  return null;
}
