import type { PlanDocument } from '../markdown';
import { runsOpen } from '../markdown-chunks';
import { quietRanges } from '../read/regions';

/** A construct that opens and is never closed, so it hides everything after it. */
export interface OpenConstruct {
  start: number;
  /** 1-based line, as messages show it. */
  line: number;
  /** What it is, for a message: "a code block (```)". */
  what: string;
}

/**
 * The construct that runs unclosed to the end of the note, if any: a `%%` comment (Obsidian hides
 * everything up to the next `%%`), or a top-level fenced code block, HTML comment or HTML block
 * of a kind that only its closing marker ends. Text written after its start would be hidden, so
 * an append there is refused (see planAppend): closing it is for the user to decide, since only
 * they know where it was meant to end. Of two, the earlier one.
 */
export function openConstruct(doc: PlanDocument): OpenConstruct | null {
  let found: { start: number; what: string } | null = null;
  const comment = quietRanges(doc).openComment;
  if (comment !== null) found = { start: comment, what: 'a %% comment' };
  const last = doc.root.children[doc.root.children.length - 1];
  const start = last?.position?.start.offset;
  if (last && start !== undefined && (found === null || start < found.start) && runsOpen(doc.text, last, true)) {
    const source = doc.text.slice(start, start + 16).trimStart();
    const what = last.type === 'code' ? `a code block (${source.charAt(0).repeat(3)})` : source.startsWith('%%') ? 'a %% comment' : source.startsWith('<!--') ? 'an HTML comment (<!--)' : 'an HTML block';
    found = { start, what };
  }
  return found ? { ...found, line: doc.lines.lineOf(found.start) } : null;
}
