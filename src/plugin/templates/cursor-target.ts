import { parseDocument } from '../../core/markdown';

/**
 * Where writing starts in a new plan that has no `{{cursor}}`: the first section without
 * sub-sections whose body is blank. The cursor goes on the blank line under its heading, or
 * at the end of the heading line when there is none. Without such a section: the note's end.
 */
export function firstEmptySectionOffset(text: string): number {
  const doc = parseDocument(text);
  for (const section of doc.sections) {
    if (section.bodyEnd !== section.end) continue;
    const body = text.slice(section.contentStart, section.bodyEnd);
    if (body.trim() !== '') continue;
    if (/^\r?\n/.test(body) || (section.contentStart === text.length && endsWithNewline(text))) {
      return section.contentStart;
    }
    return lineEndBefore(text, section.contentStart);
  }
  return text.length;
}

function endsWithNewline(text: string): boolean {
  return text.endsWith('\n');
}

/** The offset `offset` is at with the line ending just before it stepped over. */
function lineEndBefore(text: string, offset: number): number {
  let end = offset;
  if (text.charAt(end - 1) === '\n') end--;
  if (text.charAt(end - 1) === '\r') end--;
  return end;
}
