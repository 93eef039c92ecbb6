/**
 * Link reference definitions (`[label]: destination "title"`) at the start of a paragraph, as
 * micromark reads them with the engine's constructs (no character escapes or references are
 * decoded, so label, url and title are source text). The block scanner (block-scan.ts) asks
 * for them when a paragraph closes; the lines it passes are the paragraph's, each without its
 * container prefixes.
 */
export interface Definition {
  start: number;
  end: number;
  label: string;
  url: string;
  title: string | null;
  /** Index of the first line after the definition. */
  next: number;
}

type Lines = readonly (readonly [number, number, number?])[];

const SPACE = 32;
const TAB = 9;
/** Stands for the line ending between two of the paragraph's lines. */
const EOL = 10;
const END = -1;

/** A reader over the paragraph's lines, with line endings as EOL. */
class Reader {
  line: number;
  at: number;
  constructor(
    private readonly text: string,
    private readonly lines: Lines,
    line: number,
  ) {
    this.line = line;
    this.at = (lines[line] as readonly [number, number])[0];
  }

  code(): number {
    const line = this.lines[this.line];
    if (!line) return END;
    if (this.at < line[1]) return this.text.charCodeAt(this.at);
    return this.line + 1 < this.lines.length ? EOL : END;
  }

  next(): void {
    const line = this.lines[this.line] as readonly [number, number];
    if (this.at < line[1]) this.at++;
    else if (this.line + 1 < this.lines.length) {
      this.line++;
      this.at = (this.lines[this.line] as readonly [number, number])[0];
    }
  }

  mark(): [number, number] {
    return [this.line, this.at];
  }

  reset([line, at]: [number, number]): void {
    this.line = line;
    this.at = at;
  }

  blanks(): void {
    while (this.code() === SPACE || this.code() === TAB) this.next();
  }

  /** Blanks with at most one line ending among them; false when none were there. */
  whitespace(): boolean {
    const start = this.mark();
    this.blanks();
    if (this.code() === EOL) {
      this.next();
      this.blanks();
    }
    return start[0] !== this.line || start[1] !== this.at;
  }

  slice(from: [number, number], to: [number, number]): string {
    let out = '';
    for (let line = from[0]; line <= to[0]; line++) {
      const [s, e] = this.lines[line] as readonly [number, number];
      if (line > from[0]) out += '\n';
      out += this.text.slice(line === from[0] ? from[1] : s, line === to[0] ? to[1] : e);
    }
    return out;
  }
}

/** The definitions that open a paragraph, in order. */
export function readDefinitions(text: string, lines: Lines): Definition[] {
  const found: Definition[] = [];
  let line = 0;
  while (line < lines.length) {
    const definition = readOne(new Reader(text, lines, line));
    if (!definition) break;
    found.push(definition);
    line = definition.next;
  }
  return found;
}

function readOne(r: Reader): Definition | null {
  const start = r.at;
  if (r.code() !== 91) return null;
  r.next();
  const labelStart = r.mark();
  let size = 0;
  let content = false;
  for (;;) {
    const c = r.code();
    if (c === END || c === 91 || size > 999) return null;
    if (c === 93) break;
    if (c !== SPACE && c !== TAB && c !== EOL) content = true;
    r.next();
    size++;
    if (c === 92 && (r.code() === 91 || r.code() === 92 || r.code() === 93)) {
      r.next();
      size++;
    }
  }
  if (!content) return null;
  const label = r.slice(labelStart, r.mark());
  r.next();
  if (r.code() !== 58) return null;
  r.next();
  r.whitespace();
  const url = destination(r);
  if (url === null) return null;
  const afterUrl = r.mark();
  let title: string | null = null;
  // The definition ends after the blanks that close its line.
  let end = r.at;
  if (r.whitespace()) {
    const t = titleOf(r);
    if (t !== null) {
      r.blanks();
      if (r.code() === EOL || r.code() === END) {
        title = t;
        end = r.at;
      }
    }
  }
  if (title === null) {
    r.reset(afterUrl);
    r.blanks();
    if (r.code() !== EOL && r.code() !== END) return null;
    end = r.at;
  }
  const next = r.line + 1;
  return { start, end, label, url, title, next };
}

function destination(r: Reader): string | null {
  if (r.code() === 60) {
    r.next();
    const from = r.mark();
    for (;;) {
      const c = r.code();
      if (c === END || c === EOL || c === 60) return null;
      if (c === 62) break;
      r.next();
      if (c === 92 && (r.code() === 60 || r.code() === 62 || r.code() === 92)) r.next();
    }
    const url = r.slice(from, r.mark());
    r.next();
    return url;
  }
  const from = r.mark();
  let depth = 0;
  for (;;) {
    const c = r.code();
    if (c === END || c === EOL || c === SPACE || c === TAB || c < 32 || c === 127) break;
    if (c === 40) depth++;
    if (c === 41) {
      if (depth === 0) break;
      depth--;
    }
    r.next();
    if (c === 92 && (r.code() === 40 || r.code() === 41 || r.code() === 92)) r.next();
  }
  if (depth !== 0) return null;
  const url = r.slice(from, r.mark());
  return url === '' ? null : url;
}

function titleOf(r: Reader): string | null {
  const open = r.code();
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return null;
  r.next();
  const from = r.mark();
  // A paragraph holds no blank line, so a title may run over any of its lines.
  for (;;) {
    const c = r.code();
    if (c === END) return null;
    if (c === close) break;
    if (open === 40 && c === 40) return null;
    r.next();
    if (c === 92 && (r.code() === close || r.code() === 92)) r.next();
  }
  const title = r.slice(from, r.mark());
  r.next();
  return title;
}
