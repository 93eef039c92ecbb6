/**
 * The mdast tree the engine's parse must equal: mdast-util-from-markdown (a dev dependency kept
 * for this) on micromark with the block constructs the engine reads: CommonMark's blocks, YAML
 * frontmatter (micromark-extension-frontmatter), GFM tables (micromark-extension-gfm-table) and
 * Obsidian's `%%` comment blocks (obsidian-comment-construct.ts), with every inline construct
 * switched off. src/core/block-scan.ts gives the same tree in one pass over the lines
 * (test/core/foundation/block-scan.test.ts).
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { obsidianCommentBlock } from './obsidian-comment-construct';

/** The engine reads block positions and source text; inline syntax stays text. */
const BLOCKS_ONLY = {
  disable: {
    null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape',
      'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'],
  },
};

/** Obsidian's `%%` comment blocks end a list or paragraph, as in the app. */
const COMMENT_BLOCKS = { flow: { [37]: obsidianCommentBlock } };

export const REFERENCE_OPTIONS = {
  extensions: [frontmatter(['yaml']), gfmTable(), BLOCKS_ONLY, COMMENT_BLOCKS],
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
};

export function referenceTree(text: string): Root {
  return fromMarkdown(text, REFERENCE_OPTIONS);
}

/**
 * Where the engine's scanner departs from the reference on purpose, so the parity checks skip
 * such notes (test/core/foundation/block-scan.test.ts pins what the scanner does instead):
 * - a note that opens with a `---` line and never closes it. micromark-extension-frontmatter's
 *   failed attempt leaves micromark unable to start a list or quote anywhere after it, so a
 *   plan that begins with a rule would lose every step; the scanner reads `---` as a thematic
 *   break and the rest as usual, as Obsidian does;
 * - a setext heading under link reference definitions: micromark starts the heading at the
 *   definitions or at its text depending on what the lines between hold; the scanner always
 *   starts it at its text;
 * - indented code right after a container that held nothing (a quote line with nothing after
 *   its `>`, an empty list item and a blank line): micromark ends the code block after its
 *   first line and starts another; the scanner reads one block, as CommonMark does.
 */
export function departsFromReference(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^[ \t>*+\-.)\d]*>[ \t]*(?:\r\n|\r|\n)(?:[ \t]*\t|[ \t]{4,})\S/m.test(body)) return true;
  if (/^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\r\n|\r|\n)(?:[ \t>]*(?:\r\n|\r|\n))+(?:[ \t>]*\t|[ \t>]*[ ]{4,})\S/m.test(body)) return true;
  if (/^ {0,3}\[[^\]\r\n]+\]:[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*?(?:\r\n|\r|\n) {0,3}(?:=+|-+)[ \t]*$/m.test(body)) return true;
  const first = /^---[ \t]*(?:\r\n|\r|\n)/.exec(body);
  if (!first) return false;
  return !/(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.test(body.slice(first[0].length - 1));
}
