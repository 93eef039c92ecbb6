/**
 * Test entry point: `createTestApp()` builds an app over an in-memory vault and returns the
 * `testing` handle that drives what a user or the real app would (the clock, auto-save and
 * metadata indexing via `settle()`, layout readiness, commands, typing, modals, menus, keys).
 *
 * Errors thrown by event handlers (vault/metadata/workspace events) do not reach the code that
 * triggered the event, as in Obsidian; the stand-in keeps them and fails the test: `settle()`
 * rethrows them, and an `afterEach` guard fails a test that left any behind.
 */
import type * as Obsidian from 'obsidian';
import { App } from './app';
import { TestClock } from './clock';
import { takeHandlerErrors } from './events';
import { Editor } from './editor';
import type { TFile } from './files';
import { MarkdownView } from './markdown-view';
import { hasDom } from './not-implemented';
import { parentPath } from './paths';
import { nextMacrotask } from './scheduler';
import { Scheduler } from './scheduler';
import type { Modifier } from 'obsidian';
import { Scope } from './scope';
import { resizeElement } from './resize-observer';
import { createUiLog, setUiLog, type UiLog } from './ui-log';
import { DEFAULT_API_VERSION, _setApiVersion } from './utils';
import { mountBasesView, type BaseQueryInput, type MountedBasesView } from './bases';
import { Menu, MenuItem } from './ui-menu';
import { Modal, SuggestModal } from './ui-modal';
import type { Plugin } from './plugin';

export interface CreateTestAppOptions {
  /** Notes (and other text files) by vault path; parent folders are created. */
  files?: Record<string, string>;
  /** The test clock's start; file times come from it. Default 2025-01-01T00:00:00Z. */
  now?: Date;
  /** The app version `requireApiVersion` sees (default 1.8.7, an Obsidian without Bases). */
  apiVersion?: string;
}

const DEFAULT_NOW = new Date('2025-01-01T00:00:00Z');

function failWith(errors: unknown[], what: string): never {
  if (errors.length === 1 && errors[0] instanceof Error) throw errors[0];
  throw new AggregateError(errors, `${errors.length} errors thrown by ${what}`);
}

if (typeof afterEach === 'function') {
  try {
    afterEach(() => {
      const errors = takeHandlerErrors();
      if (errors.length > 0) failWith(errors, 'event handlers during this test (see testing.settle())');
    });
  } catch {
    // Imported inside a running test: hooks cannot be added there; settle() still reports.
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

export class Testing {
  /** The stand-in objects behind `app` (typed as the stand-in, not the real API). */
  readonly standIn: App;

  constructor(
    app: App,
    private readonly clock: TestClock,
    private readonly log: UiLog,
  ) {
    this.standIn = app;
  }

  // ---- clock ---------------------------------------------------------------------------------

  now(): Date {
    return new Date(this.clock.now());
  }

  setNow(date: Date): void {
    this.clock.setNow(date);
  }

  advance(ms: number): void {
    this.clock.advance(ms);
  }

  // ---- what the UI showed --------------------------------------------------------------------

  /** Messages of every notice shown, in order (as last set by `setMessage`). */
  get notices(): string[] {
    return this.log.notices;
  }

  get openModals(): Obsidian.Modal[] {
    return this.log.openModals as unknown as Obsidian.Modal[];
  }

  /** Menus currently shown. */
  get menus(): Obsidian.Menu[] {
    return this.log.menus as unknown as Obsidian.Menu[];
  }

  get ribbonIcons(): { icon: string; title: string; el: HTMLElement; pluginId: string }[] {
    return this.standIn._registry.ribbonIcons;
  }

  get statusBarEl(): HTMLElement {
    return this.standIn._registry.statusBar();
  }

  get settingTabs(): Obsidian.PluginSettingTab[] {
    return this.standIn._registry.settingTabs as unknown as Obsidian.PluginSettingTab[];
  }

  /** Paths sent to the trash, in order. */
  get trashed(): string[] {
    return this.standIn.vault._trashed;
  }

  // ---- the app's own background work ---------------------------------------------------------

  /**
   * Lets everything pending finish: async handlers, the editors' auto-save, metadata indexing and
   * its events, repeatedly until nothing is left. Rethrows errors thrown by event handlers.
   */
  async settle(): Promise<void> {
    for (let round = 0; ; round++) {
      if (round === 100) throw new Error('stand-in: settle() gave up after 100 rounds (event handlers keep writing?)');
      await nextMacrotask();
      const saved = this.standIn.workspace._saveAll();
      const indexed = this.standIn.metadataCache._flush();
      if (!saved && !indexed) break;
    }
    const errors = takeHandlerErrors();
    if (errors.length > 0) failWith(errors, 'event handlers');
  }

  /** Marks the workspace layout ready and runs the `onLayoutReady` callbacks. */
  async layoutReady(): Promise<void> {
    await this.standIn.workspace._setLayoutReady();
  }

  /** Returns and clears the errors event handlers threw (for tests that expect one). */
  takeHandlerErrors(): unknown[] {
    return takeHandlerErrors();
  }

  // ---- Bases ---------------------------------------------------------------------------------

  /** Turns the Bases core plugin off (or on) for plugins loaded afterwards. */
  setBasesEnabled(enabled: boolean): void {
    this.standIn._registry.basesEnabled = enabled;
  }

  /** Opens a registered Bases view over the entries the base would produce (see bases.ts). */
  mountBasesView(viewId: string, input: BaseQueryInput): MountedBasesView {
    return mountBasesView(this.standIn, viewId, input);
  }

  // ---- plugin data ---------------------------------------------------------------------------

  pluginData(pluginId: string): unknown {
    return this.standIn._registry.pluginData.get(pluginId) ?? null;
  }

  setPluginData(pluginId: string, data: unknown): void {
    this.standIn._registry.pluginData.set(pluginId, JSON.parse(JSON.stringify(data)) as unknown);
  }

  // ---- commands ------------------------------------------------------------------------------

  commandIds(): string[] {
    return Object.keys(this.standIn.commands.commands).sort();
  }

  isCommandAvailable(fullId: string): boolean {
    return this.standIn.commands._isAvailable(this.command(fullId));
  }

  /**
   * Runs a command as the command palette would; returns whether it ran. An async callback is
   * awaited, and its error is thrown here.
   */
  async runCommand(fullId: string): Promise<boolean> {
    const run = this.standIn.commands._run(this.command(fullId));
    if (run.ran && isThenable(run.value)) await run.value;
    return run.ran;
  }

  private command(fullId: string): Obsidian.Command {
    const command = this.standIn.commands.commands[fullId];
    if (!command) throw new Error(`stand-in: no command "${fullId}" (registered: ${this.commandIds().join(', ') || 'none'})`);
    return command;
  }

  // ---- editing -------------------------------------------------------------------------------

  /** Opens a note in a leaf (the active tab unless `newLeaf`), makes it active, returns its view. */
  async openFile(path: string, newLeaf?: Obsidian.PaneType | boolean): Promise<Obsidian.MarkdownView> {
    const file = this.standIn.vault.getFileByPath(path);
    if (!file) throw new Error(`stand-in: no file "${path}"`);
    const leaf = this.standIn.workspace.getLeaf(newLeaf);
    await leaf.openFile(file, { active: true });
    if (!(leaf.view instanceof MarkdownView)) throw new Error(`stand-in: "${path}" did not open in a Markdown view`);
    return leaf.view as unknown as Obsidian.MarkdownView;
  }

  /** Types `text` at the cursor(s), replacing any selection, as one undo step; the cursor ends after it. */
  type(editor: Obsidian.Editor | Editor, text: string): void {
    const ed = editor as unknown as Editor;
    ed.focus();
    ed.transaction({ replaceSelection: text });
  }

  // ---- modals, menus, keys, inputs -----------------------------------------------------------

  /**
   * Chooses the first suggestion whose rendered text contains `matchText` (after setting the
   * query, when given), like a click: the modal closes, then `onChooseSuggestion` runs.
   */
  async chooseSuggestion<T>(modal: Obsidian.SuggestModal<T>, matchText: string, query?: string): Promise<T> {
    const m = modal as unknown as SuggestModal<T>;
    if (!(m instanceof SuggestModal)) throw new Error('stand-in: chooseSuggestion needs a SuggestModal');
    if (query !== undefined) m.inputEl.value = query;
    const shown = await m._renderSuggestions();
    const hit = shown.find((s) => (s.el.textContent ?? '').includes(matchText));
    if (!hit) {
      const texts = shown.map((s) => JSON.stringify(s.el.textContent ?? ''));
      throw new Error(`stand-in: no suggestion contains "${matchText}"; shown: ${texts.join(', ') || 'none'}`);
    }
    m.selectSuggestion(hit.value, hasDom() ? new MouseEvent('click') : ({} as MouseEvent));
    return hit.value;
  }

  /** Clicks the item titled `title` in `menu` (default: the last shown menu), then hides the menu. */
  async clickMenuItem(title: string, menu?: Obsidian.Menu): Promise<void> {
    const m = (menu ?? this.log.menus[this.log.menus.length - 1]) as unknown as Menu | undefined;
    if (!m) throw new Error('stand-in: no menu is shown');
    const item = m.items.find((i): i is MenuItem => i instanceof MenuItem && i.title === title);
    if (!item) throw new Error(`stand-in: no menu item "${title}"; items: ${m._titles().join(', ') || 'none'}`);
    if (item.disabled || item.isLabel) throw new Error(`stand-in: menu item "${title}" cannot be clicked`);
    const value = item._callback?.(hasDom() ? new MouseEvent('click') : ({} as MouseEvent));
    m.hide();
    if (isThenable(value)) await value;
  }

  /** Shows the file context menu: plugins add items through the workspace `file-menu` event. */
  openFileMenu(file: Obsidian.TAbstractFile, source = 'file-explorer-context-menu'): Obsidian.Menu {
    const menu = new Menu();
    this.standIn.workspace.trigger('file-menu', menu, file, source);
    menu.showAtPosition({ x: 0, y: 0 });
    return menu as unknown as Obsidian.Menu;
  }

  /** Shows the editor context menu of the active Markdown view (`editor-menu` event). */
  openEditorMenu(): Obsidian.Menu {
    const view = this.standIn.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error('stand-in: no active Markdown view');
    const menu = new Menu();
    this.standIn.workspace.trigger('editor-menu', menu, view.editor, view);
    menu.showAtPosition({ x: 0, y: 0 });
    return menu as unknown as Obsidian.Menu;
  }

  /**
   * Presses a key in a scope (or a modal's scope; default: the active keymap scope, else the app
   * scope); returns whether a handler took it.
   */
  pressKey(key: string, modifiers: Modifier[] = [], target?: Obsidian.Scope | Obsidian.Modal): boolean {
    const t = target as unknown as Scope | Modal | undefined;
    const scope = t instanceof Modal ? t.scope : (t ?? this.standIn.keymap._activeScope() ?? this.standIn.scope);
    const init = {
      key,
      ctrlKey: modifiers.includes('Mod') || modifiers.includes('Ctrl'),
      metaKey: modifiers.includes('Meta'),
      shiftKey: modifiers.includes('Shift'),
      altKey: modifiers.includes('Alt'),
    };
    const evt = hasDom() ? new KeyboardEvent('keydown', init) : (init as unknown as KeyboardEvent);
    return scope._handleKey(evt, key, modifiers);
  }

  /**
   * Sends the document's real key presses to the active scope, as Obsidian's keymap does (the
   * browser preview uses this; jest tests press keys with `pressKey`). Returns the remover.
   */
  routeKeyEvents(doc: Document = document): () => void {
    const listener = (evt: KeyboardEvent): void => {
      const modifiers: Modifier[] = [];
      if (evt.ctrlKey) modifiers.push('Ctrl');
      if (evt.metaKey) modifiers.push('Meta');
      if (evt.altKey) modifiers.push('Alt');
      if (evt.shiftKey) modifiers.push('Shift');
      const scope = this.standIn.keymap._activeScope() ?? this.standIn.scope;
      scope._handleKey(evt, evt.key, modifiers);
    };
    doc.addEventListener('keydown', listener);
    return () => doc.removeEventListener('keydown', listener);
  }

  /**
   * Lays `el` out at a new size: its ResizeObservers are told, as the browser would tell them
   * after a pane or window resize (jsdom has no layout, so the stand-in supplies ResizeObserver).
   */
  resize(el: Element, width: number, height = 600): void {
    resizeElement(el, width, height);
  }

  /** Sets an input's value as a user would and fires `input` (and `change` for selects). */
  input(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    if (el instanceof HTMLSelectElement) el.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Clicks an element (a ribbon icon, a button, a toggle). */
  click(el: HTMLElement): void {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }
}

/** Builds an app whose vault holds `files`, already indexed (as after Obsidian's startup scan). */
export function createTestApp(opts: CreateTestAppOptions = {}): { app: Obsidian.App; testing: Testing } {
  const clock = new TestClock(opts.now ?? DEFAULT_NOW);
  _setApiVersion(opts.apiVersion ?? DEFAULT_API_VERSION);
  const log = createUiLog();
  setUiLog(log);
  const app = new App(clock);
  const cache = app.metadataCache;
  const created: TFile[] = [];
  for (const [path, content] of Object.entries(opts.files ?? {})) {
    const dir = parentPath(path);
    if (dir !== '/' && !app.vault.getFolderByPath(dir)) app.vault._createFolderSync(dir);
    created.push(app.vault._createSync(path, content));
  }
  for (const file of created) if (file.extension === 'md') cache._indexNow(file);
  cache._resolveAll();
  cache._setScheduler(new Scheduler(() => cache._flush()));
  return { app: app as unknown as Obsidian.App, testing: new Testing(app, clock, log) };
}

/** Constructs a plugin, awaits its `onload`, and lists it as installed and enabled. */
export async function loadPlugin<P extends Obsidian.Plugin>(
  PluginClass: new (app: Obsidian.App, manifest: Obsidian.PluginManifest) => P,
  app: Obsidian.App,
  manifest?: Partial<Obsidian.PluginManifest>,
): Promise<P> {
  const full: Obsidian.PluginManifest = {
    id: 'test-plugin',
    name: 'Test plugin',
    author: 'Test',
    version: '0.0.0',
    minAppVersion: '1.0.0',
    description: 'A plugin under test.',
    ...manifest,
  };
  const plugin = new PluginClass(app, full);
  const standIn = app as unknown as App;
  standIn.plugins.plugins[full.id] = plugin;
  standIn.plugins.manifests[full.id] = full;
  standIn.plugins.enabledPlugins.add(full.id);
  const p = plugin as unknown as Plugin;
  p.load();
  if (isThenable(p._onloadResult)) await p._onloadResult;
  return plugin;
}
