/**
 * User-perceived characters (grapheme clusters), close enough for cutting names and lining up
 * columns: a base character with its combining marks, variation selectors, emoji modifiers and
 * tags, ZWJ emoji sequences, and flag pairs stay together. No Intl.Segmenter, so the result
 * is the same on every platform Obsidian and Node run on.
 */

const MARK = /^\p{M}$/u;

/** Joins the character before it: a combining mark, ZWJ, a variation selector, a skin tone, a tag. */
function extendsPrevious(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    MARK.test(ch)
  );
}

/** Regional indicator letters: two make a flag. */
function isRegional(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

export function graphemes(text: string): string[] {
  const clusters: string[] = [];
  let current = '';
  let afterZwj = false;
  let flagHalf = false;
  for (const ch of text) {
    const joins = current !== '' && (extendsPrevious(ch) || afterZwj || (flagHalf && isRegional(ch)));
    if (joins) {
      current += ch;
      flagHalf = false;
    } else {
      if (current) clusters.push(current);
      current = ch;
      flagHalf = isRegional(ch);
    }
    afterZwj = ch === '\u200D';
  }
  if (current) clusters.push(current);
  return clusters;
}

/** Bytes of UTF-8, counted by hand: TextEncoder is missing in some of the engine's hosts (jsdom). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The longest prefix of whole graphemes at most `maxLength` UTF-16 units and `maxBytes`
 * bytes of UTF-8 long: never half a surrogate pair, an accent without its letter or part of
 * an emoji sequence.
 */
export function cutToFit(text: string, maxLength: number, maxBytes: number): string {
  if (text.length <= maxLength && utf8Length(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const cluster of graphemes(text)) {
    const size = utf8Length(cluster);
    if (out.length + cluster.length > maxLength || bytes + size > maxBytes) break;
    out += cluster;
    bytes += size;
  }
  return out;
}
