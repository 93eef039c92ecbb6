/**
 * HTML blocks (CommonMark's seven kinds) and Obsidian's `%%` comment blocks, for the block
 * scanner (block-scan.ts): which kind a line opens, and whether a line ends it. Kind 0 is the
 * `%%` comment, which the scanner opens itself.
 */

/** The HTML block kind the line opens at `at` (1–7), or null; kind 7 cannot interrupt a paragraph. */
export function htmlBlockKind(text: string, at: number, lineEnd: number, interrupting: boolean): number | null {
  if (text.startsWith('<!--', at)) return 2;
  const next = at + 1 < lineEnd ? text.charCodeAt(at + 1) : -1;
  // Every kind starts `<` then a letter, `/`, `!` or `?`.
  if (!(next === 47 || next === 33 || next === 63 || ((next | 32) >= 97 && (next | 32) <= 122))) return null;
  const rest = text.slice(at, Math.min(lineEnd, at + 64));
  if (/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(rest)) return 1;
  if (rest.startsWith('<?')) return 3;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (rest.startsWith('<![CDATA[')) return 5;
  const block = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t>]|\/>|$)/.exec(rest);
  if (block && BLOCK_TAGS.has((block[1] as string).toLowerCase())) return 6;
  // Kind 7: a whole open or closing tag alone on the line.
  if (!interrupting && TAG_LINE.test(text.slice(at, lineEnd))) return 7;
  return null;
}

/**
 * Whether `line` (from where the block's text starts on it) ends a block of `kind`: kinds 0–5
 * end with a marker (on their first line, past the opening one); kinds 6 and 7 at a blank line,
 * which the scanner sees itself.
 */
export function htmlBlockEnds(kind: number | undefined, line: string, first = false): boolean {
  switch (kind) {
    case 0:
      return first ? line.indexOf('%%', 2) >= 0 : line.includes('%%');
    case 1:
      return /<\/(?:script|pre|style|textarea)>/i.test(line);
    case 2:
      return first ? line.indexOf('-->', 2) >= 0 : line.includes('-->');
    case 3:
      return line.includes('?>');
    case 4:
      return line.includes('>');
    case 5:
      return line.includes(']]>');
    default:
      return false;
  }
}

const BLOCK_TAGS = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details ' +
  'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html ' +
  'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table ' +
  'tbody td tfoot th thead title tr track ul').split(' '));

const ATTRIBUTE = String.raw`[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^"'=<>\x60 \t]+|'[^']*'|"[^"]*"))?`;
const TAG_LINE = new RegExp(String.raw`^(?:<([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*[ \t]*\/?>|<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>)[ \t]*$`);
