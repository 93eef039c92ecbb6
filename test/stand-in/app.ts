/** `App`: the vault, metadata cache, file manager, workspace, keymap and command registry. */
import type { BasesViewRegistration, PluginManifest } from 'obsidian';
import type { TestClock } from './clock';
import { Commands } from './commands';
import './dom';
import { FileManager } from './file-manager';
import { MetadataCache } from './metadata-cache';
import { requireDom } from './not-implemented';
import { Keymap, Scope } from './scope';
import type { PluginSettingTab } from './ui-setting';
import { Vault } from './vault';
import { Workspace } from './workspace';

/** What plugins registered, for tests to inspect (not part of Obsidian's API). */
export class PluginRegistry {
  ribbonIcons: { icon: string; title: string; el: HTMLElement; pluginId: string }[] = [];
  settingTabs: PluginSettingTab[] = [];
  markdownPostProcessors: unknown[] = [];
  codeBlockProcessors = new Map<string, unknown>();
  editorExtensions: unknown[] = [];
  editorSuggests: unknown[] = [];
  protocolHandlers = new Map<string, unknown>();
  hoverLinkSources = new Map<string, unknown>();
  /** Bases view types by id (`Plugin.registerBasesView`). */
  basesViews = new Map<string, BasesViewRegistration>();
  /** Whether the Bases core plugin is on in this vault; `registerBasesView` returns false when off. */
  basesEnabled = true;
  /** Each plugin's saved data (what `data.json` would hold), by plugin id. */
  pluginData = new Map<string, unknown>();
  private statusBarEl: HTMLElement | null = null;

  statusBar(): HTMLElement {
    if (!this.statusBarEl) {
      requireDom('the status bar');
      this.statusBarEl = createDiv('status-bar');
    }
    return this.statusBarEl;
  }
}

export interface InstalledPlugins {
  enabledPlugins: Set<string>;
  plugins: Record<string, unknown>;
  manifests: Record<string, PluginManifest>;
  getPlugin(id: string): unknown;
}

export class App {
  keymap: Keymap;
  scope: Scope;
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  commands: Commands;
  lastEvent: null = null;
  /** Other plugins, so tests can simulate e.g. Templater being installed and enabled. */
  plugins: InstalledPlugins;
  readonly _registry = new PluginRegistry();
  private readonly localStorage = new Map<string, unknown>();

  constructor(clock: TestClock) {
    // The active view's scope has the keys while no modal pushed one (View.scope in the API).
    this.keymap = new Keymap(() => this.workspace.activeLeaf?.view.scope ?? null);
    this.scope = new Scope();
    this.vault = new Vault(clock);
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
    this.commands = new Commands(this.workspace);
    this.vault._watch(this.workspace);
    this.vault._watch(this.metadataCache);
    const plugins: InstalledPlugins = {
      enabledPlugins: new Set<string>(),
      plugins: {},
      manifests: {},
      getPlugin: (id: string) => (plugins.enabledPlugins.has(id) ? (plugins.plugins[id] ?? null) : null),
    };
    this.plugins = plugins;
  }

  loadLocalStorage(key: string): unknown {
    return this.localStorage.has(key) ? this.localStorage.get(key) : null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.localStorage.delete(key);
    else this.localStorage.set(key, data);
  }
}
