import type { Nodes, Root } from 'mdast';
import { BlockTree, type BlockType } from '../../src/core/block-tree';

/** The block tree of an mdast tree (the inverse of `mdastOf`, positions kept as offsets). */
export function treeOf(root: Root): BlockTree {
  const tree = new BlockTree(64, true);
  const add = (node: Nodes, parent: number): void => {
    const id = tree.add(node.type as BlockType, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    if (parent >= 0) tree.append(parent, id);
    switch (node.type) {
      case 'list':
        tree.setList(id, node.ordered === true, node.start ?? null, node.spread === true);
        break;
      case 'listItem':
        tree.setSpread(id, node.spread === true);
        break;
      case 'heading':
        tree.setDepth(id, node.depth);
        break;
      case 'code':
        tree.setValue(id, node.value);
        tree.setExtra(id, { lang: node.lang ?? null, meta: node.meta ?? null });
        break;
      case 'definition':
        tree.setExtra(id, { identifier: node.identifier, label: node.label ?? '', title: node.title ?? null, url: node.url });
        break;
      case 'table':
        tree.setExtra(id, { align: [...(node.align ?? [])] });
        break;
      case 'html':
      case 'yaml':
      case 'text':
        tree.setValue(id, node.value);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) add(child, id);
  };
  add(root, -1);
  return tree;
}
