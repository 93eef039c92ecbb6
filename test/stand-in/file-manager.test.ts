import type { TFile } from 'obsidian';
import { createTestApp } from './obsidian';

const BODY = '# Plan\n\n- [ ] Step   with  odd   spacing\t\n\n| a | b |\n|---|---|\n';

function setup(content: string): { app: ReturnType<typeof createTestApp>['app']; testing: ReturnType<typeof createTestApp>['testing']; file: TFile } {
  const { app, testing } = createTestApp({ files: { 'p.md': content } });
  const file = app.vault.getFileByPath('p.md');
  if (!file) throw new Error('missing file');
  return { app, testing, file };
}

describe('processFrontMatter', () => {
  test('rewrites only the frontmatter block and keeps every body byte', async () => {
    const { app, testing, file } = setup(`---\nstatus: proposed\ncreated: 2025-10-01\n---\n${BODY}`);
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      fm.status = 'in-progress';
      fm.updated = '2025-10-02';
    });
    const text = await app.vault.read(file);
    expect(text).toBe(`---\nstatus: in-progress\ncreated: 2025-10-01\nupdated: 2025-10-02\n---\n${BODY}`);
    await testing.settle();
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({
      status: 'in-progress',
      created: '2025-10-01',
      updated: '2025-10-02',
    });
  });

  test('adds a frontmatter block to a note without one', async () => {
    const { app, file } = setup(BODY);
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      fm.status = 'proposed';
      fm.tags = ['execplan'];
    });
    expect(await app.vault.read(file)).toBe(`---\nstatus: proposed\ntags:\n  - execplan\n---\n${BODY}`);
  });

  test('a callback that changes nothing leaves a note without frontmatter untouched', async () => {
    const { app, file } = setup(BODY);
    let modified = 0;
    app.vault.on('modify', () => modified++);
    await app.fileManager.processFrontMatter(file, () => undefined);
    expect(await app.vault.read(file)).toBe(BODY);
    expect(modified).toBe(0);
  });

  test('deleting the last key removes the block', async () => {
    const { app, file } = setup(`---\nstatus: x\n---\n${BODY}`);
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      delete fm.status;
    });
    expect(await app.vault.read(file)).toBe(BODY);
  });

  test('malformed YAML throws and leaves the file byte-identical, with no modify event', async () => {
    const original = `---\nstatus: [unclosed\ntitle: "x\n---\n${BODY}`;
    const { app, file } = setup(original);
    let modified = 0;
    app.vault.on('modify', () => modified++);
    const fn = jest.fn();
    await expect(app.fileManager.processFrontMatter(file, fn)).rejects.toThrow();
    expect(fn).not.toHaveBeenCalled();
    expect(await app.vault.read(file)).toBe(original);
    expect(modified).toBe(0);
  });

  test('an error thrown by the callback propagates and nothing is written', async () => {
    const original = `---\nstatus: x\n---\n${BODY}`;
    const { app, file } = setup(original);
    await expect(
      app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
        fm.status = 'changed';
        throw new Error('nope');
      }),
    ).rejects.toThrow('nope');
    expect(await app.vault.read(file)).toBe(original);
  });
});

describe('file manager', () => {
  test('renameFile moves, trashFile trashes, generateMarkdownLink writes a wikilink', async () => {
    const { app, testing, file } = setup('# P');
    await app.vault.createFolder('Archive');
    await app.fileManager.renameFile(file, 'Archive/p.md');
    expect(file.path).toBe('Archive/p.md');
    expect(app.fileManager.generateMarkdownLink(file, 'other.md', '#Progress', 'plan')).toBe('[[p#Progress|plan]]');
    expect(app.fileManager.getNewFileParent('').path).toBe('/');
    await app.fileManager.trashFile(file);
    expect(testing.trashed).toEqual(['Archive/p.md']);
    expect(app.vault.getFileByPath('Archive/p.md')).toBeNull();
  });
});
