import type { PlanDocument } from '../markdown';
import { frontmatterData, textValue } from './frontmatter-data';
import { isPlaceholderOnly } from './placeholders';

/**
 * A plan's display title: the `title` property, else the first H1, else the file name, else
 * "Untitled". A title still reading `<Short, action-oriented title>` is skipped: the file name
 * tells plans made from one template apart, the placeholder does not.
 */
export function readTitle(doc: PlanDocument): string {
  const candidates = [
    textValue(frontmatterData(doc), 'title'),
    doc.headings.find((h) => h.level === 1 && h.text !== '')?.text ?? null,
    doc.fileName,
  ];
  for (const candidate of candidates) {
    const title = candidate?.trim();
    if (title && !isPlaceholderOnly(title)) return title;
  }
  return 'Untitled';
}
