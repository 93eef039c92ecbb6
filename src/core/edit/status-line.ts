import type { PlanDocument } from '../markdown';
import { statusLineOf } from '../rules/edit-targets';
import { edited, failed, type EditResult } from './result';

/**
 * Replaces the value of the plan's body status line — the one the read side reports
 * (`Status: x`, `- Status: x`, `**Status**: x`, `**Status:** x`, `Status:: x`, a
 * `| Status | x |` row; outside code, comments and log sections) — leaving the label, its
 * emphasis and the rest of the line as written. When the note has no status line the plugin
 * writes the status to the frontmatter instead, so this reports 'no-status-line'.
 */
export function planSetStatusLine(doc: PlanDocument, value: string): EditResult {
  const next = value.trim();
  if (next === '') return failed('empty-text', 'The new status is empty.');
  if (/[\r\n]/.test(next)) return failed('invalid-value', 'A status must fit on one line.');
  const found = statusLineOf(doc);
  if (!found) return failed('no-status-line', 'This plan has no "Status:" line in its text.');
  if (found.value === next) return edited([], `The status is already "${next}".`);
  // `Status:` with nothing after it: the value needs a space after the label.
  const glued = found.value === '' && !/[ \t]/.test(doc.text.charAt(found.valueStart - 1));
  return edited(
    [{ offset: found.valueStart, deleteCount: found.valueEnd - found.valueStart, insert: glued ? ` ${next}` : next }],
    `Set the status line to "${next}".`,
  );
}
