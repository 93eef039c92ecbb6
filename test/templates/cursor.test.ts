/** @jest-environment jsdom */
import { firstEmptySectionOffset } from '../../src/plugin/templates/cursor-target';
import { activeView, createPlan, read, setup } from './helpers';

/** The editor's cursor as an offset, and the text just before it. */
function cursorContext(h: Awaited<ReturnType<typeof setup>>): { offset: number; before: string; after: string } {
  const editor = activeView(h).editor;
  const offset = editor.posToOffset(editor.getCursor());
  const text = editor.getValue();
  return { offset, before: text.slice(0, offset), after: text.slice(offset) };
}

describe('where the cursor lands in a new plan', () => {
  test('at {{cursor}}, also when plan properties were added above it; later markers vanish', async () => {
    const h = await setup({ files: { 'Templates/Plans/C.md': '# {{title}}\n\nFirst: {{cursor}}here\n\n## Purpose\n\n{{cursor}}\n' } });
    await createPlan(h, 'Cursor', 'C');
    const text = await read(h, 'Plans/Cursor.md');
    expect(text).toContain('First: here\n\n## Purpose\n\n\n');
    expect(text.startsWith('---\ntype: execplan\n')).toBe(true);
    const at = cursorContext(h);
    expect(at.before.endsWith('First: ')).toBe(true);
    expect(at.after.startsWith('here\n')).toBe(true);
    expect(activeView(h).editor.hasFocus()).toBe(true);
  });

  test('without {{cursor}}: on the blank line of the first empty section', async () => {
    const h = await setup({
      files: { 'Templates/Plans/Plain.md': '# {{title}}\n\nIntro.\n\n## Purpose\n\nAlready said.\n\n## Progress\n\n## Decisions\n' },
    });
    await createPlan(h, 'No marker', 'Plain');
    const at = cursorContext(h);
    expect(at.before.endsWith('## Progress\n')).toBe(true);
    expect(at.after.startsWith('\n## Decisions')).toBe(true);
  });
});

describe('firstEmptySectionOffset', () => {
  test.each([
    ['blank line under the heading', '# T\n\nIntro.\n\n## A\n\ntext\n\n## B\n\n## C\n', '# T\n\nIntro.\n\n## A\n\ntext\n\n## B\n'],
    ['heading directly followed by the next: end of the heading line', '## A\n## B\ntext\n', '## A'],
    ['last heading without a line ending', '## A\ntext\n## B', '## A\ntext\n## B'],
    ['last heading with a line ending: the line after it', '## A\ntext\n## B\n', '## A\ntext\n## B\n'],
    ['a parent with sub-sections is not empty; its empty child is', '## A\n\n### A1\n\n', '## A\n\n### A1\n'],
    ['CRLF', '## A\r\n\r\n## B\r\n', '## A\r\n'],
    ['no empty section: the end of the note', '## A\ntext\n', '## A\ntext\n'],
    ['no heading at all: the end of the note', 'just text', 'just text'],
  ])('%s', (_name, text, before) => {
    expect(text.slice(0, firstEmptySectionOffset(text))).toBe(before);
  });
});
