/** @jest-environment jsdom */
import { rewrite } from '../../src/plugin/note-writer';
import { PLAN } from './fixtures';
import { openNote, setup } from './plugin-harness';

describe('rewrite', () => {
  test('a failed edit shows its message and writes nothing (closed note: the file is not even touched)', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const file = h.file('Plans/widget.md');
    const mtime = file.stat.mtime;
    h.testing.advance(60_000);
    const outcome = await rewrite(h.app, file, () => ({ ok: false, code: 'empty-text', message: 'Nothing to add.' }));
    expect(outcome).toEqual({ ok: false, message: 'Nothing to add.' });
    expect(h.testing.notices).toEqual(['Nothing to add.']);
    expect(await h.read('Plans/widget.md')).toBe(PLAN);
    expect(file.stat.mtime).toBe(mtime);
  });

  test('an edit with nothing to change leaves the file untouched', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const file = h.file('Plans/widget.md');
    const mtime = file.stat.mtime;
    h.testing.advance(60_000);
    const outcome = await rewrite(h.app, file, () => ({ ok: true, splices: [], description: 'Already so.' }));
    expect(outcome).toMatchObject({ ok: true, changed: false });
    expect(file.stat.mtime).toBe(mtime);
    expect(h.testing.notices).toEqual([]);
  });

  test('a computation that throws becomes a notice, not a broken note', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const view = await openNote(h, 'Plans/widget.md');
    const outcome = await rewrite(h.app, h.file('Plans/widget.md'), () => {
      throw new Error('boom');
    });
    expect(outcome.ok).toBe(false);
    expect(h.testing.notices).toEqual(['Could not compute the change: boom']);
    expect(view.editor.getValue()).toBe(PLAN);
  });

  test('several splices at once, given in any order, apply against the same text', async () => {
    const h = await setup({ 'a.md': 'one two three' });
    const splices = [
      { offset: 8, deleteCount: 5, insert: '3' },
      { offset: 0, deleteCount: 3, insert: '1' },
      { offset: 4, deleteCount: 3, insert: '2' },
    ];
    await rewrite(h.app, h.file('a.md'), () => ({ ok: true, splices, description: '' }));
    expect(await h.read('a.md')).toBe('1 2 3');
    const view = await openNote(h, 'a.md');
    await rewrite(h.app, h.file('a.md'), () => ({
      ok: true,
      splices: [
        { offset: 2, deleteCount: 1, insert: 'two' },
        { offset: 0, deleteCount: 1, insert: 'one' },
      ],
      description: '',
    }));
    expect(view.editor.getValue()).toBe('one two 3');
  });
});
