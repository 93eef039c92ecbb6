/**
 * The mdast tree the engine's parse must equal: mdast-util-from-markdown (a dev dependency kept
 * for this) with the engine's micromark options and the frontmatter and GFM table mdast
 * extensions. src/core/block-tree.ts builds the same tree in far fewer bytes.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { PARSE_OPTIONS } from '../../src/core/markdown';

export const REFERENCE_OPTIONS = {
  ...PARSE_OPTIONS,
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
};

export function referenceTree(text: string): Root {
  return fromMarkdown(text, REFERENCE_OPTIONS);
}
