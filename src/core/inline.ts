/**
 * The few inline facts the engine needs, read from source text. The note is parsed for its
 * blocks only (inline constructs are switched off in markdown.ts: they are most of micromark's
 * time and the engine works from offsets, never from rendered inline text).
 */

/** `**Decision:** …` / `__2025-01-10__: …`: the block opens with strong emphasis. */
export function opensWithStrong(source: string): boolean {
  return /^(\*\*|__)(?![\s*_])[\s\S]*?[^\s\\]\1/.test(source);
}

/**
 * Code spans (`` `x` ``) and inline `<!-- comments -->` inside `[start, end)` of `text`.
 * A scan, not a regex: a backtracking pattern took seconds on a long run of backticks. As in
 * CommonMark, a run of backticks opens a span closed by the next run of the same length, and a
 * run that nothing closes is literal text.
 */
export function inlineQuietRanges(text: string, start: number, end: number): { code: readonly [number, number][]; comments: readonly [number, number][] } {
  // Searches stay inside the slice: an indexOf over the rest of the note, once per text node,
  // would be quadratic.
  const slice = text.slice(start, end);
  // Most text holds neither: no arrays for it (a dense note has 100,000 text nodes).
  if (slice.indexOf('`') < 0 && slice.indexOf('<!--') < 0) return { code: NONE, comments: NONE };
  const code: [number, number][] = [];
  const comments: [number, number][] = [];
  const runs = backtickRuns(slice);
  const next = nextRunOfSameLength(runs);
  let commentAt = slice.indexOf('<!--');
  let r = 0;
  let p = 0;
  while (p < slice.length) {
    while (r < runs.length && (runs[r]?.[0] ?? slice.length) < p) r++;
    const run = runs[r];
    if (commentAt >= 0 && commentAt < p) commentAt = slice.indexOf('<!--', p);
    if (commentAt >= 0 && (!run || commentAt < run[0])) {
      const close = slice.indexOf('-->', commentAt + 4);
      if (close < 0) {
        // Unclosed: no later `<!--` closes either.
        commentAt = -1;
        continue;
      }
      comments.push([start + commentAt, start + close + 3]);
      p = close + 3;
      continue;
    }
    if (!run) break;
    const closing = runs[next[r] ?? -1];
    if (closing) {
      code.push([start + run[0], start + closing[0] + closing[1]]);
      p = closing[0] + closing[1];
    } else {
      p = run[0] + run[1];
    }
    r++;
  }
  return { code, comments };
}

const NONE: readonly [number, number][] = [];

/** Maximal runs of backticks, as [offset, length]. */
function backtickRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 0x60) j++;
    runs.push([i, j - i]);
    i = j;
  }
  return runs;
}

/** For each run, the index of the next run of the same length (-1 when none): one pass from the end. */
function nextRunOfSameLength(runs: readonly [number, number][]): number[] {
  const next = new Array<number>(runs.length);
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]?.[1] ?? 0;
    next[i] = seen.get(length) ?? -1;
    seen.set(length, i);
  }
  return next;
}

/**
 * Text without its `%%` comments (and the blanks before each), which Obsidian does not show.
 * A scan, not a regex: `[ \t]*%%` retried at every blank of a long run of spaces.
 */
export function withoutComments(text: string): string {
  let open = text.indexOf('%%');
  if (open < 0) return text;
  const parts: string[] = [];
  let from = 0;
  while (open >= 0) {
    let cut = open;
    while (cut > from && (text.charCodeAt(cut - 1) === 0x20 || text.charCodeAt(cut - 1) === 0x09)) cut--;
    parts.push(text.slice(from, cut));
    const close = text.indexOf('%%', open + 2);
    from = close < 0 ? text.length : close + 2;
    open = from < text.length ? text.indexOf('%%', from) : -1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
