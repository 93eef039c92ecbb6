/** @jest-environment jsdom */
import {
  FuzzySuggestModal,
  Menu,
  Modal,
  Notice,
  setIcon,
  Setting,
  SuggestModal,
  type App,
  type ButtonComponent,
  type DropdownComponent,
  type TextComponent,
  type ToggleComponent,
} from 'obsidian';
import { createTestApp } from './obsidian';
import { installDomHelpers } from './dom';

describe('DOM helpers', () => {
  test('createEl and friends build elements from Obsidian DomElementInfo', () => {
    const parent = createDiv('host');
    const first = parent.createDiv();
    const link = parent.createEl('a', {
      cls: ['plan-link', 'is-active'],
      text: 'Open',
      attr: { 'data-path': 'Plans/a.md', hidden: null },
      href: 'https://example.com/',
      title: 'Open the plan',
    });
    const input = parent.createEl('input', { type: 'checkbox', value: 'on', placeholder: 'x' });
    const top = parent.createSpan({ text: 'top', prepend: true });
    let seen: HTMLElement | null = null;
    parent.createDiv('a b', (el) => (seen = el));

    expect(parent.className).toBe('host');
    expect(parent.firstChild).toBe(top);
    expect(parent.children[1]).toBe(first);
    expect(link.className).toBe('plan-link is-active');
    expect(link.getText()).toBe('Open');
    expect(link.getAttr('data-path')).toBe('Plans/a.md');
    expect(link.title).toBe('Open the plan');
    expect(link.href).toBe('https://example.com/');
    expect(input.type).toBe('checkbox');
    expect(input.placeholder).toBe('x');
    expect(seen).not.toBeNull();
    expect((seen as unknown as HTMLElement).className).toBe('a b');
    expect(createEl('p', { text: 'Free', parent }).parentElement).toBe(parent);
  });

  test('classes, attributes, text, emptying and finding', () => {
    const el = createDiv();
    el.addClass('a', 'b');
    el.addClasses(['c']);
    el.removeClass('b');
    el.toggleClass('d', true);
    el.toggleClass(['a'], false);
    expect(el.className).toBe('c d');
    expect(el.hasClass('c')).toBe(true);
    el.setAttr('aria-label', 'Plans');
    el.setAttrs({ 'data-n': 3, draggable: false });
    expect(el.getAttr('data-n')).toBe('3');
    el.setAttr('data-n', null);
    expect(el.getAttr('data-n')).toBeNull();
    el.setText('hello');
    el.appendText(' world');
    expect(el.getText()).toBe('hello world');
    const frag = createFragment((f) => f.createSpan({ cls: 'x', text: 'frag' }));
    expect(frag.find('.x')?.textContent).toBe('frag');
    el.setText(frag);
    expect(el.find('.x')?.textContent).toBe('frag');
    expect(el.findAll('span')).toHaveLength(1);
    el.empty();
    expect(el.childNodes).toHaveLength(0);
    const child = el.createDiv();
    child.detach();
    expect(el.childNodes).toHaveLength(0);
    expect(child.instanceOf(HTMLDivElement)).toBe(true);
    expect(activeDocument).toBe(document);
    expect(activeWindow).toBe(window);
  });

  test('onClickEvent listens for clicks; installing again is harmless', () => {
    installDomHelpers();
    const el = createDiv();
    let clicks = 0;
    el.onClickEvent(() => clicks++);
    el.click();
    expect(clicks).toBe(1);
  });

  test('setIcon marks the element with the icon id', () => {
    const el = createDiv();
    setIcon(el, 'list-checks');
    setIcon(el, 'check');
    expect(el.querySelectorAll('[data-icon]')).toHaveLength(1);
    expect(el.querySelector('.stand-in-icon')?.getAttribute('data-icon')).toBe('check');
  });
});

describe('settings controls', () => {
  test('setValue does not report a change; user input does', () => {
    const container = createDiv();
    const changes: unknown[] = [];
    let text: TextComponent | null = null;
    let toggle: ToggleComponent | null = null;
    let dropdown: DropdownComponent | null = null;
    let button: ButtonComponent | null = null;
    const setting = new Setting(container)
      .setName('Plans folder')
      .setDesc('Where plans live')
      .addText((t) => (text = t.setPlaceholder('Plans').setValue('A').onChange((v) => changes.push(v))))
      .addToggle((t) => (toggle = t.setValue(true).onChange((v) => changes.push(v))))
      .addDropdown((d) => (dropdown = d.addOptions({ table: 'Table', board: 'Board' }).setValue('board').onChange((v) => changes.push(v))))
      .addButton((b) => (button = b.setButtonText('Reset').setCta().onClick(() => changes.push('clicked'))));
    const { testing } = createTestApp();
    expect(changes).toEqual([]);
    expect(setting.nameEl.getText()).toBe('Plans folder');
    expect(setting.descEl.getText()).toBe('Where plans live');
    expect(setting.settingEl.parentElement).toBe(container);
    expect(setting.components).toHaveLength(4);

    const t = text as unknown as TextComponent;
    const tg = toggle as unknown as ToggleComponent;
    const dd = dropdown as unknown as DropdownComponent;
    const bt = button as unknown as ButtonComponent;
    expect(t.getValue()).toBe('A');
    expect(tg.getValue()).toBe(true);
    expect(dd.getValue()).toBe('board');
    testing.input(t.inputEl, 'Projects');
    testing.click(tg.toggleEl);
    testing.input(dd.selectEl, 'table');
    testing.click(bt.buttonEl);
    expect(changes).toEqual(['Projects', false, 'table', 'clicked']);
    expect(bt.buttonEl.hasClass('mod-cta')).toBe(true);
    bt.setDisabled(true);
    testing.click(bt.buttonEl);
    expect(changes).toHaveLength(4);
  });
});

class PickModal extends SuggestModal<string> {
  chosen: string[] = [];
  getSuggestions(query: string): string[] {
    return ['Alpha plan', 'Beta plan', 'Gamma'].filter((s) => s.toLowerCase().includes(query.toLowerCase()));
  }
  renderSuggestion(value: string, el: HTMLElement): void {
    el.createDiv({ text: value });
  }
  onChooseSuggestion(item: string): void {
    this.chosen.push(item);
  }
}

class FuzzyPick extends FuzzySuggestModal<{ path: string }> {
  chosen: string | null = null;
  getItems(): { path: string }[] {
    return [{ path: 'Plans/Build dashboard.md' }, { path: 'Plans/Fix bug.md' }];
  }
  getItemText(item: { path: string }): string {
    return item.path;
  }
  onChooseItem(item: { path: string }): void {
    this.chosen = item.path;
  }
}

describe('modals', () => {
  test('a modal is attached and listed while open; Escape closes it', () => {
    const { app, testing } = createTestApp();
    const log: string[] = [];
    class Hello extends Modal {
      constructor(app: App) {
        super(app);
      }
      override onOpen(): void {
        this.setTitle('New plan');
        this.contentEl.createEl('p', { text: 'Hello there' });
        log.push('open');
      }
      override onClose(): void {
        this.contentEl.empty();
        log.push('close');
      }
    }
    const modal = new Hello(app);
    modal.open();
    expect(testing.openModals).toEqual([modal]);
    expect(document.body.contains(modal.containerEl)).toBe(true);
    expect(modal.titleEl.getText()).toBe('New plan');
    expect(modal.contentEl.getText()).toBe('Hello there');
    expect(testing.pressKey('Escape')).toBe(true);
    expect(testing.openModals).toEqual([]);
    expect(document.body.contains(modal.containerEl)).toBe(false);
    expect(log).toEqual(['open', 'close']);
  });

  test('chooseSuggestion picks by rendered text, closing the modal first', async () => {
    const { app, testing } = createTestApp();
    const modal = new PickModal(app);
    modal.setPlaceholder('Pick a plan');
    modal.open();
    expect(modal.inputEl.placeholder).toBe('Pick a plan');
    await expect(testing.chooseSuggestion(modal, 'Beta')).resolves.toBe('Beta plan');
    expect(modal.chosen).toEqual(['Beta plan']);
    expect(testing.openModals).toEqual([]);

    const again = new PickModal(app);
    again.open();
    await expect(testing.chooseSuggestion(again, 'Beta', 'gam')).rejects.toThrow(/no suggestion contains "Beta"; shown: "Gamma"/);
  });

  test('FuzzySuggestModal filters items with the query and reports the item', async () => {
    const { app, testing } = createTestApp();
    const modal = new FuzzyPick(app);
    modal.open();
    expect(modal.getSuggestions('fxbg').map((m) => m.item.path)).toEqual(['Plans/Fix bug.md']);
    await testing.chooseSuggestion(modal, 'dashboard');
    expect(modal.chosen).toBe('Plans/Build dashboard.md');
  });
});

describe('notices and menus', () => {
  test('notices are recorded with their current message', () => {
    const { testing } = createTestApp();
    new Notice('Plan created');
    const progress = new Notice('Indexing…', 0);
    progress.setMessage('Indexed 3 plans');
    progress.hide();
    expect(testing.notices).toEqual(['Plan created', 'Indexed 3 plans']);
  });

  test('a shown menu can be clicked by title; disabled items refuse', async () => {
    const { app, testing } = createTestApp({ files: { 'a.md': '' } });
    const clicked: string[] = [];
    app.workspace.on('file-menu', (menu: Menu) => {
      menu.addItem((item) => item.setTitle('Mark complete').setIcon('check').onClick(() => clicked.push('complete')));
      menu.addSeparator();
      menu.addItem((item) => item.setTitle('Archive').setDisabled(true).onClick(() => clicked.push('archive')));
    });
    const file = app.vault.getFileByPath('a.md');
    if (!file) throw new Error('missing');
    testing.openFileMenu(file);
    expect(testing.menus).toHaveLength(1);
    await expect(testing.clickMenuItem('Archive')).rejects.toThrow(/cannot be clicked/);
    await expect(testing.clickMenuItem('Nope')).rejects.toThrow(/items: Mark complete, Archive/);
    await testing.clickMenuItem('Mark complete');
    expect(clicked).toEqual(['complete']);
    expect(testing.menus).toEqual([]);

    const menu = new Menu().addItem((i) => i.setTitle('Other'));
    menu.showAtMouseEvent(new MouseEvent('contextmenu', { clientX: 4, clientY: 5 }));
    expect(testing.menus).toEqual([menu]);
  });
});
