import { cutToFit, graphemes, utf8Length } from '../../src/core/graphemes';
import { MAX_FILE_NAME_BYTES, fileNameFromTitle, sanitiseFileName } from '../../src/core/template/file-name';

describe('graphemes', () => {
  it('keeps marks, ZWJ sequences, skin tones and flags with their base', () => {
    expect(graphemes('e\u0301a👩‍💻👍🏽🇫🇷🇩🇪x')).toEqual(['e\u0301', 'a', '👩‍💻', '👍🏽', '🇫🇷', '🇩🇪', 'x']);
  });

  it('cuts to whole graphemes within a length and a byte budget', () => {
    expect(cutToFit('abc', 10, 10)).toBe('abc');
    expect(cutToFit('漢字漢字', 10, 7)).toBe('漢字');
    expect(cutToFit('ae\u0301', 2, 100)).toBe('a');
    expect(cutToFit('a👩‍💻', 3, 100)).toBe('a');
    expect(cutToFit('😀😀', 3, 100)).toBe('😀');
  });
});

describe('file names cut by bytes', () => {
  const ctx = { now: new Date('2026-01-31T14:05:00Z'), utc: true, status: 'Proposed', folder: '' };

  it('a 78-character CJK title becomes a name that fits 255 bytes with room for " 99999.md" and a temp suffix', () => {
    const result = fileNameFromTitle('{{title}}', { ...ctx, title: '漢'.repeat(78) });
    expect(result).toEqual({ ok: true, name: '漢'.repeat(66) });
    const name = result.ok ? result.name : '';
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(utf8Length(`.${name} 99999.md.9999999.abcdef.tmp`)).toBeLessThanOrEqual(255);
  });

  it('never splits a grapheme at the cut, and trims what the cut leaves at the end', () => {
    const accents = 'e\u0301'.repeat(100);
    const cut = sanitiseFileName(accents);
    expect(utf8Length(cut)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(cut).toBe('e\u0301'.repeat(cut.length / 2));
    expect(sanitiseFileName(`${'漢'.repeat(66)} 漢`)).toBe('漢'.repeat(66));
    const emoji = sanitiseFileName('👩‍💻'.repeat(30));
    expect(graphemes(emoji).every((g) => g === '👩‍💻')).toBe(true);
  });

  it('leaves ASCII titles to the character limit as before', () => {
    expect(sanitiseFileName('a'.repeat(300))).toBe('a'.repeat(180));
  });
});
