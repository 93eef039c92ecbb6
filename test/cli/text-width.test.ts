import { displayWidth, padToWidth } from '../../src/cli/text-width';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['漢字', 4],
    ['ｶﾀｶﾅ', 4],
    ['ＡＢ', 4],
    ['한국어', 6],
    ['🚀', 2],
    ['❤️', 2],
    ['👍🏽', 2],
    ['👩‍💻', 2],
    ['🇫🇷', 2],
    ['Cafe\u0301', 4],
    ['e\u0301\u0302', 1],
    ['a\u200Bb', 2],
    ['\u0301', 0],
  ])('%j takes %d columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('pads by columns', () => {
    expect(padToWidth('漢', 4)).toBe('漢  ');
    expect(padToWidth('abcdef', 4)).toBe('abcdef');
  });
});
