import YAML from 'yaml';
import { parseDocument } from '../../../src/core/markdown';
import { findLinePlaceholder, isPlaceholderOnly, lintOrder, readHealth, readSteps, summarisePlan } from '../../../src/core/read';
import { entriesOfKind } from '../../support/rule-entries';

const parse = (text: string) => parseDocument(text, { parseYaml: (y) => YAML.parse(y) as unknown });

describe('placeholder steps, done or open, are no steps (issue 9 #5)', () => {
  it('skips a stamped placeholder step as it skips an open one', () => {
    const text = '## Progress\n\n- [x] (2026-01-01 10:00Z) <example completed step>\n- [ ] <example incomplete step>\n- [x] (2026-01-02 10:00Z) real\n- [ ] next\n';
    expect(readSteps(parse(text)).map((s) => s.text)).toEqual(['real', 'next']);
    expect(summarisePlan(text, { path: 'p.md' }).progress).toEqual({ done: 1, total: 2 });
  });

  it('[Task Title]-style steps are placeholders too', () => {
    const text = '## Progress\n\n- [ ] [Task Title]\n- [x] (2026-01-02 10:00Z) [Task Title]\n- [ ] Write [[Parser Notes]] and [the docs](x.md)\n';
    expect(readSteps(parse(text)).map((s) => s.text)).toEqual(['Write [[Parser Notes]] and [the docs](x.md)']);
  });
});

describe('placeholders lint flags (issue 9 #5)', () => {
  it.each([
    ['- [ ] [Task Title]', '[Task Title]'],
    ['# [Project Name]', '[Project Name]'],
    ['- Owner: [Name of Owner]', '[Name of Owner]'],
    ['- [x] (2026-01-01 10:00Z) ...', '...'],
    ['| ... | ... |', '...'],
  ])('%s', (line, text) => {
    expect(findLinePlaceholder(line)?.text).toBe(text);
  });

  it.each(['- [x] Done', '- [X] Done', '> [!note] Title', 'See [[Wiki Page]] and [Link Text](https://x)', 'A [Ref Link][1] here', 'Footnote[^Note]', 'to be continued...'])(
    'leaves %s alone',
    (line) => {
      expect(findLinePlaceholder(line)).toBeNull();
    },
  );
});

describe('instruction sentences of a blank template are no entries (issue 9 #5)', () => {
  const BLANK = [
    '# Plan',
    '',
    '## Progress',
    '',
    '## Decision Log',
    '',
    'Every decision made while working on the plan should be recorded here.',
    '',
    '## Surprises & Discoveries',
    '',
    '_Use this section to note unexpected behaviours, bugs or insights._',
    '',
    '## Outcomes & Retrospective',
    '',
    'We shipped the parser a week late; measure first next time.',
    '',
  ].join('\n');

  it('counts no decision or surprise, but keeps a retrospective in prose', () => {
    const doc = parse(BLANK);
    expect(entriesOfKind(doc, 'decision')).toEqual([]);
    expect(entriesOfKind(doc, 'surprise')).toEqual([]);
    expect(entriesOfKind(doc, 'retrospective')).toHaveLength(1);
    expect(summarisePlan(BLANK, { path: 'p.md' })).toMatchObject({ decisions: 0, surprises: 0 });
  });

  it('isPlaceholderOnly stays about placeholders', () => {
    expect(isPlaceholderOnly('Every decision made should be recorded.')).toBe(false);
  });
});

describe('lint order: by line, one finding a line (issue 9 #5)', () => {
  it('merges a placeholder into the finding on its line and sorts by line', () => {
    const text = '# P\n\nStatus: <Proposed | In progress>\n\n## Progress\n\n- [x] Write [Task Title] docs\n- [x] TBD later\n';
    const findings = lintOrder(readHealth(parse(text)));
    const lines = findings.map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(new Set(lines.filter((l) => l !== null)).size).toBe(lines.filter((l) => l !== null).length);
    expect(findings.find((f) => f.line === 3)).toMatchObject({ code: 'no-status' });
    expect(findings.find((f) => f.line === 3)?.message).toContain('<Proposed | In progress>');
    expect(findings.find((f) => f.line === 7)).toMatchObject({ code: 'untimed-step' });
    expect(findings.find((f) => f.line === 7)?.message).toContain('[Task Title]');
  });
});
