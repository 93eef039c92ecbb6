import type { Root } from 'mdast';
import type { BlockTree, BlockType } from './block-tree';

/**
 * The block tree as an mdast tree with points (line, column, offset), for the tests that hold
 * the scanner to mdast-util-from-markdown and for readers of the tree as mdast. Nothing in the
 * plugin or the CLI needs it (it is left out of main.js).
 *
 * A point's line is the line its offset is on; an offset in a line ending is on the next line,
 * at the column past that ending, as the scanner's points were. `base` is where the markdown
 * starts (1 after a BOM the offsets count).
 */
export function mdastOf(tree: BlockTree, text: string, base = 0): Root {
  const starts: number[] = [];
  for (let at = base; ; ) {
    starts.push(at);
    const end = lineEndOf(text, at);
    if (end >= text.length) break;
    at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  const point = (offset: number): { line: number; column: number; offset: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo] as number;
    const end = lineEndOf(text, start);
    if (offset > end) {
      const after = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      return { line: lo + 2, column: offset - after + 1, offset };
    }
    return { line: lo + 1, column: offset - start + 1, offset };
  };
  const build = (id: number): Record<string, unknown> => {
    const type = tree.type(id);
    const node: Record<string, unknown> = { type };
    switch (type) {
      case 'list':
        node.ordered = tree.ordered(id);
        node.start = tree.listStart(id);
        node.spread = tree.spread(id);
        break;
      case 'listItem':
        node.spread = tree.spread(id);
        node.checked = null;
        break;
      case 'heading':
        node.depth = tree.depth(id);
        break;
      case 'code':
        node.lang = tree.extra(id)?.lang ?? null;
        node.meta = tree.extra(id)?.meta ?? null;
        node.value = tree.value(id);
        break;
      case 'definition': {
        const extra = tree.extra(id);
        node.identifier = extra?.identifier ?? '';
        node.label = extra?.label ?? '';
        node.title = extra?.title ?? null;
        node.url = extra?.url ?? '';
        break;
      }
      case 'table':
        node.align = tree.extra(id)?.align ?? [];
        break;
      case 'html':
      case 'yaml':
      case 'text':
        node.value = tree.value(id);
        break;
      default:
        break;
    }
    if (hasChildren(type)) node.children = tree.children(id).map(build);
    node.position = id === tree.root && tree.start(id) === 0
      ? { start: { line: 1, column: 1, offset: 0 }, end: point(tree.end(id)) }
      : { start: point(tree.start(id)), end: point(tree.end(id)) };
    return node;
  };
  return build(tree.root) as unknown as Root;
}

function hasChildren(type: BlockType): boolean {
  return !(type === 'code' || type === 'html' || type === 'yaml' || type === 'text' || type === 'break' || type === 'thematicBreak' || type === 'definition');
}

function lineEndOf(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}
