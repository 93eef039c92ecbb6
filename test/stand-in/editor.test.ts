import { MarkdownView, type Editor as ObsidianEditor, type MarkdownView as ObsidianMarkdownView, type TFile } from 'obsidian';
import { createTestApp, Editor } from './obsidian';

function editorWith(text: string): Editor {
  const editor = new Editor();
  editor._load(text);
  return editor;
}

describe('Editor', () => {
  test('reads lines, ranges and converts positions both ways', () => {
    const ed = editorWith('ab\ncde\n');
    expect(ed.lineCount()).toBe(3);
    expect(ed.lastLine()).toBe(2);
    expect(ed.getLine(1)).toBe('cde');
    expect(ed.getLine(2)).toBe('');
    expect(ed.getRange({ line: 0, ch: 1 }, { line: 1, ch: 2 })).toBe('b\ncd');
    expect(ed.posToOffset({ line: 1, ch: 2 })).toBe(5);
    expect(ed.offsetToPos(5)).toEqual({ line: 1, ch: 2 });
    expect(ed.posToOffset({ line: 0, ch: 99 })).toBe(2); // ch is clamped to the line
    expect(() => ed.getLine(3)).toThrow(RangeError);
    expect(() => ed.posToOffset({ line: -1, ch: 0 })).toThrow(RangeError);
  });

  test('a transaction applies all changes against the original text, as one undo step', () => {
    const ed = editorWith('one two three');
    ed.transaction({
      changes: [
        { from: { line: 0, ch: 8 }, to: { line: 0, ch: 13 }, text: '3' },
        { from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: '1' },
      ],
    });
    expect(ed.getValue()).toBe('1 two 3');
    ed.undo();
    expect(ed.getValue()).toBe('one two three');
    ed.redo();
    expect(ed.getValue()).toBe('1 two 3');
    expect(() =>
      ed.transaction({
        changes: [
          { from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: 'x' },
          { from: { line: 0, ch: 2 }, to: { line: 0, ch: 4 }, text: 'y' },
        ],
      }),
    ).toThrow(/overlapping/);
  });

  test('the cursor is mapped through edits like CodeMirror', () => {
    const ed = editorWith('hello world');
    ed.setCursor({ line: 0, ch: 6 });
    ed.replaceRange('big ', { line: 0, ch: 0 }); // before the cursor: shifts it
    expect(ed.getCursor()).toEqual({ line: 0, ch: 10 });
    ed.replaceRange('XX', { line: 0, ch: 10 }); // exactly at the cursor: the cursor stays before
    expect(ed.getCursor()).toEqual({ line: 0, ch: 10 });
    ed.replaceRange('!', { line: 0, ch: 17 }); // after the cursor: no effect
    expect(ed.getCursor()).toEqual({ line: 0, ch: 10 });
    ed.replaceRange('', { line: 0, ch: 8 }, { line: 0, ch: 12 }); // a deletion around it: to its start
    expect(ed.getCursor()).toEqual({ line: 0, ch: 8 });
    ed.replaceRange('line\n', { line: 0, ch: 0 }); // a new line above moves it down
    expect(ed.getCursor()).toEqual({ line: 1, ch: 8 });
  });

  test('selections: explicit ones are in the new text; replaceSelection leaves the caret after', () => {
    const ed = editorWith('abc def');
    ed.setSelection({ line: 0, ch: 4 }, { line: 0, ch: 7 });
    expect(ed.getSelection()).toBe('def');
    expect(ed.somethingSelected()).toBe(true);
    ed.replaceSelection('xy');
    expect(ed.getValue()).toBe('abc xy');
    expect(ed.getCursor()).toEqual({ line: 0, ch: 6 });
    ed.transaction({ changes: [{ from: { line: 0, ch: 0 }, text: '> ' }], selection: { from: { line: 0, ch: 2 } } });
    expect(ed.getCursor()).toEqual({ line: 0, ch: 2 });
    ed.undo();
    expect(ed.getValue()).toBe('abc xy');
    expect(ed.getCursor()).toEqual({ line: 0, ch: 6 });
  });

  test('undo restores text and selection; a new edit clears redo', () => {
    const ed = editorWith('a');
    ed.setCursor({ line: 0, ch: 1 });
    ed.replaceSelection('b');
    ed.replaceSelection('c');
    expect(ed.getValue()).toBe('abc');
    ed.undo();
    expect(ed.getValue()).toBe('ab');
    expect(ed.getCursor()).toEqual({ line: 0, ch: 2 });
    ed.replaceSelection('z');
    ed.redo(); // nothing to redo any more
    expect(ed.getValue()).toBe('abz');
    ed.undo();
    ed.undo();
    ed.undo(); // past the start of history: no-op
    expect(ed.getValue()).toBe('a');
  });

  test('unimplemented editor commands throw instead of doing nothing', () => {
    expect(() => editorWith('').exec('goUp')).toThrow(/not implemented/);
  });
});

describe('MarkdownView and the vault', () => {
  async function openNote(text: string): Promise<{
    app: ReturnType<typeof createTestApp>['app'];
    testing: ReturnType<typeof createTestApp>['testing'];
    view: ObsidianMarkdownView;
    editor: ObsidianEditor;
    file: TFile;
  }> {
    const { app, testing } = createTestApp({ files: { 'p.md': text } });
    const view = await testing.openFile('p.md');
    const file = app.vault.getFileByPath('p.md');
    if (!file) throw new Error('missing');
    return { app, testing, view, editor: view.editor, file };
  }

  test('opening a note loads its text; the view is the active markdown view', async () => {
    const { app, view, editor, file } = await openNote('# P\n\nbody');
    expect(view).toBeInstanceOf(MarkdownView);
    expect(view.file).toBe(file);
    expect(view.getViewType()).toBe('markdown');
    expect(view.getMode()).toBe('source');
    expect(editor.getValue()).toBe('# P\n\nbody');
    expect(app.workspace.getActiveViewOfType(MarkdownView)).toBe(view);
    expect(app.workspace.getActiveFile()).toBe(file);
  });

  test('edits stay in the editor until saved; then the vault and metadata update', async () => {
    const { app, testing, view, editor, file } = await openNote('# P\n');
    editor.replaceRange('## Progress\n', { line: 1, ch: 0 });
    expect(await app.vault.read(file)).toBe('# P\n');
    await view.save();
    expect(await app.vault.read(file)).toBe('# P\n## Progress\n');
    expect(app.metadataCache.getFileCache(file)?.headings).toHaveLength(1);
    await testing.settle();
    expect(app.metadataCache.getFileCache(file)?.headings?.map((h) => h.heading)).toEqual(['P', 'Progress']);
  });

  test('settle() is the auto-save', async () => {
    const { app, testing, editor, file } = await openNote('x');
    testing.type(editor, 'y');
    expect(editor.getCursor()).toEqual({ line: 0, ch: 1 });
    await testing.settle();
    expect(await app.vault.read(file)).toBe('yx');
  });

  test('an outside change reloads the editor and keeps the cursor clamped', async () => {
    const { app, editor, file } = await openNote('line 0\nline 1\nline 2 is long');
    editor.setCursor({ line: 2, ch: 12 });
    await app.vault.process(file, () => 'short\nx');
    expect(editor.getValue()).toBe('short\nx');
    expect(editor.getCursor()).toEqual({ line: 1, ch: 1 });
  });

  test('unsaved editor edits are saved before another write to the same file, so both survive', async () => {
    const { app, editor, file } = await openNote('---\nstatus: a\n---\nbody\n');
    editor.replaceRange('more\n', { line: 4, ch: 0 });
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      fm.status = 'b';
    });
    expect(await app.vault.read(file)).toBe('---\nstatus: b\n---\nbody\nmore\n');
    expect(editor.getValue()).toBe('---\nstatus: b\n---\nbody\nmore\n');
  });

  test('editor changes fire the workspace editor-change event', async () => {
    const { app, editor, view } = await openNote('');
    const seen: unknown[] = [];
    app.workspace.on('editor-change', (ed: unknown, info: unknown) => seen.push(ed, info));
    editor.replaceSelection('x');
    expect(seen).toEqual([editor, view]);
  });
});
