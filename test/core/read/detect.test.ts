import { parseDocument } from '../../../src/core/markdown';
import { isPlan } from '../../../src/core/read';
import { readTags } from '../../../src/core/read';
import { doc, lines } from './helpers';

const fm = (...yaml: string[]): string => lines('---', ...yaml, '---', '# Note', 'text');

describe('isPlan', () => {
  it.each([
    ['type: execplan'],
    ['type: ExecPlan'],
    ['type: exec-plan'],
    ['Kind: EXEC PLAN'],
    ['type: [note, execplan]'],
    ['tags: execplan'],
    ['tags: "#execplan"'],
    ['tags: [project, ExecPlan]'],
    ['tags:\n  - work\n  - "#execplan"'],
    ['tags: work, execplan'],
    ['tag: execplan'],
    ['tags: [execplan/active]'],
  ])('is true for the property %s', (yaml) => {
    expect(isPlan(doc(fm(yaml)))).toBe(true);
  });

  it.each([['type: plan'], ['type: execplans'], ['tags: [execplanning]'], ['tags: [project]'], ['kind: 42']])(
    'is false for the property %s',
    (yaml) => {
      expect(isPlan(doc(fm(yaml)))).toBe(false);
    },
  );

  it('reads an inline #execplan tag outside code', () => {
    expect(isPlan(doc(lines('# Note', 'Filed under #execplan.')))).toBe(true);
    expect(isPlan(doc('#execplan'))).toBe(true);
    expect(isPlan(doc(lines('(#ExecPlan/draft)')))).toBe(true);
  });

  it('ignores #execplan in code, comments, headings and URLs, and longer tags', () => {
    expect(isPlan(doc(lines('```', '#execplan', '```')))).toBe(false);
    expect(isPlan(doc('`#execplan`'))).toBe(false);
    expect(isPlan(doc('<!-- #execplan -->'))).toBe(false);
    expect(isPlan(doc('%% #execplan %%'))).toBe(false);
    expect(isPlan(doc('# execplan'))).toBe(false);
    expect(isPlan(doc('https://example.com/#execplan'))).toBe(false);
    expect(isPlan(doc('#execplanning'))).toBe(false);
  });

  it('reads the structure: a progress section plus a decision log, surprises or retrospective', () => {
    expect(isPlan(doc(lines('## Progress', '- [ ] Write the parser', '## Decision Log')))).toBe(true);
    expect(isPlan(doc(lines('## Running log', '## Surprises & Discoveries', '- The cache was cold.')))).toBe(true);
    expect(isPlan(doc(lines('### progress', '- (2026-01-05 10:00Z) Started', '### outcomes & retrospective')))).toBe(true);
    // The headings alone are a blank skeleton: a plan has steps or entries of its own.
    expect(isPlan(doc(lines('## Progress', '## Decision Log')))).toBe(false);
    expect(isPlan(doc(lines('## Progress', '## Notes')))).toBe(false);
    expect(isPlan(doc(lines('## Decision Log', '## Surprises')))).toBe(false);
    expect(isPlan(doc(lines('```', '## Progress', '## Decision Log', '```')))).toBe(false);
  });

  it('is false for empty and plain notes', () => {
    expect(isPlan(doc(''))).toBe(false);
    expect(isPlan(doc('Shopping list'))).toBe(false);
  });

  it('reads the tags property without a YAML parser', () => {
    expect(isPlan(parseDocument(fm('tags: [a, execplan]')))).toBe(true);
    expect(isPlan(parseDocument(fm('tags:', '  - execplan')))).toBe(true);
  });
});

describe('readTags', () => {
  it('normalises the tags property: no #, in order, each once', () => {
    expect(readTags(doc(fm('tags: ["#a", b, a, "#c/d"]')))).toEqual(['a', 'b', 'c/d']);
    expect(readTags(doc(fm('tags: "#one, two three"')))).toEqual(['one', 'two', 'three']);
    expect(readTags(doc(fm('tags: [2025]', 'tag: extra')))).toEqual(['2025', 'extra']);
  });

  it('is empty without tags or frontmatter', () => {
    expect(readTags(doc(fm('title: x')))).toEqual([]);
    expect(readTags(doc('#inline only'))).toEqual([]);
    expect(readTags(doc(fm('tags:')))).toEqual([]);
  });
});
