/**
 * Where lines end in a note's text (`\n`, `\r\n`, or a lone `\r` as CommonMark reads it), found
 * with the engine's native string search rather than a loop over every character: the block
 * scanner and the nesting cap ask for every line's end, and a character loop was a sixth of a
 * plan's parse.
 *
 * A `\r` is searched for once and remembered until a line past it is asked for, so a note with
 * no `\r`, or only a few, is not searched to its end for every line.
 */
export class LineEnds {
  private readonly length: number;
  /** The next `\r` at or after `crFrom` (the text's length: none). */
  private crAt = -1;
  private crFrom = 0;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  /** The end of the line that starts at `start` (before its line ending), or the text's length. */
  endOf(start: number): number {
    let lf = this.text.indexOf('\n', start);
    if (lf < 0) lf = this.length;
    if (this.crAt < 0 || start < this.crFrom || start > this.crAt) this.findCr(start);
    return lf < this.crAt ? lf : this.crAt;
  }

  /**
   * A method of its own: with both searches in `endOf`, V8's optimised code for a loop over a
   * note's lines ran 50 times slower than unoptimised (1 MB of frontmatter: 270 ms, not 5).
   */
  private findCr(start: number): void {
    const cr = this.text.indexOf('\r', start);
    this.crAt = cr < 0 ? this.length : cr;
    this.crFrom = start;
  }

  /** Where the line after the one that starts at `start` begins (the text's length after the last). */
  nextStart(start: number): number {
    const end = this.endOf(start);
    if (end >= this.length) return end;
    return this.text.charCodeAt(end) === 13 && this.text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}
