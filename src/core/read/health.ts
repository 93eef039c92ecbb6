import type { PlanDocument } from '../markdown';
import { summaryOf } from '../rules/document';
import type { HealthFinding } from '../types';

/**
 * What a reviewer would flag in a plan, in this order: malformed frontmatter, no usable status,
 * missing living sections (whole-note findings; a journal is not expected to keep a Decision
 * Log), then placeholders and unstamped done steps by line. The rules decide them
 * (rules/plan-summary.ts); this is the summary's health of a parsed note.
 */
export function readHealth(doc: PlanDocument): HealthFinding[] {
  return summaryOf(doc).health;
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
