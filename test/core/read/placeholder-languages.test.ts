import { isInstruction, isPlaceholderOnly } from '../../../src/core/read/placeholders';
import { summarisePlan } from '../../../src/core/read/summary';

describe('"nothing yet" placeholders in many languages are no entries', () => {
  test.each([
    'None yet — to be filled.',
    '(To be filled during implementation)',
    '- (record as decisions are made)',
    '(fill during work)',
    '_To be completed when the plan is done._',
    '无 — 待填写',
    '（暂无）',
    '未記入',
    '작성 예정',
    'Noch keine — wird ergänzt',
    'Aucune pour l’instant — à compléter'.replace('’', "'"),
    'Ninguna todavía: por completar',
    'Nenhum ainda — a preencher',
  ])('%s', (text) => {
    expect(isPlaceholderOnly(text)).toBe(true);
  });

  test.each([
    'Completed the parser during the sprint',
    'Completed.',
    'Added caching to the view',
    'Pendiente: migrar la base de datos',
    'Record the API change in the changelog',
    '无法复现 Safari 的问题',
  ])('a real entry stays one: %s', (text) => {
    expect(isPlaceholderOnly(text)).toBe(false);
  });

  test('the CLI summary and the counts see no entry in a fresh template’s sections', () => {
    const note = [
      '# Plan', '', '## Progress', '', '- [ ] Write the parser', '',
      '## Decision Log', '', '- (record as decisions are made)', '',
      '## Surprises & Discoveries', '', 'None yet — to be filled.', '',
      '## 结果与复盘', '', '（待填写）', '',
    ].join('\n');
    const summary = summarisePlan(note, { path: 'p.md' });
    expect(summary.decisions).toBe(0);
    expect(summary.surprises).toBe(0);
  });
});

describe('labels, guides and "to be filled" steps', () => {
  test('template and guide text reads as the placeholder rules say (issue 10)', () => {
    // The full-width colon of Chinese and Japanese notes ends a label too.
    expect(isPlaceholderOnly('- 决策：<内容>\n  理由：<原因>')).toBe(true);
    expect(isPlaceholderOnly('- 决策：使用 SQLite')).toBe(false);
    // A guide's instructions are prose about the section, not entries in it.
    expect(isInstruction('Document unexpected behaviors, bugs, optimizations, or insights discovered during implementation.')).toBe(true);
    expect(isInstruction('Record every decision made while working on the plan, with its rationale.')).toBe(true);
    expect(isInstruction('Summarize outcomes, gaps, and lessons learned at major milestones or at completion.')).toBe(true);
    expect(isInstruction('The drip lines went in a week late; order parts first next time.')).toBe(false);
    // "To be filled" phrases are the template's; real work with the same first words is not.
    expect(isPlaceholderOnly('(record as decisions are made)')).toBe(true);
    expect(isPlaceholderOnly('Update when the API lands.')).toBe(false);
    expect(isPlaceholderOnly('Log as JSON')).toBe(false);
    expect(isPlaceholderOnly('Updated after review')).toBe(false);
  });

  test('a step whose words are only a placeholder is no step; a real step with the same first word is', () => {
    const steps = (...lines: string[]): number => summarisePlan(['---', 'type: execplan', '---', '## Progress', ...lines].join('\n'), { path: 'n.md' }).progress.total;
    expect(steps('- [ ] 待填写', '- [ ] To be filled during implementation', '- [ ] (fill during work)', '- [ ] 步骤：<描述>')).toBe(0);
    expect(steps('- [ ] 处理冲突', '- [ ] Update when the API lands', '- [ ] Pending payments view', '- [ ] Step：write it')).toBe(4);
  });
});
