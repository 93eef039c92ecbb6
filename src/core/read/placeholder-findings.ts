import type { PlanDocument } from '../markdown';
import type { HealthFinding } from '../types';
import { findLinePlaceholder } from './placeholders';
import { maskedText } from './regions';

/**
 * Template placeholders left in a note, one finding a line, outside code blocks and comments
 * (the frontmatter's values are read too: `created: YYYY-MM-DD`). The rules add them to the
 * summary's health (rules/plan-summary.ts).
 */
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
