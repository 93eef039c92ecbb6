import type { EntryContent } from './entry-content';
import type {
  EntryPart,
  EntryStyle,
  HeadingEntryStyle,
  ListEntryStyle,
  ParagraphEntryStyle,
  TableEntryStyle,
} from './entry-style';
import { canonicalLabel, type FieldRole, writeLabel } from './fields';
import { guardLine } from './block-guard';
import { continuationIndent, markerText, type ListShape, wrapStamp } from './list-item';
import { normaliseStatus } from '../status';
import { tableCell, withoutBlankLines } from './text-input';

/** A part with the lines it will hold. */
interface FilledPart {
  role: FieldRole;
  label: string | null;
  lines: string[];
}

/** Roles an entry can carry as labelled fields after its title. */
const FIELD_ORDER: readonly FieldRole[] = ['rationale', 'evidence', 'done', 'next', 'risks'];

/**
 * Fills the section's parts with the entry's content. Parts the entry has nothing for are
 * dropped (no empty `Rationale:` lines); fields the section does not label yet are added
 * with canonical labels before a trailing date; a date part is added at the end when the
 * stamp is not written anywhere else (an entry is always stamped).
 */
export function fillParts(parts: readonly EntryPart[], content: EntryContent, stampElsewhere: boolean): FilledPart[] {
  const filled: FilledPart[] = [];
  const seen = new Set<FieldRole>();
  for (const p of parts) {
    if (seen.has(p.role)) continue;
    const lines = valueOf(p.role, content, stampElsewhere);
    if (!lines) continue;
    seen.add(p.role);
    filled.push({ role: p.role, label: p.label, lines });
  }
  if (!seen.has('title')) filled.unshift({ role: 'title', label: null, lines: content.title });
  for (const role of FIELD_ORDER) {
    const lines = content.fields.get(role);
    if (!lines || seen.has(role)) continue;
    const dateAt = filled.findIndex((p) => p.role === 'date');
    const titleAt = filled.findIndex((p) => p.role === 'title');
    const at = dateAt > titleAt ? dateAt : filled.length;
    filled.splice(at, 0, { role, label: canonicalLabel(content.kind, role), lines });
  }
  if (!stampElsewhere && !seen.has('date')) {
    filled.push({ role: 'date', label: canonicalLabel(content.kind, 'date'), lines: [content.stamp] });
  }
  return filled;
}

function valueOf(role: FieldRole, content: EntryContent, stampElsewhere: boolean): string[] | null {
  if (role === 'title') return content.title;
  if (role === 'date') return stampElsewhere ? null : [content.stamp];
  return content.fields.get(role) ?? null;
}

function labelText(p: FilledPart, style: { labelStyle: ListEntryStyle['labelStyle'] }): string {
  return p.label === null ? '' : `${writeLabel(p.label, style.labelStyle)} `;
}

/** Lines of the new entry, without line endings. */
export function renderEntry(style: EntryStyle, content: EntryContent): string[] {
  switch (style.shape) {
    case 'list':
      return renderList(style, content);
    case 'paragraph':
      return renderParagraph(style, content);
    case 'table':
      return renderTable(style, content);
    case 'heading':
      return renderHeading(style, content);
  }
}

function indented(prefix: string, lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? '' : prefix + line));
}

function renderList(style: ListEntryStyle, content: EntryContent): string[] {
  const parts = fillParts(style.parts, content, style.stampLead !== null);
  const out: string[] = [];
  let shape: ListShape = style.list;
  parts.forEach((p, i) => {
    const [first = '', ...rest] = p.lines;
    const text = labelText(p, style) + first;
    if (i === 0 || style.layout === 'separate') {
      // The entry's own item, or (separate layout) a sibling item per field, numbered on.
      let lead = '';
      if (i === 0) {
        const box = style.task ? `[${content.done ? style.task.doneChar : ' '}] ` : '';
        const stamp = style.stampLead ? wrapStamp(content.stamp, style.stampLead) + style.stampLead.after : '';
        lead = box + stamp;
      } else if (shape.number !== null) {
        shape = { ...shape, number: shape.number + 1 };
      }
      out.push(shape.indent + markerText(shape) + shape.gap + lead + text, ...indented(continuationIndent(shape), rest));
    } else {
      // A nested bullet, or a continuation line, under the entry's text.
      const indent = continuationIndent(style.list);
      const marker = style.layout === 'nested' ? style.nestedMarker : '';
      out.push(indent + marker + text, ...indented(indent + ' '.repeat(marker.length), rest));
    }
  });
  return out;
}

function renderParagraph(style: ParagraphEntryStyle, content: EntryContent): string[] {
  const parts = fillParts(style.parts, content, style.stampLead !== null);
  const groups: string[][] = [];
  const bullets: string[] = [];
  parts.forEach((p, i) => {
    const [first = '', ...rest] = withoutBlankLines(p.lines);
    let lead = '';
    if (i === 0 && style.stampLead) {
      const { style: stampStyle, bold } = style.stampLead;
      lead = (bold ? `**${content.stamp}**` : wrapStamp(content.stamp, stampStyle)) + stampStyle.after;
    }
    const head = lead + labelText(p, style) + first;
    if (i > 0 && style.fieldBullet !== undefined) {
      // A details list under the entry's first line: one item per field.
      const hang = ' '.repeat(style.fieldBullet.length);
      bullets.push(style.fieldBullet + head, ...rest.map((line) => hang + line));
      return;
    }
    const lines = [head === first ? guardLine(first) : head, ...rest.map(guardLine)];
    if (i === 0 || style.fieldsAsParagraphs) groups.push(lines);
    else groups[groups.length - 1]?.push(...lines);
  });
  const out: string[] = [];
  groups.forEach((lines, g) => {
    if (g > 0) out.push('');
    lines.forEach((line, i) => out.push(i < lines.length - 1 ? line + style.lineSuffix : line));
  });
  return [...out, ...bullets];
}

function renderHeading(style: HeadingEntryStyle, content: EntryContent): string[] {
  const [first = '', ...rest] = content.title;
  const stamp = wrapStamp(content.stamp, style.stamp);
  const headingText = {
    stamp,
    'stamp-title': stamp + style.stamp.after + first,
    title: first,
    'title-stamp': `${first} ${stamp}`,
  }[style.title];
  const out = [`${'#'.repeat(style.level)} ${headingText}`];
  if (style.blankAfterHeading) out.push('');
  const titleInBody = style.parts.some((p) => p.role === 'title');
  const bodyTitle = style.title === 'stamp' ? content.title : rest;
  if (!titleInBody && bodyTitle.length > 0) out.push(...bodyTitle.map((line) => (line === '' ? '' : guardLine(line))));
  const parts = fillParts(style.parts, { ...content, title: titleInBody ? content.title : bodyTitle }, style.title !== 'title')
    .filter((p) => p.role !== 'title' || titleInBody);
  for (const p of parts) {
    const [value = '', ...more] = withoutBlankLines(p.lines);
    const marker = style.fieldMarker ?? '';
    out.push(marker + labelText(p, style) + value);
    out.push(...more.map((line) => (style.fieldMarker ? `${' '.repeat(marker.length)}${line}` : guardLine(line))));
  }
  return out;
}

function nextId(previous: string | undefined): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(previous ?? '');
  if (!m) return '';
  const digits = m[2] ?? '0';
  return (m[1] ?? '') + String(Number(digits) + 1).padStart(digits.length, '0') + (m[3] ?? '');
}

function statusCell(previous: string | undefined, done: boolean): string {
  const last = previous?.trim() ?? '';
  const lastDone = last !== '' && normaliseStatus(last) === 'complete';
  if (done) return lastDone ? last : 'Done';
  return last !== '' && !lastDone && normaliseStatus(last) !== 'abandoned' ? last : 'To do';
}

function renderTable(style: TableEntryStyle, content: EntryContent): string[] {
  const { columns } = style;
  const hasDate = columns.includes('date');
  let titleAt = columns.indexOf('title');
  if (titleAt < 0) titleAt = columns.indexOf('other');
  if (titleAt < 0) titleAt = columns.findIndex((role) => !['date', 'id', 'author', 'status'].includes(role));
  if (titleAt < 0) titleAt = 0;
  const title = hasDate ? content.title : [`(${content.stamp}) ${content.title[0] ?? ''}`, ...content.title.slice(1)];
  const filledRoles = new Set<FieldRole>();
  const cells = columns.map((role, i) => {
    if (i === titleAt) return tableCell(title);
    if (filledRoles.has(role)) return '';
    filledRoles.add(role);
    if (role === 'date') return content.stamp;
    if (role === 'id') return nextId(style.lastRow[i]);
    if (role === 'status') return statusCell(style.lastRow[i], content.done);
    const value = content.fields.get(role);
    return value ? tableCell(value) : '';
  });
  const out: string[] = [];
  if (style.header) {
    out.push(tableRow(style, style.header));
    out.push(tableRow(style, style.header.map(() => '---')));
  }
  out.push(tableRow(style, cells));
  return out;
}

function tableRow(style: TableEntryStyle, cells: readonly string[]): string {
  // Without a leading pipe, an empty first cell would read as a leading pipe; a single
  // column needs a pipe somewhere to be a table row at all.
  const leading = style.leadingPipe || cells[0] === '' || cells.length === 1;
  const body = cells.map((c) => (c === '' ? '' : c)).join(' | ');
  return `${style.indent}${leading ? '| ' : ''}${body}${style.trailingPipe ? ' |' : ''}`.replace(/ +$/, '');
}
