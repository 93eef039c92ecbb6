/**
 * The few inline facts the engine needs, read from source text. The note is parsed for its
 * blocks only (inline constructs are switched off in markdown.ts: they are most of micromark's
 * time and the engine works from offsets, never from rendered inline text).
 */

/** `**Decision:** …` / `__2025-01-10__: …`: the block opens with strong emphasis. */
export function opensWithStrong(source: string): boolean {
  return /^(\*\*|__)(?![\s*_])[\s\S]*?[^\s\\]\1/.test(source);
}

/** Code spans (`` `x` ``) and inline `<!-- comments -->` inside `[start, end)` of `text`. */
export function inlineQuietRanges(text: string, start: number, end: number): { code: [number, number][]; comments: [number, number][] } {
  const code: [number, number][] = [];
  const comments: [number, number][] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)|<!--[\s\S]*?-->/g)) {
    (m[0].startsWith('`') ? code : comments).push([start + m.index, start + m.index + m[0].length]);
  }
  return { code, comments };
}

/** Text without its `%%` comments (and the blanks before each), which Obsidian does not show. */
export function withoutComments(text: string): string {
  return text.includes('%%') ? text.replace(/[ \t]*%%[\s\S]*?(?:%%|$)/g, '') : text;
}
