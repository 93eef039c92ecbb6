import { classifyHeading, configureSectionNames } from '../../../src/core/sections';
import { headingKind } from '../../../src/core/index/heading-kinds';

describe('classifyHeading: section names in other languages', () => {
  test.each([
    // Chinese (simplified)
    ['进度', 'progress'],
    ['意外与发现', 'surprises'],
    ['决策日志', 'decisions'],
    ['结果与复盘', 'retrospective'],
    ['交接', 'handoff'],
    ['目的 / 全局', 'purpose'],
    ['具体步骤', 'concrete-steps'],
    ['一、进度', 'progress'],
    ['进度（持续更新）', 'progress'],
    // Chinese (traditional)
    ['進度', 'progress'],
    ['意外與發現', 'surprises'],
    ['決策日誌', 'decisions'],
    ['結果與回顧', 'retrospective'],
    // Japanese
    ['進捗', 'progress'],
    ['驚きと発見', 'surprises'],
    ['決定ログ', 'decisions'],
    ['成果と振り返り', 'retrospective'],
    ['引き継ぎ', 'handoff'],
    // Korean
    ['진행 상황', 'progress'],
    ['놀라움과 발견', 'surprises'],
    ['결정 로그', 'decisions'],
    ['결과 및 회고', 'retrospective'],
    ['인수인계', 'handoff'],
    // German
    ['Fortschritt', 'progress'],
    ['Überraschungen & Erkenntnisse', 'surprises'],
    ['Entscheidungsprotokoll', 'decisions'],
    ['Ergebnisse und Rückblick', 'retrospective'],
    ['Übergabe', 'handoff'],
    ['Konkrete Schritte', 'concrete-steps'],
    // French
    ['Avancement', 'progress'],
    ['Surprises et découvertes', 'surprises'],
    ['Journal des décisions', 'decisions'],
    ['Résultats et rétrospective', 'retrospective'],
    ['Passation', 'handoff'],
    // Spanish
    ['Progreso', 'progress'],
    ['Sorpresas y descubrimientos', 'surprises'],
    ['Registro de decisiones', 'decisions'],
    ['Resultados y retrospectiva', 'retrospective'],
    ['Traspaso', 'handoff'],
    // Portuguese
    ['Progresso', 'progress'],
    ['Surpresas e descobertas', 'surprises'],
    ['Registro de decisões', 'decisions'],
    ['Resultados e retrospectiva', 'retrospective'],
    // Steps kept under other headings
    ['Todo', 'concrete-steps'],
    ['Checklist', 'concrete-steps'],
    ['Tasks', 'concrete-steps'],
    ['Milestones', 'concrete-steps'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('classifyHeading: a heading names a section only when it starts with its name', () => {
  test.each([
    ['Milestone 5: Discovery orchestration', 'other'],
    ['Security decisions', 'other'],
    ['Progressive enhancement', 'other'],
    ['Logging format', 'other'],
    ['Planning poker', 'other'],
    ['Key decisions', 'decisions'],
    ['Notable surprises', 'surprises'],
    ['Next Steps / Handoff Notes', 'handoff'],
    ['Progress:', 'progress'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('configureSectionNames', () => {
  afterEach(() => configureSectionNames({}));

  test('adds the user’s names for a kind, and the index follows at once', () => {
    expect(classifyHeading('Beschlüsse')).toBe('other');
    expect(headingKind('Beschlüsse')).toBe('other');
    configureSectionNames({ decisions: ['Beschlüsse'], progress: ['Tagebuch'] });
    expect(classifyHeading('Beschlüsse')).toBe('decisions');
    expect(classifyHeading('## Tagebuch (Woche 3)'.replace('## ', ''))).toBe('progress');
    expect(headingKind('Beschlüsse')).toBe('decisions');
  });

  test('replacing the names forgets the old ones', () => {
    configureSectionNames({ decisions: ['Beschlüsse'] });
    configureSectionNames({});
    expect(classifyHeading('Beschlüsse')).toBe('other');
    expect(headingKind('Beschlüsse')).toBe('other');
  });
});
