import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import { parseDocument } from '../../../src/core/markdown';
import { computeMetadata } from '../../stand-in/metadata';
import { planNote } from '../edit/plan-arbitrary';

/** Top-level blocks as `type@start-end`, comments shown as `comment`. */
function blocks(text: string): string[] {
  const { tree } = parseDocument(text);
  return tree.children(tree.root).map((n) => {
    const start = tree.start(n);
    const type = tree.type(n) === 'html' && text.startsWith('%%', start) ? 'comment' : tree.type(n);
    return `${type}@${start}-${tree.end(n)}`;
  });
}

describe('%% comment blocks, cut as Obsidian cuts them', () => {
  it('end a list or paragraph, and what follows is a block of its own', () => {
    expect(blocks('- a\n%% c %%\nText')).toEqual(['list@0-3', 'comment@4-11', 'paragraph@12-16']);
    expect(blocks('Para\n%%\n- [ ] x\n%%\nAfter')).toEqual(['paragraph@0-4', 'comment@5-18', 'paragraph@19-24']);
    expect(blocks('%% a %% b\ntext')).toEqual(['comment@0-9', 'paragraph@10-14']);
  });

  it('run to the end of the note when never closed, and are literal text inside code', () => {
    expect(blocks('%%\n# Not a heading\n- [ ] not a task')).toEqual(['comment@0-35']);
    expect(blocks('```\n%%\n```\nx')).toEqual(['code@0-10', 'paragraph@11-12']);
  });

  it('open only at the start of a line', () => {
    expect(blocks('Text %% inline\nmore %% text')).toEqual(['paragraph@0-27']);
  });

  it('start where the stand-in (checked against real Obsidian) starts its comment sections', () => {
    fc.assert(
      fc.property(planNote, ({ text }) => {
        const fromEngine = blocks(text).filter((b) => b.startsWith('comment@')).map((b) => Number(b.slice(8).split('-')[0]));
        const fromStandIn = (computeMetadata(text).sections ?? []).filter((s) => s.type === 'comment').map((s) => s.position.start.offset);
        expect(fromEngine).toEqual(fromStandIn);
      }),
      { numRuns: runs(100) },
    );
  });
});
