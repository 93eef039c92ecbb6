/**
 * The mdast tree the engine's parse must equal: mdast-util-from-markdown (a dev dependency kept
 * for this) with the engine's micromark options, micromark-extension-frontmatter and
 * micromark-extension-gfm-table in place of the engine's own YAML and table constructs, and the
 * frontmatter and GFM table mdast extensions. src/core/block-tree.ts, yaml-frontmatter-block.ts
 * and gfm-table-block.ts give the same tree in far fewer bytes.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { PARSE_OPTIONS } from '../../src/core/markdown';
import { gfmTableBlock } from '../../src/core/gfm-table-block';
import { yamlFrontmatter } from '../../src/core/yaml-frontmatter-block';

export const REFERENCE_OPTIONS = {
  extensions: PARSE_OPTIONS.extensions.map((extension) =>
    extension === yamlFrontmatter ? frontmatter(['yaml']) : extension === gfmTableBlock ? gfmTable() : extension,
  ),
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
};

export function referenceTree(text: string): Root {
  return fromMarkdown(text, REFERENCE_OPTIONS);
}
