/** @jest-environment jsdom */
import { configureSectionNames } from '../../src/core/sections';
import { flush, openDashboard, rowTitles } from '../dashboard/harness';
import { logVia, openNote, setup } from './plugin-harness';

const CHINESE = [
  '# 离线同步',
  '',
  '**阶段:** 1 | **状态:** 🚧 进行中',
  '',
  '## 进度',
  '',
  '- [x] (2026-11-02 09:00Z) 搭建存储',
  '- [ ] 处理冲突',
  '',
  '## 决策日志',
  '',
  '- (2026-11-03 10:00Z) 使用令牌桶。',
  '',
].join('\n');

/** Only the user's own names make this a plan: "Tagebuch" and "Beschlüsse" are in no vocabulary. */
const GERMAN_CUSTOM = ['# Abrechnung', '', '## Tagebuch', '', '- [ ] Export schreiben', '', '## Beschlüsse', '', '- Alte Berichte bleiben.', ''].join('\n');

afterEach(() => configureSectionNames({}));

describe('plans in other languages, on the dashboard', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  test('a Chinese plan outside the plans folder is on the dashboard with its status', async () => {
    const d = await openDashboard({ 'Notes/离线.md': CHINESE });
    expect(rowTitles(d.view)).toEqual(['离线同步']);
    expect(rowTitles(d.view, 'In progress')).toEqual(['离线同步']);
  });

  test('extra section names from the settings make the dashboard re-read the vault', async () => {
    const d = await openDashboard({ 'Notes/Abrechnung.md': GERMAN_CUSTOM });
    expect(rowTitles(d.view)).toEqual([]);
    d.plugin.settings.sectionNames = 'progress: Tagebuch\ndecisions: Beschlüsse';
    await d.plugin.saveSettings();
    for (let i = 0; i < 5; i++) await flush(d);
    expect(rowTitles(d.view)).toEqual(['Abrechnung']);
  });
});

describe('plans in other languages, in the commands', () => {
  test('Log decision writes into the section the user named, with no English duplicate', async () => {
    const h = await setup({ 'Plans/Abrechnung.md': GERMAN_CUSTOM }, { sectionNames: 'progress: Tagebuch\ndecisions: Beschlüsse' });
    const view = await openNote(h, 'Plans/Abrechnung.md');
    await logVia(h, 'log-decision', 'Export als CSV.', 'Die Buchhaltung will es so.');
    const text = view.editor.getValue();
    expect(text).not.toContain('Decision Log');
    expect(text.indexOf('Export als CSV.')).toBeGreaterThan(text.indexOf('## Beschlüsse'));
  });
});
