import { graphemes } from '../core/graphemes';

/**
 * How many terminal columns text takes: East Asian wide and fullwidth characters and emoji
 * take two, combining marks and other zero-width characters none, everything else one.
 * Own code over Unicode ranges (East Asian Width W/F) instead of a dependency.
 */

const EMOJI = /^\p{Emoji_Presentation}/u;
const ZERO = /^[\p{M}\p{Cc}\p{Cf}]/u;
const REGIONAL_PAIR = /^[\u{1F1E6}-\u{1F1FF}]{2}/u;

// East_Asian_Width W and F (Unicode 15), merged where adjacent; emoji come from the property above.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x16ff0, 0x16ff1],
  [0x17000, 0x18cd5], [0x18d00, 0x18d08], [0x1aff0, 0x1b2fb], [0x1f200, 0x1f251],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [from, to] of WIDE) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

function clusterWidth(cluster: string): number {
  const code = cluster.codePointAt(0) ?? 0;
  if (cluster.includes('\uFE0F') || EMOJI.test(cluster) || REGIONAL_PAIR.test(cluster)) return 2;
  if (isWide(code)) return 2;
  if (ZERO.test(cluster)) return 0;
  return 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const cluster of graphemes(text)) width += clusterWidth(cluster);
  return width;
}

/** padEnd by columns rather than UTF-16 units. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
