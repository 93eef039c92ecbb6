import type { PlanDocument } from '../markdown';
import { normaliseStatus } from '../status';
import type { StatusKind } from '../types';
import { frontmatterData, textValue } from './frontmatter-data';
import { statusLineOf } from '../rules/edit-targets';

export interface StatusInfo {
  /** The status as written (a placeholder or unknown word is kept), or null when there is none. */
  raw: string | null;
  /** Canonical status; null when missing, a placeholder such as `<Proposed | Complete>`, or unknown. */
  canonical: StatusKind | null;
  source: 'frontmatter' | 'body' | null;
  /** 1-based line of the status (the property's line for frontmatter), or null. */
  line: number | null;
  /**
   * Offsets of the value as written. In the body: the text after `Status:`. In frontmatter:
   * the one-line YAML scalar including any quotes; null when the value is not on the key's line.
   */
  valueStart: number | null;
  valueEnd: number | null;
}

const NO_STATUS: StatusInfo = { raw: null, canonical: null, source: null, line: null, valueStart: null, valueEnd: null };

/**
 * A plan's status: the `status` property first (any key case), else a metadata line in the body
 * (`Status: …`, `- **Status:** …`, `Status:: …`, …) outside code, comments and log sections.
 * An empty property falls through to the body; an empty body line is still reported so an edit
 * can fill it in.
 */
export function readStatus(doc: PlanDocument): StatusInfo {
  const property = textValue(frontmatterData(doc), 'status');
  if (property !== null && property.trim()) {
    const raw = property.trim();
    return { raw, canonical: normaliseStatus(raw), source: 'frontmatter', ...propertySpan(doc, 'status') };
  }
  // The body line the reading rules report (rules/edit-targets.ts), so edits change what is shown.
  const line = statusLineOf(doc);
  if (!line) return NO_STATUS;
  return {
    raw: line.value,
    canonical: normaliseStatus(line.value),
    source: 'body',
    line: doc.lines.lineOf(line.valueStart),
    valueStart: line.valueStart,
    valueEnd: line.valueEnd,
  };
}

/** Where a top-level property's one-line value sits in the frontmatter. */
export function propertySpan(
  doc: PlanDocument,
  key: string,
): { line: number | null; valueStart: number | null; valueEnd: number | null } {
  const fm = doc.frontmatter;
  if (!fm) return { line: null, valueStart: null, valueEnd: null };
  const regex = new RegExp(String.raw`^(["']?)${key}\1[ \t]*:[ \t]*([^\r\n]*)$`, 'gim');
  const yaml = fm.yaml;
  const m = regex.exec(yaml);
  if (!m) return { line: null, valueStart: null, valueEnd: null };
  const keyOffset = fm.contentStart + m.index;
  const line = doc.lines.lineOf(keyOffset);
  let value = m[2] ?? '';
  if (!/^["']/.test(value)) {
    const comment = value.search(/(^|[ \t])#/);
    if (comment >= 0) value = value.slice(0, comment);
  }
  value = value.trimEnd();
  if (!value || /^[|>]/.test(value)) return { line, valueStart: null, valueEnd: null };
  const valueStart = keyOffset + m[0].length - (m[2] ?? '').length;
  return { line, valueStart, valueEnd: valueStart + value.length };
}
