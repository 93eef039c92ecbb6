/**
 * Line bookkeeping over a note's exact text. Lines are 1-based; a line's text excludes its
 * line ending (`\n` or `\r\n`), so CRLF notes round-trip without losing their `\r`.
 */
export class LineIndex {
  /** Offset where each line starts; starts[0] is line 1. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** 1-based line holding `offset` (an offset at the very end belongs to the last line). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  startOf(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** Offset just past the line's content, before its line ending. */
  endOf(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    return this.text.charAt(next - 2) === '\r' ? next - 2 : next - 1;
  }

  /** Offset just past the line's line ending (the next line's start), or the text end. */
  endWithEol(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  textOf(line: number): string {
    return this.text.slice(this.startOf(line), this.endOf(line));
  }

  /** 0-based column of an offset, as Obsidian's editor counts it. */
  columnOf(offset: number): number {
    return offset - this.startOf(this.lineOf(offset));
  }
}

/** Runs of spaces by length, made once (see blankOut). */
const SPACES: string[] = new Array<string>(129);

function spaces(n: number): string {
  return (SPACES[n] ??= ' '.repeat(n));
}

/**
 * `text` with every character but line breaks turned into a space: same length, same lines, so
 * offsets into it are offsets into `text`. A loop, not `replace(/[^\r\n]/g, ' ')`, which makes
 * one match per character (0.2 s for a 1 MB frontmatter).
 */
export function blankOut(text: string): string {
  // Most quiet text is one short line (an inline comment, a one-line HTML block): its blanks
  // are shared rather than made again for each of a dense note's thousands.
  if (text.length < SPACES.length && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return spaces(text.length);
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) {
      run++;
      continue;
    }
    if (run > 0) out += ' '.repeat(run);
    run = 0;
    out += c === 0x0a ? '\n' : '\r';
  }
  return run > 0 ? out + ' '.repeat(run) : out;
}

/** Applies splices (any order, non-overlapping) to a text. */
export function applySplices(text: string, splices: readonly { offset: number; deleteCount: number; insert: string }[]): string {
  const ordered = [...splices].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const s of ordered) out = out.slice(0, s.offset) + s.insert + out.slice(s.offset + s.deleteCount);
  return out;
}
