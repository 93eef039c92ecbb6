import {
  findAnglePlaceholders,
  findLinePlaceholder,
  isAnglePlaceholder,
  isPlaceholderOnly,
} from '../../../src/core/read/placeholders';

describe('isAnglePlaceholder', () => {
  it('tells prompts from tags and links', () => {
    expect(isAnglePlaceholder('name', '')).toBe(true);
    expect(isAnglePlaceholder('title', '')).toBe(true);
    expect(isAnglePlaceholder('a short description', '')).toBe(true);
    expect(isAnglePlaceholder('details open', '')).toBe(false);
    expect(isAnglePlaceholder('br/', '')).toBe(false);
    expect(isAnglePlaceholder('a href="x"', '')).toBe(false);
    expect(isAnglePlaceholder('https://x.y', '')).toBe(false);
    expect(isAnglePlaceholder('me@x.y', '')).toBe(false);
    expect(isAnglePlaceholder('file name.md', '](')).toBe(false);
  });
});

describe('findAnglePlaceholders', () => {
  it('finds every prompt on a line with its offset', () => {
    expect(findAnglePlaceholders('A <one> and <two | three> but <br> and x<y>')).toEqual([
      { index: 2, text: '<one>' },
      { index: 12, text: '<two | three>' },
    ]);
  });
});

describe('findLinePlaceholder', () => {
  it('returns the first placeholder on a line', () => {
    expect(findLinePlaceholder('TBD then <name>')).toEqual({ index: 0, text: 'TBD' });
    expect(findLinePlaceholder('<name> then TBD')).toEqual({ index: 0, text: '<name>' });
    expect(findLinePlaceholder('- …')).toEqual({ index: 2, text: '…' });
    expect(findLinePlaceholder('plain text')).toBeNull();
    expect(findLinePlaceholder('to be continued...')).toBeNull();
  });
});

describe('isPlaceholderOnly', () => {
  it.each([
    '',
    '- Decision: …',
    '- Decision: <what>\n  Rationale: <why>\n  Date/Author: [YYYY-MM-DD] / <name>',
    '| <date> | <decision> |',
    '### <YYYY-MM-DD> <title>',
    '**Decision:** ...',
    '_None yet._',
    '(none)',
    'Nothing yet.',
    'No decisions so far.',
    'TBD',
    '<!-- comment -->',
    '%% comment %%',
    '- [ ] (YYYY-MM-DD HH:MMZ) <first step>',
  ])('is true for %j', (text) => {
    expect(isPlaceholderOnly(text)).toBe(true);
  });

  it.each([
    '- Decision: Use SQLite',
    '**2025-01-10**: ',
    'None of the vendors fit',
    'No caching for now',
    'Use redis',
    '| 2025-01-09 | <decision> |',
    '<details open>',
  ])('is false for %j', (text) => {
    expect(isPlaceholderOnly(text)).toBe(false);
  });
});
