import { normaliseStatus } from '../../../src/core/status';

describe('normaliseStatus: statuses as people write them, in many languages', () => {
  test.each([
    ['IN_PROGRESS', 'in-progress'],
    ['🚧 进行中', 'in-progress'],
    ['進行中', 'in-progress'],
    ['未完成', 'in-progress'],
    ['진행 중', 'in-progress'],
    ['In Arbeit', 'in-progress'],
    ['en cours', 'in-progress'],
    ['em andamento', 'in-progress'],
    ['已完成', 'complete'],
    ['完了', 'complete'],
    ['완료됨', 'complete'],
    ['abgeschlossen', 'complete'],
    ['Terminé', 'complete'],
    ['concluído', 'complete'],
    ['✅', 'complete'],
    ['⏸️ paused for review', 'blocked'],
    ['⏸️', 'blocked'],
    ['阻塞', 'blocked'],
    ['blockiert', 'blocked'],
    ['en attente', 'blocked'],
    ['❌', 'abandoned'],
    ['已取消', 'abandoned'],
    ['abgebrochen', 'abandoned'],
    ['草稿', 'proposed'],
    ['未着手', 'proposed'],
    ['Entwurf', 'proposed'],
    ['brouillon', 'proposed'],
    ['🚧', 'in-progress'],
  ])('%s → %s', (raw, kind) => {
    expect(normaliseStatus(raw)).toBe(kind);
  });

  test('a word inside a longer Latin word is no status', () => {
    expect(normaliseStatus('undone')).toBeNull();
    expect(normaliseStatus('Fertigung')).toBeNull();
  });
});
