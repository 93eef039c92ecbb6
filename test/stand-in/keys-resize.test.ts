/** @jest-environment jsdom */
import { ItemView, Modal, Plugin, Scope, type WorkspaceLeaf } from 'obsidian';
import { createTestApp, loadPlugin } from './obsidian';
import { observersOf } from './resize-observer';

class KeyedView extends ItemView {
  pressed: string[] = [];
  getViewType(): string {
    return 'keyed';
  }
  getDisplayText(): string {
    return 'Keyed';
  }
  protected override async onOpen(): Promise<void> {
    this.scope = new Scope(this.app.scope);
    this.scope.register([], 'k', () => {
      this.pressed.push('k');
      return false;
    });
  }
}

class KeyedPlugin extends Plugin {
  override onload(): void {
    this.registerView('keyed', (leaf: WorkspaceLeaf) => new KeyedView(leaf));
  }
}

async function setup(): Promise<{ view: KeyedView } & ReturnType<typeof createTestApp>> {
  const made = createTestApp();
  await loadPlugin(KeyedPlugin, made.app);
  await made.testing.layoutReady();
  const leaf = made.app.workspace.getLeaf('tab');
  await leaf.setViewState({ type: 'keyed', active: true });
  return { ...made, view: leaf.view as KeyedView };
}

test('keys go to the active view\'s scope, unless a modal pushed its own or another leaf is active', async () => {
  const { app, testing, view } = await setup();
  expect(testing.pressKey('k')).toBe(true);
  expect(view.pressed).toEqual(['k']);
  const modal = new Modal(app);
  modal.open();
  expect(testing.pressKey('k')).toBe(false);
  modal.close();
  app.workspace.setActiveLeaf(app.workspace.getLeaf('tab'));
  expect(testing.pressKey('k')).toBe(false);
  expect(view.pressed).toEqual(['k']);
});

test('routeKeyEvents sends real key presses to the active scope; false prevents the default', async () => {
  const { testing, view } = await setup();
  const unroute = testing.routeKeyEvents(document);
  const evt = new KeyboardEvent('keydown', { key: 'k', bubbles: true, cancelable: true });
  document.body.dispatchEvent(evt);
  expect(view.pressed).toEqual(['k']);
  expect(evt.defaultPrevented).toBe(true);
  const other = new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true });
  document.body.dispatchEvent(other);
  expect(other.defaultPrevented).toBe(false);
  unroute();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
  expect(view.pressed).toEqual(['k']);
});

test('ResizeObserver: testing.resize reports sizes to the observers of that element', () => {
  const { testing } = createTestApp();
  const el = createDiv();
  const other = createDiv();
  const widths: number[] = [];
  const observer = new ResizeObserver((entries) => {
    for (const e of entries) widths.push(e.contentRect.width);
  });
  observer.observe(el);
  testing.resize(el, 320);
  testing.resize(other, 999);
  expect(widths).toEqual([320]);
  expect(observersOf(el)).toBe(1);
  observer.disconnect();
  testing.resize(el, 640);
  expect(widths).toEqual([320]);
  expect(observersOf(el)).toBe(0);
});
