/**
 * User-typed entry text as lines. Line breaks the user typed are kept (a multi-line entry
 * stays multi-line), but trailing spaces are dropped so they never turn into accidental
 * Markdown hard breaks, and runs of blank lines collapse to one so an entry cannot swallow
 * the structure around it.
 */
export function textLines(text: string | undefined): string[] {
  if (text === undefined) return [];
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[ \t]+$/, '');
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  // Leading indentation on the first line would change what the line means (code, nesting).
  if (lines[0] !== undefined) lines[0] = lines[0].replace(/^[ \t]+/, '');
  return lines;
}

/** The same lines without blank ones, for shapes where a blank line would end the entry. */
export function withoutBlankLines(lines: readonly string[]): string[] {
  return lines.filter((line) => line.trim() !== '');
}

/** Text for one table cell: pipes escaped, line breaks as `<br>`. */
export function tableCell(lines: readonly string[]): string {
  return withoutBlankLines(lines)
    .map((line) => line.trim().replace(/\\?\|/g, '\\|'))
    .join('<br>');
}
