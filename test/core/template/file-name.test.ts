import {
  MAX_FILE_NAME_LENGTH,
  fileNameFromTitle,
  normaliseFolder,
  sanitiseFileName,
  uniquePath,
} from '../../../src/core/template/file-name';
import type { FileNameContext } from '../../../src/core/template/types';

const NOW = new Date(Date.UTC(2026, 10, 21, 14, 5, 9));
const ctx = (title: string): FileNameContext => ({ title, now: NOW, utc: true, status: 'proposed', folder: 'Plans' });

function name(pattern: string, title: string): string {
  const result = fileNameFromTitle(pattern, ctx(title));
  if (!result.ok) throw new Error(result.message);
  return result.name;
}

describe('fileNameFromTitle', () => {
  test('default pattern is the title', () => {
    expect(name('', 'Ship the dashboard')).toBe('Ship the dashboard');
    expect(name('   ', 'Ship the dashboard')).toBe('Ship the dashboard');
    expect(name('{{title}}', 'Ship the dashboard')).toBe('Ship the dashboard');
  });

  test('patterns use the template variables', () => {
    expect(name('{{date}} {{title}}', 'Plan')).toBe('2026-11-21 Plan');
    expect(name('{{date:YYYY/MM/DD}} {{title}} ({{status}})', 'Plan')).toBe('2026-11-21 Plan (proposed)');
    expect(name('{{time}}', 'x')).toBe('14-05');
  });

  test('every forbidden character becomes -', () => {
    expect(name('{{title}}', 'a\\b/c:d*e?f"g<h>i|j#k^l[m]n')).toBe('a-b-c-d-e-f-g-h-i-j-k-l-m-n');
  });

  test('control characters are replaced, whitespace collapsed', () => {
    expect(name('{{title}}', 'a\u0000b\u0007c\u007f')).toBe('a-b-c-');
    expect(name('{{title}}', '  many   \t spaces\nand\r\nlines  ')).toBe('many spaces and lines');
  });

  test('leading dots and trailing dots or spaces are removed', () => {
    expect(name('{{title}}', '.hidden')).toBe('hidden');
    expect(name('{{title}}', '... . dots')).toBe('dots');
    expect(name('{{title}}', 'Ends with dots... ')).toBe('Ends with dots');
    expect(name('{{title}}', 'v1.2 release')).toBe('v1.2 release');
  });

  test('keeps letters from every script and emoji', () => {
    expect(name('{{title}}', 'Überblick 計画 🚀')).toBe('Überblick 計画 🚀');
  });

  test('empty results are refused with a clear message', () => {
    expect(fileNameFromTitle('{{title}}', ctx(''))).toEqual({ ok: false, message: 'The plan needs a title to name its file.' });
    expect(fileNameFromTitle('{{title}}', ctx('   '))).toMatchObject({ ok: false });
    const dots = fileNameFromTitle('{{title}}', ctx('...'));
    expect(dots.ok).toBe(false);
    if (!dots.ok) expect(dots.message).toContain('"..."');
  });

  test('long names are cut without splitting an emoji', () => {
    const long = name('{{title}}', `${'a'.repeat(MAX_FILE_NAME_LENGTH - 1)}🚀🚀`);
    expect(long).toBe('a'.repeat(MAX_FILE_NAME_LENGTH - 1));
    expect(name('{{title}}', 'b'.repeat(500))).toHaveLength(MAX_FILE_NAME_LENGTH);
  });

  test('prompts, cursor and unknown variables are refused', () => {
    expect(fileNameFromTitle('{{prompt:Name}}', ctx('x'))).toMatchObject({ ok: false });
    expect(fileNameFromTitle('{{title}}{{cursor}}', ctx('x'))).toMatchObject({ ok: false });
    const unknown = fileNameFromTitle('{{author}} {{title}}', ctx('x'));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('{{author}}');
  });

  test('sanitiseFileName on its own', () => {
    expect(sanitiseFileName('Q3: launch / review')).toBe('Q3- launch - review');
    expect(sanitiseFileName('...')).toBe('');
  });
});

describe('uniquePath', () => {
  const taken = (...paths: string[]) => (p: string) => paths.includes(p);

  test('free name is used as is', () => {
    expect(uniquePath('Plans', 'Ship', taken())).toBe('Plans/Ship.md');
  });

  test('collisions count up from 2', () => {
    expect(uniquePath('Plans', 'Ship', taken('Plans/Ship.md'))).toBe('Plans/Ship 2.md');
    expect(uniquePath('Plans', 'Ship', taken('Plans/Ship.md', 'Plans/Ship 2.md'))).toBe('Plans/Ship 3.md');
    // A gap is reused.
    expect(uniquePath('Plans', 'Ship', taken('Plans/Ship.md', 'Plans/Ship 3.md'))).toBe('Plans/Ship 2.md');
  });

  test('vault root and slash normalisation', () => {
    expect(uniquePath('', 'Ship', taken())).toBe('Ship.md');
    expect(uniquePath('/', 'Ship', taken('Ship.md'))).toBe('Ship 2.md');
    expect(uniquePath('/Plans//Work/', 'Ship', taken())).toBe('Plans/Work/Ship.md');
    expect(uniquePath('Plans\\Work', 'Ship', taken())).toBe('Plans/Work/Ship.md');
    expect(uniquePath('./Plans/./', 'Ship', taken())).toBe('Plans/Ship.md');
  });

  test('extension with or without dot, or none', () => {
    expect(uniquePath('', 'Ship', taken(), '.canvas')).toBe('Ship.canvas');
    expect(uniquePath('', 'Ship', taken('Ship'), '')).toBe('Ship 2');
  });

  test('gives up instead of looping forever', () => {
    expect(() => uniquePath('', 'Ship', () => true)).toThrow('No free file name for "Ship"');
  });

  test('normaliseFolder', () => {
    expect(normaliseFolder('')).toBe('');
    expect(normaliseFolder('/')).toBe('');
    expect(normaliseFolder('a//b/')).toBe('a/b');
  });
});
