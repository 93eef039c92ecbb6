import { isPlaceholderOnly } from '../../../src/core/read/placeholders';
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
