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
  // Line by line without splitting the note into an array of lines (a dense note has 100,000).
  const scan = (text: string, firstLine: number): void => {
    for (let at = 0, i = 0; at <= text.length; i++) {
      const lf = text.indexOf('\n', at);
      const end = lf < 0 ? text.length : lf;
      const line = text.slice(at, text.charCodeAt(end - 1) === 0x0d && end > at ? end - 1 : end);
      at = end + 1;
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
