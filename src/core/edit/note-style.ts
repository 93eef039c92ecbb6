import type { PlanDocument } from '../markdown';
import { maskedText } from '../read/regions';
import { CANONICAL_SECTION_TITLES } from '../sections';
import { DEFAULT_TIME_OPTIONS, type SectionKind, type TimeOptions } from '../types';
import type { EntryStyle } from './entry-style';
import { type StampWrap, wrapOf } from './list-item';

/**
 * The house style of a note, for text the note has no example of nearby: a new entry in an
 * empty section, a new section. New text should look like the rest of the note: its bullet
 * character, its stamp format, its heading case.
 */

/** The bullet the note's lists use most (`-`, `*` or `+`; the first seen wins a tie), else `-`. */
export function noteBullet(doc: PlanDocument): string {
  const counts = new Map<string, number>();
  const tree = doc.tree;
  const visit = (node: number): void => {
    if (tree.type(node) === 'list' && !tree.ordered(node)) count(doc, node, counts);
    for (let child = tree.firstChild(node); child >= 0; child = tree.nextSibling(child)) visit(child);
  };
  visit(tree.root);
  let best = '-';
  let bestCount = 0;
  for (const [bullet, n] of counts) {
    if (n > bestCount) {
      best = bullet;
      bestCount = n;
    }
  }
  return best;
}

function count(doc: PlanDocument, list: number, counts: Map<string, number>): void {
  const masked = maskedText(doc, false);
  const tree = doc.tree;
  for (let item = tree.firstChild(list); item >= 0; item = tree.nextSibling(item)) {
    const at = tree.start(item);
    // Items inside comments and code are masked out: they are not the note's own style.
    const c = masked.charAt(at);
    if (c === '-' || c === '*' || c === '+') counts.set(c, (counts.get(c) ?? 0) + 1);
  }
}

/** How the note writes the stamps its items open with: bullet, brackets. */
export interface NoteStyle {
  bullet: string;
  /** The brackets of the last stamp an item opens with (`- [x] (…)`, `* […]`, `+ 2025-…`), if any. */
  wrap: StampWrap | null;
}

export function noteStyle(doc: PlanDocument): NoteStyle {
  return { bullet: noteBullet(doc), wrap: noteStampWrap(doc) };
}

/** A timed stamp an item opens with, after its marker and checkbox. */
const ITEM_STAMP = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?([([]?)\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}/gm;

function noteStampWrap(doc: PlanDocument): StampWrap | null {
  let wrap: StampWrap | null = null;
  for (const m of maskedText(doc, true).matchAll(ITEM_STAMP)) wrap = wrapOf(m[1]);
  return wrap;
}

/** A canonical style (`-` bullets, `(…)` stamps) written the note's way instead. */
export function withNoteStyle(style: EntryStyle, note: NoteStyle): EntryStyle {
  const { bullet, wrap } = note;
  if (style.shape === 'list') {
    const list = style.list.bullet === '-' ? { ...style.list, bullet } : style.list;
    const stampLead = style.stampLead && wrap ? { ...style.stampLead, wrap } : style.stampLead;
    return { ...style, list, stampLead, nestedMarker: style.nestedMarker === '- ' ? `${bullet} ` : style.nestedMarker };
  }
  if (style.shape === 'heading') {
    return { ...style, fieldMarker: style.fieldMarker === '- ' ? `${bullet} ` : style.fieldMarker, stamp: wrap ? { ...style.stamp, wrap } : style.stamp };
  }
  return style;
}

/**
 * A section's heading as the note would write it: the canonical title ("Decision Log") in
 * sentence case ("Decision log") when the note's own multi-word headings are in sentence case.
 */
export function sectionTitle(doc: PlanDocument, kind: Exclude<SectionKind, 'other'>): string {
  const title = CANONICAL_SECTION_TITLES[kind];
  return noteUsesSentenceCase(doc) ? toSentenceCase(title) : title;
}

const SMALL_WORDS = new Set('a an and or of the to in on for vs with'.split(' '));

/**
 * Whether the note's section headings with more than one word mostly keep later words lower
 * case. The H1 is the plan's title, written as a title or as a sentence whatever the sections do.
 */
function noteUsesSentenceCase(doc: PlanDocument): boolean {
  let sentence = 0;
  let title = 0;
  for (const heading of doc.headings) {
    if (heading.level === 1) continue;
    const words = heading.text
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .split(/\s+/)
      .filter((w) => /^\p{L}/u.test(w));
    const later = words.slice(1).filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && !isAcronym(w));
    if (later.length === 0) continue;
    if (later.every((w) => /^\p{Lu}/u.test(w))) title++;
    else if (later.every((w) => /^\p{Ll}/u.test(w))) sentence++;
  }
  return sentence > title;
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

function toSentenceCase(title: string): string {
  return title
    .split(' ')
    .map((word, i) => (i === 0 || isAcronym(word) ? word : word.toLowerCase()))
    .join(' ');
}

/**
 * The stamp format for new stamps: the note's own, read from its last stamp with a time of day
 * (`2025-01-01T12:00Z`, `[2025-01-01 12:00]`, `(2025-01-01 12:00:30 UTC)`), when the format in
 * `time` is the default one; a format somebody chose (the setting, `--format`) is always used.
 * A note's stamp with a UTC zone is copied only when stamps are in UTC; one with an offset
 * (`+02:00`) is not copied.
 */
export function noteTimeOptions(doc: PlanDocument, time: TimeOptions): TimeOptions {
  if (time.format !== DEFAULT_TIME_OPTIONS.format) return time;
  const format = lastStampFormat(maskedText(doc, true));
  if (format === null) return time;
  if (format.utcZone && !time.utc) return time;
  return { ...time, format: format.format };
}

const TIMED_STAMP = /(?<![\d-])\d{4}-\d{2}-\d{2}([T ])(\d{1,2}):\d{2}(:\d{2})?(?:(\s?)(Z|UTC|[+-]\d{2}:?\d{2}))?(?![\d:])/g;

function lastStampFormat(text: string): { format: string; utcZone: boolean } | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(TIMED_STAMP)) last = m;
  if (!last) return null;
  const [, sep, hour, seconds, space, zone] = last;
  if (zone !== undefined && zone !== 'Z' && zone !== 'UTC') return null;
  const format =
    `yyyy-MM-dd${sep === 'T' ? "'T'" : ' '}${hour?.length === 1 ? 'H' : 'HH'}:mm${seconds ? ':ss' : ''}` +
    (zone ? `${space ?? ''}'${zone}'` : '');
  return { format, utcZone: zone !== undefined };
}
