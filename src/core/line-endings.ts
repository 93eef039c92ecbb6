/**
 * Obsidian, like CommonMark, reads a lone CR (old Mac line endings) as a line break. The
 * engine's line-based readers work on LF, so a note's lone CRs are read as LF: the
 * replacement is one character for one, so every offset found in the read copy is an offset
 * into the note as it is on disk, and splices apply to the original bytes unchanged.
 */
export function withLfBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The note's line ending, from its first line break: LF (also for none), CRLF or a lone CR. */
export function detectEol(text: string): '\n' | '\r\n' | '\r' {
  const cr = text.indexOf('\r');
  const lf = text.indexOf('\n');
  if (cr < 0 || (lf >= 0 && lf < cr)) return '\n';
  return text.charAt(cr + 1) === '\n' ? '\r\n' : '\r';
}
