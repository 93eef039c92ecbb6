import { scanBlocks, scanTree } from '../../../src/core/block-scan';
import type { BlockTree } from '../../../src/core/block-tree';
import { mdastOf } from '../../../src/core/block-tree-mdast';
import { treeOf } from '../../support/tree-of';
import { departsFromReference, referenceTree } from '../../support/reference-tree';
import { testOnSampleNotes } from '../../support/sample-notes';

/**
 * The scanner writes its BlockTree node by node as each one is final (block-scan.ts), in an
 * order of ids of its own: the links must still make one tree, in document order.
 */
function expectSaneLinks(tree: BlockTree): void {
  expect(tree.root).toBe(0);
  expect(tree.type(tree.root)).toBe('root');
  const parents = new Int32Array(tree.count).fill(-1);
  const pending = [tree.root];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    let last = -1;
    for (let child = tree.firstChild(id); child !== -1; child = tree.nextSibling(child)) {
      // A node reached twice (two parents, or a loop) fails here.
      expect(child).toBeGreaterThan(0);
      expect(parents[child]).toBe(-1);
      parents[child] = id;
      if (last !== -1) expect(tree.start(child)).toBeGreaterThan(tree.start(last));
      last = child;
      pending.push(child);
    }
    expect(tree.lastChild(id)).toBe(last);
  }
  // Every node but the root has its parent: none was left out of the tree.
  for (let id = 1; id < tree.count; id++) if (parents[id] === -1) throw new Error(`node ${id} (${tree.type(id)}) has no parent`);
}

/** The tree's columns as plain data, children in order (ids left out: they differ by builder). */
function columns(tree: BlockTree, withValues = true, id = tree.root): unknown {
  return {
    type: tree.type(id), start: tree.start(id), end: tree.end(id), value: withValues ? tree.value(id) : null, depth: tree.depth(id),
    ordered: tree.ordered(id), listStart: tree.listStart(id), spread: tree.spread(id), extra: tree.extra(id),
    children: tree.children(id).map((child) => columns(tree, withValues, child)),
  };
}

testOnSampleNotes('block tree', (text) => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tree = scanTree(text, false, true);
  expectSaneLinks(tree);
  expectSaneLinks(scanTree(text, true));
  // The engine's tree (no values) is the same tree.
  expect(columns(scanTree(text), false)).toEqual(columns(tree, false));
  if (departsFromReference(text)) return;
  const reference = treeOf(referenceTree(text));
  expect(mdastOf(tree, body)).toStrictEqual(mdastOf(reference, body));
  expect(columns(tree)).toEqual(columns(reference));
});

test.each([
  ['definitions before a paragraph, in a list', '- [a]: /u\n  [b]: /v "t"\n  text\n- [c]: /w\n\n> [d]: /x\n> ===\n'],
  ['items whose ends move to the next marker', '- ```\n- x\n- %% c\n- y\n  ~~~\n- z\n'],
  ['a long table', `| a | b |\n|---|:-:|\n${'| c | d |\n'.repeat(50)}\ntext\n`],
  ['many siblings in nested containers', `> ${'- a\n>   - b\n>     c\n> 1. d\n>\n>    e\n> '.repeat(20)}\n`],
])('%s', (_name, text) => {
  const tree = scanTree(text, false, true);
  expectSaneLinks(tree);
  if (!departsFromReference(text)) expect(mdastOf(tree, text)).toStrictEqual(referenceTree(text));
});

test('the engine\'s tree keeps no values, and says so when one is asked for', () => {
  const tree = scanTree('<!-- c -->\n\ntext\n');
  expect(tree.keepsValues).toBe(false);
  expect(() => tree.value(tree.firstChild(tree.root))).toThrow(/keeps no values/);
  expect(scanTree('<!-- c -->\n', false, true).value(1)).toBe('<!-- c -->');
});

test('a BOM is left out of the offsets, or counted with bomOffsets', () => {
  const text = '\uFEFF# Title\n\n- a\n';
  const without = scanTree(text, false, true);
  const withBom = scanTree(text, true, true);
  const heading = (tree: BlockTree): number => tree.firstChild(tree.root);
  expect([without.start(heading(without)), without.end(without.root)]).toEqual([0, text.length - 1]);
  expect([withBom.start(heading(withBom)), withBom.end(withBom.root)]).toEqual([1, text.length]);
  expect(scanBlocks(text, true)).toStrictEqual(mdastOf(withBom, text, 1));
  expect(scanBlocks(text)).toStrictEqual(mdastOf(without, text.slice(1)));
});
