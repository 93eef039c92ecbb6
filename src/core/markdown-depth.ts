import { LineEnds } from './line-ends';

/**
 * Caps how deep containers (block quotes, list items) nest, for the parser only.
 *
 * micromark's cost and the depth of the tree it builds grow with nesting: `- - - … x` or `>>>…`
 * thousands deep on one line, or a list indented one level further on every line, takes
 * seconds to minutes and then overflows the stack (here and in every recursive walk of the
 * tree). No plan nests that deep, so, as other CommonMark implementations do, markers past a
 * depth are read as text: the first marker past the cap gets its first character replaced by a
 * letter, which makes it and the rest of the line plain text in the deepest allowed container.
 *
 * The replacement keeps the length, so every offset in the tree is still an offset into the
 * note, and only the parser sees it: the engine reads and splices the note's own text.
 *
 * The depth of a line is bounded without tracking containers across lines: every level a line
 * opens or continues needs a `>` or a list marker on that line, or at least two columns of
 * indentation before its content. So `markers + floor(columns of whitespace / 2)` over the
 * line's container prefix is at least its real depth, and a line whose bound passes the cap has
 * its next marker neutralised. Ordinary notes (a few levels) never come near it. The same goes
 * for a blank past `MAX_PREFIX_COLUMNS`.
 */
export const MAX_NESTING = 32;

/**
 * Columns of container prefix a line may have. micromark measures a line's indentation again
 * for every container and construct it tries, so a line indented thousands of columns costs
 * thousands of steps many times over; past this column (twice what 32 levels of 2-column items
 * need) the blank is replaced too, and the rest of the line is text where it stands.
 */
export const MAX_PREFIX_COLUMNS = 4 * MAX_NESTING;

const NEUTRAL = 'x';

/** The text with markers nested deeper than `max` made plain text; the same string when none are. */
export function capNesting(text: string, max = MAX_NESTING): string {
  let cuts: number[] | null = null;
  let i = 0;
  const n = text.length;
  const ends = new LineEnds(text);
  while (i < n) {
    let markers = 0;
    let columns = 0;
    // Walk the line's container prefix: whitespace, `>`, bullets and ordered markers.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) {
        columns += c === 0x20 ? 1 : 4;
        if (columns > MAX_PREFIX_COLUMNS) {
          (cuts ??= []).push(i);
          break;
        }
        i++;
        continue;
      }
      const width = markerWidth(text, i);
      if (width === 0) break;
      if (markers + 1 + (columns >> 1) > max) {
        (cuts ??= []).push(i);
        break;
      }
      markers++;
      i += width;
    }
    // On to the next line.
    i = ends.nextStart(i);
    if (i >= n) break;
  }
  if (!cuts) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    parts.push(text.slice(from, at), NEUTRAL);
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Length of a container marker at `i` (`>`, `-`/`*`/`+` or `1.`/`1)` before a space or line end), else 0. */
function markerWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x3e /* > */) return 1;
  if (c === 0x2d || c === 0x2a || c === 0x2b) return endsMarker(text.charCodeAt(i + 1)) ? 1 : 0;
  let j = i;
  while (j - i < 9 && isDigit(text.charCodeAt(j))) j++;
  if (j === i) return 0;
  const delimiter = text.charCodeAt(j);
  if (delimiter !== 0x2e && delimiter !== 0x29) return 0;
  return endsMarker(text.charCodeAt(j + 1)) ? j + 1 - i : 0;
}

function endsMarker(c: number): boolean {
  // NaN at the end of the text.
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
