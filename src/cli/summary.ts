import { summarisePlan } from '../core';
import { formatStamp } from '../core/timestamps';
import { DEFAULT_TIME_OPTIONS, type HealthFinding, type PlanSummary, type SectionOutline, type StatusKind } from '../core/types';
import type { CliContext } from './context';
import type { Note } from './notes';

/** The documented `inspect --json` shape: exactly these fields, in this order. */
export interface InspectJson {
  path: string;
  title: string;
  status: StatusKind | null;
  statusRaw: string | null;
  progress: { done: number; total: number };
  nextStep: string | null;
  lastActivity: string | null;
  decisions: number;
  surprises: number;
  sections: SectionOutline[];
  health: HealthFinding[];
  isPlan: boolean;
}

/** `placeholders: false` when the caller shows no health (see summarisePlan). */
export function summariseNote(ctx: CliContext, note: Note, placeholders = true): PlanSummary {
  return summarisePlan(note.text, { path: note.shown, parseYaml: ctx.parseYaml, placeholders });
}

// Built field by field so engine additions (created, tags …) never change the CLI's contract.
export function inspectJson(s: PlanSummary): InspectJson {
  return {
    path: s.path,
    title: s.title,
    status: s.status,
    statusRaw: s.statusRaw,
    progress: { done: s.progress.done, total: s.progress.total },
    nextStep: s.nextStep,
    lastActivity: s.lastActivity,
    decisions: s.decisions,
    surprises: s.surprises,
    sections: s.sections.map((x) => ({ kind: x.kind, heading: x.heading, level: x.level, line: x.line })),
    health: s.health.map((h) => ({ code: h.code, message: h.message, line: h.line })),
    isPlan: s.isPlan,
  };
}

/** An ISO time as plans stamp it (`2025-10-01 13:00Z`), or a dash. */
export function shownTime(iso: string | null): string {
  if (iso === null) return '-';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatStamp(date, DEFAULT_TIME_OPTIONS);
}

/** `path:line: code message`, the shape editors and CI annotate from; whole-note findings have no line. */
export function findingLine(path: string, finding: HealthFinding): string {
  const where = finding.line === null ? path : `${path}:${finding.line}`;
  return `${where}: ${finding.code} ${finding.message}`;
}
