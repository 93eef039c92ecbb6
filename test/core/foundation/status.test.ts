import { isStatusPlaceholder, normaliseStatus } from '../../../src/core/status';

describe('normaliseStatus', () => {
  test.each([
    ['In progress', 'in-progress'],
    ['in-progress', 'in-progress'],
    ['Active', 'in-progress'],
    ['implementing', 'in-progress'],
    ['doing', 'in-progress'],
    ['🟡 In progress', 'in-progress'],
    ['🟡', 'in-progress'],
    ['🟢 Done', 'complete'],
    ['🟢', 'complete'],
    ['🔴', 'blocked'],
    ['Blocked', 'blocked'],
    ['On hold', 'blocked'],
    ['done', 'complete'],
    ['Completed', 'complete'],
    ['complete', 'complete'],
    ['shipped', 'complete'],
    ['abandoned', 'abandoned'],
    ['Cancelled', 'abandoned'],
    ['draft', 'proposed'],
    ['planned', 'proposed'],
    ['Proposed', 'proposed'],
    ['Not started', 'proposed'],
    ['**Done**', 'complete'],
    ['Done (was blocked for a week)', 'complete'],
  ])('%s → %s', (raw, kind) => {
    expect(normaliseStatus(raw)).toBe(kind);
  });

  test.each([
    '<Proposed | In Progress | Complete>',
    '[in-progress | completed | abandoned]',
    'draft | active | done',
    '<status>',
    '',
    '   ',
  ])('placeholder or empty %p has no status', (raw) => {
    expect(normaliseStatus(raw)).toBeNull();
  });

  test('unrecognised words have no status', () => {
    expect(normaliseStatus('purple')).toBeNull();
    expect(normaliseStatus(null)).toBeNull();
  });

  test('placeholder detection', () => {
    expect(isStatusPlaceholder('<Proposed | In Progress>')).toBe(true);
    expect(isStatusPlaceholder('In progress')).toBe(false);
  });
});
