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
  return withoutOpenConstructs(lines);
}

const FENCE_LINE = /^[ \t]*(?:`{3,}|~{3,})/;

/**
 * The lines with every construct that would hide the text after the entry made literal:
 * a `%%` that nothing in the same text closes (Obsidian hides everything up to the next `%%`,
 * the rest of the note), an `<!--` with no `-->` after it, and a code fence that no second fence
 * line closes. Written with a backslash escape, so Obsidian shows the characters as typed:
 * `%\%`, `<\!--`, `` \``` ``. Balanced ones are the user's own comment or code and stay.
 */
function withoutOpenConstructs(lines: string[]): string[] {
  const joined = lines.join('\n');
  const comments = joined.split('%%').length - 1;
  const fences = lines.filter((line) => FENCE_LINE.test(line)).length;
  const openHtml = joined.lastIndexOf('<!--') > joined.lastIndexOf('-->');
  if (comments % 2 === 0 && fences % 2 === 0 && !openHtml) return lines;
  return lines.map((line) => {
    let out = line;
    // Every `%` right after another one gets a backslash, so no `%%` is left in the source.
    if (comments % 2 === 1) out = out.replace(/%(?=%)/g, '%\\');
    if (openHtml) out = out.replace(/<!--/g, '<\\!--');
    if (fences % 2 === 1 && FENCE_LINE.test(out)) out = out.replace(/^([ \t]*)/, '$1\\');
    return out;
  });
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
