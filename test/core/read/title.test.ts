import { parseDocument } from '../../../src/core/markdown';
import { readTitle } from '../../../src/core/read';
import { doc, lines } from './helpers';

describe('readTitle', () => {
  it('prefers the title property', () => {
    expect(readTitle(doc(lines('---', 'title: From property', '---', '# From heading'), 'file'))).toBe('From property');
  });

  it('falls back to the first H1, skipping H2s', () => {
    expect(readTitle(doc(lines('## Not me', '# First H1', '# Second H1'), 'file'))).toBe('First H1');
  });

  it('reads a setext H1', () => {
    expect(readTitle(doc(lines('Setext title', '============', '', 'body')))).toBe('Setext title');
  });

  it('falls back to the file name, then Untitled', () => {
    expect(readTitle(doc(lines('## Only an H2', 'text'), 'my-plan'))).toBe('my-plan');
    expect(readTitle(doc('', undefined))).toBe('Untitled');
    expect(readTitle(doc('just text'))).toBe('Untitled');
  });

  it('ignores an H1 inside a code fence or a comment', () => {
    expect(readTitle(doc(lines('```', '# Fake', '```', '%%', '# Hidden', '%%'), 'real-name'))).toBe('real-name');
  });

  it('skips an empty or placeholder title property and a placeholder H1', () => {
    expect(readTitle(doc(lines('---', 'title: ""', '---', '# Heading')))).toBe('Heading');
    expect(readTitle(doc(lines('---', 'title: <Short, action-oriented title>', '---', '# <Title>'), 'plan-a'))).toBe(
      'plan-a',
    );
  });

  it('prints a non-text title property', () => {
    expect(readTitle(doc(lines('---', 'title: 2048', '---')))).toBe('2048');
  });

  it('reads the title property without a YAML parser', () => {
    expect(readTitle(parseDocument(lines('---', 'title: "Quoted title"', '---', '# H1')))).toBe('Quoted title');
  });
});
