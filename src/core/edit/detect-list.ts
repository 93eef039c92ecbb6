import type { PlanDocument } from '../markdown';
import type { EntryKind } from '../types';
import type { Block } from './document-scan';
import { type DetectedStyle, type EntryPart, listStyle } from './entry-style';
import { type FieldRole, type LabelStyle, readFieldLine, roleOfLabel } from './fields';
import { DEFAULT_STAMP_STYLE, type ItemLine, nextItemShape, readItemLine, type StampStyle } from './list-item';

interface Span {
  start: number;
  end: number;
}

interface ItemInfo {
  item: number;
  line: ItemLine;
  start: number;
  end: number;
  /** The label the item's text starts with, and what it stands for. */
  label: { label: string; role: FieldRole; style: LabelStyle } | null;
}

function itemInfos(doc: PlanDocument, kind: EntryKind, list: number): ItemInfo[] {
  const infos: ItemInfo[] = [];
  const tree = doc.tree;
  for (let item = tree.firstChild(list); item >= 0; item = tree.nextSibling(item)) {
    const line = readItemLine(doc, item);
    const start = tree.start(item);
    const end = tree.end(item);
    if (!line) continue;
    const field = readFieldLine(line.text);
    const label = field && !field.marker
      ? { label: field.label, role: roleOfLabel(kind, field.label), style: field.labelStyle }
      : null;
    infos.push({ item, line, start, end, label });
  }
  return infos;
}

/** Labelled lines inside an item after its first line: `  Rationale: …` or `  - Rationale: …`. */
function fieldLinesOf(doc: PlanDocument, kind: EntryKind, info: ItemInfo): {
  parts: EntryPart[];
  nested: string | null;
  continuation: boolean;
  labelStyle: LabelStyle | null;
} {
  const { lines } = doc;
  const parts: EntryPart[] = [];
  let nested: string | null = null;
  let continuation = false;
  let labelStyle: LabelStyle | null = null;
  const last = lines.lineOf(Math.max(info.start, info.end - 1));
  for (let n = info.line.line + 1; n <= last; n++) {
    const field = readFieldLine(lines.textOf(n));
    if (!field) continue;
    const role = roleOfLabel(kind, field.label);
    if (role === 'other') continue;
    parts.push({ role, label: field.label });
    labelStyle ??= field.labelStyle;
    if (field.marker) nested ??= `${field.marker.trim()} `;
    else continuation = true;
  }
  return { parts, nested, continuation, labelStyle };
}

/** A blank line between an item and the one before it. */
function gapBefore(doc: PlanDocument, previous: Span | undefined, item: Span): boolean {
  if (!previous) return false;
  return doc.lines.lineOf(item.start) - doc.lines.lineOf(Math.max(previous.start, previous.end - 1)) > 1;
}

function lastStampStyle(infos: readonly ItemInfo[]): StampStyle | null {
  for (let i = infos.length - 1; i >= 0; i--) {
    const stamp = infos[i]?.line.stamp;
    if (stamp) return stamp;
  }
  return null;
}

/**
 * The style of a list of log entries (decisions, surprises, retrospective notes, handoffs):
 * - items labelled with the entry's title (`- Decision: …`), further fields either as
 *   continuation lines, as nested bullets, or as sibling bullets (`- Rationale: …`);
 * - otherwise plain bullets, stamped like the last stamped item (or `(ts)`), with any
 *   labelled lines the last item carries (a handoff's `Done:` / `Next:`).
 */
export function detectLogList(doc: PlanDocument, kind: EntryKind, block: Block, list: number): DetectedStyle | null {
  const infos = itemInfos(doc, kind, list);
  const lastInfo = infos[infos.length - 1];
  if (!lastInfo) return null;
  const shape = nextItemShape(infos.map((i) => i.line));
  let titleAt = -1;
  for (let i = infos.length - 1; i >= 0; i--) {
    if (infos[i]?.label?.role === 'title') {
      titleAt = i;
      break;
    }
  }
  const titleInfo = infos[titleAt];
  if (titleInfo?.label) {
    const following = infos[titleAt + 1];
    const followingRole = following?.label?.role;
    const separate = followingRole !== undefined && followingRole !== 'title' && followingRole !== 'other';
    const base = { list: shape, stampLead: titleInfo.line.stamp, labelStyle: titleInfo.label.style };
    if (separate) {
      const parts: EntryPart[] = [];
      for (const info of infos.slice(titleAt)) {
        if (info.label && info.label.role !== 'other') parts.push({ role: info.label.role, label: info.label.label });
      }
      const style = listStyle({ ...base, parts, layout: 'separate' });
      const previous = infos[titleAt - 1];
      return { style, anchor: block.end, blankBefore: previous ? gapBefore(doc, previous, titleInfo) : true, strength: 'strong' };
    }
    const fields = fieldLinesOf(doc, kind, titleInfo);
    const style = listStyle({
      ...base,
      parts: [{ role: 'title', label: titleInfo.label.label }, ...fields.parts],
      layout: fields.nested && !fields.continuation ? 'nested' : 'continuation',
      nestedMarker: fields.nested ?? '- ',
    });
    return { style, anchor: block.end, blankBefore: gapBefore(doc, infos[infos.length - 2], lastInfo), strength: 'strong' };
  }
  const stamp = lastStampStyle(infos);
  const fields = fieldLinesOf(doc, kind, lastInfo);
  const style = listStyle({
    list: shape,
    stampLead: stamp ?? DEFAULT_STAMP_STYLE,
    parts: [{ role: 'title', label: null }, ...fields.parts],
    layout: fields.nested && !fields.continuation ? 'nested' : 'continuation',
    nestedMarker: fields.nested ?? '- ',
    labelStyle: fields.labelStyle ?? 'plain',
  });
  return {
    style,
    anchor: block.end,
    blankBefore: gapBefore(doc, infos[infos.length - 2], lastInfo),
    strength: stamp || fields.parts.length > 0 ? 'strong' : 'weak',
  };
}

/**
 * The style of a progress list: checkboxes as the section writes them (marker, indentation,
 * `x` or `X`, stamp brackets), or — for a running log of stamped bullets without
 * checkboxes — plain stamped bullets. An open step is always written with a checkbox, since
 * that is what makes it a step. A plain list without stamps is continued with checkboxes.
 */
export function detectProgressList(
  doc: PlanDocument,
  block: Block,
  list: number,
  done: boolean,
): DetectedStyle | null {
  // Read from the end and only as far as needed: a progress list may hold 100,000 steps, and
  // what the next one copies (its shape, stamp and checkbox) is in the last few.
  const tree = doc.tree;
  const items = tree.children(list);
  const lineAt = (i: number): ItemLine | null => {
    const item = items[i];
    return item === undefined ? null : readItemLine(doc, item);
  };
  let lastAt = items.length - 1;
  let last: ItemLine | null = null;
  for (; lastAt >= 0 && !(last = lineAt(lastAt)); lastAt--);
  if (!last) return null;
  let previousAt = lastAt - 1;
  let previous: ItemLine | null = null;
  for (; previousAt >= 0 && !(previous = lineAt(previousAt)); previousAt--);
  let anyTask = false;
  let doneChar: string | null = null;
  let stamp: StampStyle | null = null;
  for (let i = lastAt; i >= 0 && (doneChar === null || stamp === null); i--) {
    const line = i === lastAt ? last : i === previousAt ? previous : lineAt(i);
    if (!line) continue;
    const box = line.checkbox;
    if (box) {
      anyTask = true;
      if (doneChar === null && (box.char === 'x' || box.char === 'X')) doneChar = box.char;
    }
    stamp ??= line.stamp ?? null;
  }
  const isLog = !anyTask && stamp !== null;
  const style = listStyle({
    list: nextItemShape(previous ? [previous, last] : [last]),
    task: isLog && done ? null : { doneChar: doneChar ?? 'x' },
    stampLead: stamp ?? DEFAULT_STAMP_STYLE,
    parts: [{ role: 'title', label: null }],
  });
  const span = (i: number): Span => {
    const item = items[i] ?? -1;
    return item < 0 ? { start: 0, end: 0 } : { start: tree.start(item), end: tree.end(item) };
  };
  const blankBefore = gapBefore(doc, previous ? span(previousAt) : undefined, span(lastAt));
  return { style, anchor: block.end, blankBefore, strength: anyTask || stamp ? 'strong' : 'weak' };
}
