import type { CachedMetadata, TAbstractFile, TFile } from 'obsidian';
import { createTestApp, getAllTags, normalizePath, parseYaml, stringifyYaml, TFolder } from './obsidian';

const NOTE = '---\nstatus: proposed\ntags: [plan]\n---\n# Plan\n\n## Progress\n\n- [ ] First step #todo\n';

function fileOf(app: ReturnType<typeof createTestApp>['app'], path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`missing ${path}`);
  return file;
}

describe('vault files', () => {
  test('seeded files exist with folders, stats from the test clock, and are already indexed', () => {
    const now = new Date('2025-10-01T13:00:00Z');
    const { app } = createTestApp({ files: { 'Plans/a.md': NOTE, 'b.txt': 'x' }, now });
    const file = fileOf(app, 'Plans/a.md');
    expect(file).toMatchObject({ name: 'a.md', basename: 'a', extension: 'md', path: 'Plans/a.md' });
    expect(file.parent).toBeInstanceOf(TFolder);
    expect(file.parent?.path).toBe('Plans');
    expect(file.stat).toEqual({ ctime: now.getTime(), mtime: now.getTime(), size: NOTE.length });
    expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['Plans/a.md']);
    expect(app.vault.getFiles()).toHaveLength(2);
    expect(app.vault.getAllLoadedFiles().map((f) => f.path)).toEqual(['/', 'Plans', 'Plans/a.md', 'b.txt']);
    expect(app.metadataCache.getFileCache(file)?.headings?.map((h) => h.heading)).toEqual(['Plan', 'Progress']);
    expect(app.metadataCache.getCache('b.txt')).toBeNull();
  });

  test('create refuses an existing path and a missing parent folder, like Obsidian', async () => {
    const { app } = createTestApp({ files: { 'a.md': '' } });
    await expect(app.vault.create('a.md', 'x')).rejects.toThrow('File already exists.');
    await expect(app.vault.create('Missing/b.md', 'x')).rejects.toThrow(/ENOENT/);
    await expect(app.vault.create('/c.md', 'x')).rejects.toThrow(/normalizePath/);
    await app.vault.createFolder('Missing/Deep');
    await expect(app.vault.create('Missing/Deep/b.md', 'x')).resolves.toMatchObject({ path: 'Missing/Deep/b.md' });
    await expect(app.vault.createFolder('Missing')).rejects.toThrow('Folder already exists.');
  });

  test('writes fire vault events synchronously and advance mtime with the clock', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': 'one' } });
    const events: string[] = [];
    app.vault.on('create', (f: TAbstractFile) => events.push(`create ${f.path}`));
    app.vault.on('modify', (f: TAbstractFile) => events.push(`modify ${f.path}`));
    app.vault.on('delete', (f: TAbstractFile) => events.push(`delete ${f.path}`));
    app.vault.on('rename', (f: TAbstractFile, old: string) => events.push(`rename ${old} -> ${f.path}`));
    const file = fileOf(app, 'a.md');
    const created = file.stat.mtime;

    testing.advance(60_000);
    await app.vault.modify(file, 'two');
    expect(file.stat.mtime).toBe(created + 60_000);
    expect(file.stat.ctime).toBe(created);
    await expect(app.vault.process(file, (t) => t + ' three')).resolves.toBe('two three');
    await app.vault.append(file, '!');
    expect(await app.vault.read(file)).toBe('two three!');
    const other = await app.vault.create('b.md', 'b');
    await app.vault.rename(other, 'c.md');
    await app.vault.delete(other);
    expect(events).toEqual(['modify a.md', 'modify a.md', 'modify a.md', 'create b.md', 'rename b.md -> c.md', 'delete c.md']);
    await expect(app.vault.read(other)).rejects.toThrow(/ENOENT/);
  });

  test('renaming a folder moves its files', async () => {
    const { app } = createTestApp({ files: { 'Old/x.md': '# X' } });
    const renamed: string[] = [];
    app.vault.on('rename', (f: TAbstractFile, old: string) => renamed.push(`${old}>${f.path}`));
    await app.vault.rename(app.vault.getAbstractFileByPath('Old') as TAbstractFile, 'New');
    expect(app.vault.getFileByPath('New/x.md')).not.toBeNull();
    expect(app.vault.getAbstractFileByPath('Old')).toBeNull();
    expect(renamed).toEqual(['Old>New', 'Old/x.md>New/x.md']);
    expect(app.metadataCache.getCache('New/x.md')?.headings?.[0]?.heading).toBe('X');
  });
});

describe('metadata cache', () => {
  test('a change is indexed asynchronously: stale right after the write, fresh after settle', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': NOTE } });
    const file = fileOf(app, 'a.md');
    const changed: [string, string, CachedMetadata][] = [];
    let resolved = 0;
    app.metadataCache.on('changed', (f: TFile, data: string, cache: CachedMetadata) => changed.push([f.path, data, cache]));
    app.metadataCache.on('resolved', () => resolved++);

    await app.vault.modify(file, NOTE.replace('proposed', 'complete'));
    expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe('proposed');
    expect(changed).toHaveLength(0);

    await testing.settle();
    expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe('complete');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.[0]).toBe('a.md');
    expect(changed[0]?.[1]).toContain('status: complete');
    expect(changed[0]?.[2]).toBe(app.metadataCache.getFileCache(file));
    expect(resolved).toBe(1);
  });

  test('indexing also happens on its own, without settle', async () => {
    const { app } = createTestApp({ files: { 'a.md': '# A' } });
    const file = fileOf(app, 'a.md');
    const seen = new Promise<string>((resolve) =>
      app.metadataCache.on('changed', (_f: TFile, _d: string, cache: CachedMetadata) => resolve(cache.headings?.[0]?.heading ?? '')),
    );
    await app.vault.modify(file, '# B');
    await expect(seen).resolves.toBe('B');
  });

  test('rewriting identical content fires modify but no changed; new files are null until indexed', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': '# A' } });
    const file = fileOf(app, 'a.md');
    let changed = 0;
    app.metadataCache.on('changed', () => changed++);
    await app.vault.modify(file, '# A');
    await testing.settle();
    expect(changed).toBe(0);

    const created = await app.vault.create('n.md', '- [ ] task');
    expect(app.metadataCache.getFileCache(created)).toBeNull();
    await testing.settle();
    expect(app.metadataCache.getFileCache(created)?.listItems?.[0]?.task).toBe(' ');
    expect(changed).toBe(1);
  });

  test('deleting fires deleted with the previous cache', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': '# A' } });
    const file = fileOf(app, 'a.md');
    const deleted: [string, string | undefined][] = [];
    app.metadataCache.on('deleted', (f: TFile, prev: CachedMetadata | null) => deleted.push([f.path, prev?.headings?.[0]?.heading]));
    await app.vault.delete(file);
    expect(app.metadataCache.getCache('a.md')).toBeNull();
    await testing.settle();
    expect(deleted).toEqual([['a.md', 'A']]);
  });

  test('links resolve to files and are counted in resolvedLinks', async () => {
    const { app, testing } = createTestApp({
      files: { 'Plans/a.md': 'See [[b]] and [[Plans/b#Heading|b]] and [[nowhere]].', 'Plans/b.md': '# B' },
    });
    expect(app.metadataCache.getFirstLinkpathDest('b', 'Plans/a.md')?.path).toBe('Plans/b.md');
    expect(app.metadataCache.getFirstLinkpathDest('nowhere', 'Plans/a.md')).toBeNull();
    expect(app.metadataCache.resolvedLinks['Plans/a.md']).toEqual({ 'Plans/b.md': 2 });
    expect(app.metadataCache.unresolvedLinks['Plans/a.md']).toEqual({ nowhere: 1 });
    await app.vault.modify(fileOf(app, 'Plans/a.md'), 'no links');
    await testing.settle();
    expect(app.metadataCache.resolvedLinks['Plans/a.md']).toEqual({});
  });

  test('an error thrown by an event handler fails settle() instead of vanishing', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': '# A' } });
    app.metadataCache.on('changed', () => {
      throw new Error('handler broke');
    });
    let afterHandler = false;
    app.metadataCache.on('changed', () => (afterHandler = true));
    await app.vault.modify(fileOf(app, 'a.md'), '# B');
    await expect(testing.settle()).rejects.toThrow('handler broke');
    expect(afterHandler).toBe(true);
  });
});

describe('helpers', () => {
  test.each([
    ['Plans/My plan.md', 'Plans/My plan.md'],
    ['/Plans//sub///x.md/', 'Plans/sub/x.md'],
    ['Plans\\sub\\x.md', 'Plans/sub/x.md'],
    ['a\u00a0b.md', 'a b.md'],
    ['', '/'],
    ['/', '/'],
    ['Cafe\u0301.md', 'Caf\u00e9.md'],
  ])('normalizePath(%j) is %j', (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });

  test('getAllTags lists frontmatter tags, then body tags', () => {
    const { app } = createTestApp({ files: { 'a.md': NOTE } });
    const cache = app.metadataCache.getCache('a.md');
    expect(cache && getAllTags(cache)).toEqual(['#plan', '#todo']);
  });

  test('parseYaml throws on malformed YAML; stringifyYaml writes block YAML', () => {
    expect(() => parseYaml('a: [1, 2')).toThrow();
    expect(parseYaml('a: 1\nb: [x]')).toEqual({ a: 1, b: ['x'] });
    expect(stringifyYaml({ status: 'complete', tags: ['a', 'b'] })).toBe('status: complete\ntags:\n  - a\n  - b\n');
  });
});
