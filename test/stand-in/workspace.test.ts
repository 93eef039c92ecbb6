/** @jest-environment jsdom */
import { ItemView, MarkdownView, type TFile, type WorkspaceLeaf } from 'obsidian';
import { createTestApp, loadPlugin } from './obsidian';
import { Plugin } from 'obsidian';

class SideView extends ItemView {
  getViewType(): string {
    return 'side';
  }
  getDisplayText(): string {
    return 'Side';
  }
}

class SidePlugin extends Plugin {
  ready = 0;
  override onload(): void {
    this.registerView('side', (leaf: WorkspaceLeaf) => new SideView(leaf));
    this.app.workspace.onLayoutReady(() => this.ready++);
  }
}

function fileAt(app: ReturnType<typeof createTestApp>['app'], path: string): TFile {
  const f = app.vault.getFileByPath(path);
  if (!f) throw new Error(path);
  return f;
}

describe('workspace', () => {
  test('onLayoutReady waits for layoutReady(), then runs callbacks at once', async () => {
    const { app, testing } = createTestApp();
    const plugin = await loadPlugin(SidePlugin, app);
    expect(app.workspace.layoutReady).toBe(false);
    expect(plugin.ready).toBe(0);
    await testing.layoutReady();
    expect(app.workspace.layoutReady).toBe(true);
    expect(plugin.ready).toBe(1);
    let later = 0;
    app.workspace.onLayoutReady(() => later++);
    expect(later).toBe(1);
  });

  test('opening files fires file-open and active-leaf-change; getLeaf reuses the active tab', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': '# A', 'b.md': '# B' } });
    const events: string[] = [];
    app.workspace.on('file-open', (file: TFile | null) => events.push(`file-open ${file?.path ?? 'null'}`));
    app.workspace.on('active-leaf-change', () => events.push('active-leaf-change'));
    const first = app.workspace.getLeaf(false);
    const viewA = await testing.openFile('a.md');
    expect(viewA.leaf).toBe(first);
    const viewB = await testing.openFile('b.md', 'tab');
    expect(viewB.leaf).not.toBe(first);
    expect(app.workspace.getActiveFile()?.path).toBe('b.md');
    expect(app.workspace.getLeavesOfType('markdown')).toHaveLength(2);
    app.workspace.setActiveLeaf(first, { focus: true });
    expect(app.workspace.getActiveFile()?.path).toBe('a.md');
    expect(events).toEqual(['file-open a.md', 'active-leaf-change', 'file-open b.md', 'active-leaf-change', 'file-open a.md']);
  });

  test('a side view: active, revealed, and getActiveViewOfType(MarkdownView) is null while it is active', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': '' } });
    await loadPlugin(SidePlugin, app);
    await testing.openFile('a.md');
    const leaf = app.workspace.getRightLeaf(false);
    if (!leaf) throw new Error('no leaf');
    await leaf.setViewState({ type: 'side', active: true });
    await app.workspace.revealLeaf(leaf);
    expect(leaf.getViewState()).toMatchObject({ type: 'side', active: true });
    expect(app.workspace.getActiveViewOfType(SideView)).toBe(leaf.view);
    expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
    expect(app.workspace.getActiveFile()?.path).toBe('a.md');
    let count = 0;
    app.workspace.iterateAllLeaves(() => count++);
    expect(count).toBe(2);
    app.workspace.detachLeavesOfType('side');
    expect(app.workspace.getLeavesOfType('side')).toEqual([]);
    expect(app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe('a.md');
  });

  test('deleting an open note empties its leaf; openLinkText resolves links', async () => {
    const { app, testing } = createTestApp({ files: { 'Plans/a.md': 'see [[b]]', 'Plans/b.md': '# B' } });
    const view = await testing.openFile('Plans/a.md');
    await app.workspace.openLinkText('b', 'Plans/a.md');
    expect(view.leaf.view.getViewType()).toBe('markdown');
    expect(app.workspace.getActiveFile()?.path).toBe('Plans/b.md');
    await app.vault.delete(fileAt(app, 'Plans/b.md'));
    await testing.settle();
    expect(app.workspace.getActiveFile()).toBeNull();
    expect(app.workspace.getLeaf(false).view.getViewType()).toBe('empty');
    await expect(app.workspace.openLinkText('nowhere', '')).rejects.toThrow(/not implemented/);
  });
});
