/** @jest-environment jsdom */
// Plugin code is written against the real API ('obsidian' is the stand-in at run time).
import { Component, Events, ItemView, Plugin, PluginSettingTab, Setting } from 'obsidian';
import { createTestApp, loadPlugin } from './obsidian';

const VIEW_TYPE = 'demo-view';

class DemoView extends ItemView {
  opened = 0;
  closed = 0;

  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Demo';
  }

  protected override async onOpen(): Promise<void> {
    this.opened++;
    this.contentEl.createEl('h2', { text: 'Plans' });
  }

  protected override async onClose(): Promise<void> {
    this.closed++;
  }
}

class DemoTab extends PluginSettingTab {
  override display(): void {
    this.containerEl.empty();
    new Setting(this.containerEl).setName('Folder').addText((t) => t.setValue('Plans'));
  }
}

class DemoPlugin extends Plugin {
  override async onload(): Promise<void> {
    await Promise.resolve();
    this.registerView(VIEW_TYPE, (leaf) => new DemoView(leaf));
    this.addRibbonIcon('list-checks', 'Open plans', () => undefined);
    this.addStatusBarItem().setText('Plans: 3');
    this.addSettingTab(new DemoTab(this.app, this));
  }
}

describe('Component', () => {
  test('unload runs every registered cleanup, children first, then onunload', () => {
    const order: string[] = [];
    const emitter = new Events();
    let heard = 0;
    const el = createEl('button');
    let clicks = 0;
    class Child extends Component {
      override onunload(): void {
        order.push('child onunload');
      }
    }
    class Parent extends Component {
      override onload(): void {
        this.addChild(new Child());
        this.register(() => order.push('cleanup 1'));
        this.register(() => order.push('cleanup 2'));
        this.registerEvent(emitter.on('ping', () => heard++));
        this.registerDomEvent(el, 'click', () => clicks++);
        this.registerInterval(window.setInterval(() => order.push('tick'), 1000));
      }
      override onunload(): void {
        order.push('parent onunload');
      }
    }
    jest.useFakeTimers();
    try {
      const parent = new Parent();
      parent.load();
      emitter.trigger('ping');
      el.click();
      jest.advanceTimersByTime(1000);
      parent.unload();
      emitter.trigger('ping');
      el.click();
      jest.advanceTimersByTime(5000);
      expect(heard).toBe(1);
      expect(clicks).toBe(1);
      expect(order).toEqual(['tick', 'child onunload', 'cleanup 2', 'cleanup 1', 'parent onunload']);
      parent.unload(); // a second unload does nothing
      expect(order).toHaveLength(5);
    } finally {
      jest.useRealTimers();
    }
  });

  test('a child added after load is loaded at once; removeChild unloads it', () => {
    const parent = new Component();
    parent.load();
    const child = new Component();
    const onload = jest.spyOn(child, 'onload');
    const onunload = jest.spyOn(child, 'onunload');
    parent.addChild(child);
    expect(onload).toHaveBeenCalledTimes(1);
    parent.removeChild(child);
    expect(onunload).toHaveBeenCalledTimes(1);
  });
});

describe('Plugin', () => {
  test('loadPlugin awaits onload; unload removes views, ribbon, status bar and settings', async () => {
    const { app, testing } = createTestApp();
    const plugin = await loadPlugin(DemoPlugin, app, { id: 'demo', name: 'Demo' });
    expect(testing.standIn.plugins.enabledPlugins).toEqual(new Set(['demo']));

    const leaf = app.workspace.getRightLeaf(false);
    if (!leaf) throw new Error('no leaf');
    await leaf.setViewState({ type: VIEW_TYPE, active: true });
    const view = leaf.view as unknown as DemoView;
    expect(view).toBeInstanceOf(DemoView);
    expect(view.opened).toBe(1);
    expect(view.containerEl.children[1]).toBe(view.contentEl);
    expect(view.containerEl.children[0]?.classList.contains('view-header')).toBe(true);
    expect(view.contentEl.textContent).toBe('Plans');
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
    expect(testing.ribbonIcons.map((r) => r.title)).toEqual(['Open plans']);
    expect(testing.statusBarEl.textContent).toBe('Plans: 3');
    expect(testing.settingTabs).toHaveLength(1);

    plugin.unload();
    expect(view.closed).toBe(1);
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([]);
    expect(testing.ribbonIcons).toEqual([]);
    expect(testing.statusBarEl.textContent).toBe('');
    expect(testing.settingTabs).toEqual([]);
    await expect(leaf.setViewState({ type: VIEW_TYPE })).rejects.toThrow(/no view registered/);
  });

  test('loadData returns null at first, then a copy of what saveData stored', async () => {
    const { app, testing } = createTestApp();
    testing.setPluginData('other', { keep: true });
    const plugin = await loadPlugin(DemoPlugin, app, { id: 'demo' });
    await expect(plugin.loadData()).resolves.toBeNull();
    const settings = { folder: 'Plans', nested: { days: 7 } };
    await plugin.saveData(settings);
    settings.nested.days = 99;
    await expect(plugin.loadData()).resolves.toEqual({ folder: 'Plans', nested: { days: 7 } });
    expect(testing.pluginData('demo')).toEqual({ folder: 'Plans', nested: { days: 7 } });
  });

  test('other plugins can be simulated through app.plugins', () => {
    const { testing } = createTestApp();
    const standIn = testing.standIn;
    const templater = { templater: {} };
    standIn.plugins.plugins['templater-obsidian'] = templater;
    expect(standIn.plugins.getPlugin('templater-obsidian')).toBeNull();
    standIn.plugins.enabledPlugins.add('templater-obsidian');
    expect(standIn.plugins.getPlugin('templater-obsidian')).toBe(templater);
  });
});
