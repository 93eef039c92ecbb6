/**
 * User-perceived characters (grapheme clusters), close enough for cutting names and lining up
 * columns: a base character with its combining marks, variation selectors, emoji modifiers and
 * tags, ZWJ emoji sequences, and flag pairs stay together. No Intl.Segmenter, so the result
 * is the same on every platform Obsidian and Node run on.
 */

const EXTEND = /^[\p{M}\u200D\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]$/u;
const REGIONAL = /^[\u{1F1E6}-\u{1F1FF}]$/u;

export function graphemes(text: string): string[] {
  const clusters: string[] = [];
  let current = '';
  let afterZwj = false;
  let flagHalf = false;
  for (const ch of text) {
    const joins = current !== '' && (EXTEND.test(ch) || afterZwj || (flagHalf && REGIONAL.test(ch)));
    if (joins) {
      current += ch;
      flagHalf = false;
    } else {
      if (current) clusters.push(current);
      current = ch;
      flagHalf = REGIONAL.test(ch);
    }
    afterZwj = ch === '\u200D';
  }
  if (current) clusters.push(current);
  return clusters;
}

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
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
