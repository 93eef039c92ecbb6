import type { PlanDocument } from '../markdown';
import { readLeadingStamp } from '../timestamps';
import { isBlankLine } from './document-scan';

/** How a stamp is wrapped where it is written: `(ts)`, `[ts]` or bare `ts`. */
export type StampWrap = 'paren' | 'bracket' | 'bare';

export interface StampStyle {
  wrap: StampWrap;
  /** What separates the stamp from the text after it: ' ', ': ', ' - ', … */
  after: string;
}

export const DEFAULT_STAMP_STYLE: StampStyle = { wrap: 'paren', after: ' ' };

/** The wrap a stamp opening with `open` has: `(` paren, `[` bracket, anything else bare. */
export function wrapOf(open: string | undefined): StampWrap {
  return open === '(' ? 'paren' : open === '[' ? 'bracket' : 'bare';
}

export function wrapStamp(stamp: string, style: StampStyle): string {
  if (style.wrap === 'paren') return `(${stamp})`;
  if (style.wrap === 'bracket') return `[${stamp}]`;
  return stamp;
}

/** A stamp at the start of `text`, with how it is wrapped and separated from what follows. */
export function leadingStampStyle(text: string): { style: StampStyle; length: number } | null {
  const stamp = readLeadingStamp(text);
  if (!stamp || !stamp.date) return null;
  const raw = stamp.raw.replace(/\s+$/, '');
  const wrap = wrapOf(raw.charAt(0));
  const rest = text.slice(raw.length);
  const sep = /^[ \t]*(?:[:\-–—|][ \t]*)?/.exec(rest)?.[0] ?? '';
  // At the end of the text there is nothing to separate; a bare stamp needs at least a space.
  const after = rest.length === sep.length || sep === '' ? ' ' : sep;
  return { style: { wrap, after }, length: raw.length + sep.length };
}

/** The first line of a list item as written: marker, spacing, checkbox and leading stamp. */
export interface ItemLine {
  /** 1-based line of the item's marker. */
  line: number;
  /** Whitespace between the line start and the marker ('' when the line has other prefixes). */
  indent: string;
  /** `-`, `*`, `+` for bullets, null for ordered items. */
  bullet: string | null;
  number: number | null;
  delimiter: '.' | ')' | null;
  /** Whitespace after the marker (normalised to one space when it would make code). */
  gap: string;
  checkbox: { char: string; offset: number } | null;
  stamp: StampStyle | null;
  /** Item text on its first line after marker, checkbox and stamp. */
  text: string;
}

const MARKER = /^(?:([-*+])|(\d{1,9})([.)]))([ \t]+|(?=\r?\n|$))/;
const CHECKBOX = /^\[([^\]\r\n])\](?=[ \t]|\r?\n|$)[ \t]*/;

/** The first line of list item `item` (its id in the document's tree). */
export function readItemLine(doc: PlanDocument, item: number): ItemLine | null {
  const start = doc.tree.start(item);
  const { lines, text } = doc;
  const line = lines.lineOf(start);
  const lineStart = lines.startOf(line);
  const lineText = text.slice(start, lines.endOf(line));
  const m = MARKER.exec(lineText);
  if (!m) return null;
  const before = text.slice(lineStart, start);
  const rawGap = m[4] ?? '';
  let rest = lineText.slice(m[0].length);
  let checkbox: ItemLine['checkbox'] = null;
  const box = CHECKBOX.exec(rest);
  if (box) {
    checkbox = { char: box[1] ?? ' ', offset: start + m[0].length + 1 };
    rest = rest.slice(box[0].length);
  }
  const stamp = leadingStampStyle(rest);
  return {
    line,
    indent: isBlankLine(before) ? before : '',
    bullet: m[1] ?? null,
    number: m[2] === undefined ? null : Number(m[2]),
    delimiter: m[3] === '.' || m[3] === ')' ? m[3] : null,
    gap: rawGap === '' || rawGap.replace(/\t/g, '    ').length > 4 ? ' ' : rawGap,
    checkbox,
    stamp: stamp ? stamp.style : null,
    text: stamp ? rest.slice(stamp.length) : rest,
  };
}

/** How new items of a list are written: the last item's marker, indentation and spacing. */
export interface ListShape {
  indent: string;
  bullet: string | null;
  number: number | null;
  delimiter: '.' | ')' | null;
  gap: string;
}

export const DEFAULT_LIST_SHAPE: ListShape = { indent: '', bullet: '-', number: null, delimiter: null, gap: ' ' };

/** The shape of the item that would follow `items` (numbers count on unless all are equal). */
export function nextItemShape(items: readonly ItemLine[]): ListShape {
  const last = items[items.length - 1];
  if (!last) return DEFAULT_LIST_SHAPE;
  let number = last.number;
  if (number !== null) {
    const previous = items[items.length - 2];
    // `1.` on every item is a deliberate style (Markdown numbers them); keep it.
    const repeated = previous !== undefined && previous.number === last.number;
    if (!repeated) number += 1;
  }
  return { indent: last.indent, bullet: last.bullet, number, delimiter: last.delimiter, gap: last.gap };
}

export function markerText(shape: ListShape): string {
  return shape.bullet ?? `${shape.number ?? 1}${shape.delimiter ?? '.'}`;
}

/** Indentation that puts a continuation line under the item's text. */
export function continuationIndent(shape: ListShape): string {
  return shape.indent + ' '.repeat(markerText(shape).length) + shape.gap;
}
