/**
 * Escapes the first character of a line that is written at the start of a line outside a
 * list item (paragraph entries, sub-heading bodies) when Markdown would otherwise read it as
 * a new block: a line of user text such as `# Notes` must not become a heading that closes
 * the section, nor `---` turn the paragraph above it into one.
 */
const BLOCK_START =
  /^(?:#{1,6}(?:[ \t]|$)|[-*+](?:[ \t]|$)|>|`{3,}|~{3,}|<|(?:[-=_*][ \t]*){3,}$|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$)/;

export function guardLine(line: string): string {
  const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(line);
  if (ordered) return `${ordered[1] ?? ''}\\${line.slice((ordered[1] ?? '').length)}`;
  if (BLOCK_START.test(line)) return `\\${line}`;
  return line;
}
