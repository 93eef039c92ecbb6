import type { PlanDocument } from '../markdown';
import { CANONICAL_SECTION_TITLES, isJournalTag, livingSectionsFor } from '../sections';
import { isStatusPlaceholder, STATUS_LABELS } from '../status';
import type { HealthFinding, Step } from '../types';
import { findLinePlaceholder } from './placeholders';
import { maskedText } from './regions';
import { readStatus, type StatusInfo } from './status-line';
import { readStepSource, type StepReading } from './steps';
import { readTags } from './tags';

export interface HealthInput {
  status?: StatusInfo;
  steps?: StepReading;
  /** The note's property tags, when already read (readTags). */
  tags?: readonly string[];
}

/**
 * What a reviewer would flag in a plan, in this order: malformed frontmatter, no usable status,
 * missing living sections (whole-note findings, line null; a journal is not expected to keep a
 * Decision Log), then placeholders and unstamped steps by line. Code blocks and comments are
 * never inspected.
 * Only done steps in the progress section must carry a timestamp: ExecPlans stamp a step when it
 * is ticked, so an open step without one is normal.
 */
export function readHealth(doc: PlanDocument, input: HealthInput = {}): HealthFinding[] {
  const status = input.status ?? readStatus(doc);
  const steps = input.steps ?? readStepSource(doc);
  const findings: HealthFinding[] = [];

  const fm = doc.frontmatter;
  if (fm?.error) {
    findings.push({
      code: 'malformed-frontmatter',
      message: `The properties block is not valid YAML: ${fm.error}`,
      line: doc.lines.lineOf(fm.start),
    });
  }

  const statusFinding = noStatusFinding(status);
  if (statusFinding) findings.push(statusFinding);

  // A journal (tagged `journal` or `learning-journal`) keeps no Decision Log.
  const journal = (input.tags ?? readTags(doc)).some(isJournalTag);
  for (const kind of livingSectionsFor(journal)) {
    if (kind === 'other' || doc.sections.some((s) => s.kind === kind)) continue;
    findings.push({ code: 'missing-section', message: `No "${CANONICAL_SECTION_TITLES[kind]}" section`, line: null });
  }

  const byLine: HealthFinding[] = [...placeholderFindings(doc)];
  if (steps.section?.kind === 'progress') byLine.push(...untimedStepFindings(steps.steps));
  byLine.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  findings.push(...byLine);
  return findings;
}

/**
 * Findings as `lint` prints them: whole-note findings (no line) first, then by line, one
 * finding a line: a placeholder on a line that already has a finding (a `Status: <…>` line, an
 * unstamped step) is added to that finding's message instead of being reported again.
 */
export function lintOrder(findings: readonly HealthFinding[]): HealthFinding[] {
  const sorted = findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => (a.finding.line ?? 0) - (b.finding.line ?? 0) || rank(a.finding) - rank(b.finding) || a.i - b.i)
    .map((x) => x.finding);
  const out: HealthFinding[] = [];
  for (const finding of sorted) {
    const last = out[out.length - 1];
    if (last && finding.line !== null && last.line === finding.line) {
      out[out.length - 1] = { ...last, message: `${last.message}; ${lowerFirst(finding.message)}` };
    } else {
      out.push(finding);
    }
  }
  return out;
}

/** On one line, the finding about the line's meaning comes before the placeholder in it. */
function rank(finding: HealthFinding): number {
  return finding.code === 'placeholder' ? 1 : 0;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function noStatusFinding(status: StatusInfo): HealthFinding | null {
  if (status.canonical) return null;
  if (status.raw === null || status.raw === '') {
    return { code: 'no-status', message: 'No status: add a status property or a "Status:" line', line: status.line };
  }
  const known = Object.values(STATUS_LABELS).join(', ');
    return {
    code: 'no-status',
    message: isStatusPlaceholder(status.raw)
      ? `The status is still the template's choice list: ${status.raw}`
      : `Unknown status "${status.raw}": use one of ${known}`,
    line: status.line,
  };
}

export function placeholderFindings(doc: PlanDocument): HealthFinding[] {
  const findings: HealthFinding[] = [];
  const masked = maskedText(doc, true);
  const fm = doc.frontmatter;
  const scan = (text: string, firstLine: number): void => {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? '').replace(/\r$/, '');
      if (!line.trim()) continue;
      const hit = findLinePlaceholder(line);
      if (hit) {
        findings.push({ code: 'placeholder', message: `Template placeholder left: ${hit.text}`, line: firstLine + i });
      }
    }
  };
  // The frontmatter is masked as a block; its values can hold placeholders too (`created: YYYY-MM-DD`).
  if (fm && !fm.error) {
    const yaml = doc.text.slice(fm.contentStart, fm.contentEnd).replace(/(^|\s)#.*$/gm, '$1');
    scan(yaml, doc.lines.lineOf(fm.contentStart));
  }
  const bodyStart = fm ? fm.end : 0;
  scan(masked.slice(bodyStart), doc.lines.lineOf(bodyStart));
  return findings;
}

function untimedStepFindings(steps: readonly Step[]): HealthFinding[] {
  const findings: HealthFinding[] = [];
  for (const step of steps) {
    if (!step.done) continue;
    if (step.timestampRaw === null) {
      findings.push({ code: 'untimed-step', message: `Done step without a timestamp: ${step.text}`, line: step.line });
    } else if (step.timestamp === null) {
      findings.push({ code: 'untimed-step', message: `Unreadable timestamp ${step.timestampRaw}: ${step.text}`, line: step.line });
    }
  }
  return findings;
}
