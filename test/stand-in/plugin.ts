/**
 * `Plugin`. Everything it registers is undone on `unload()`: commands, views (their leaves are
 * detached), ribbon icons, status bar items, setting tabs, processors and extensions, plus the
 * `Component` cleanups. `loadData`/`saveData` keep JSON copies in memory.
 */
import type { BasesViewRegistration, Command, PluginManifest } from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import './dom';
import { notImplemented, requireDom } from './not-implemented';
import type { PluginSettingTab } from './ui-setting';
import type { ViewCreator } from './workspace';

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: unknown) => unknown;
type PostProcessor = ((el: HTMLElement, ctx: unknown) => unknown) & { sortOrder?: number };

function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i !== -1) list.splice(i, 1);
}

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  override onload(): Promise<void> | void {
    // Override to register the plugin's features.
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    requireDom('Plugin.addRibbonIcon');
    const el = createDiv('side-dock-ribbon-action clickable-icon');
    el.setAttrs({ 'aria-label': title, 'data-icon': icon });
    el.addEventListener('click', (evt) => callback(evt));
    const entry = { icon, title, el, pluginId: this.manifest.id };
    const list = this.app._registry.ribbonIcons;
    list.push(entry);
    this.register(() => {
      removeFrom(list, entry);
      el.remove();
    });
    return el;
  }

  addStatusBarItem(): HTMLElement {
    requireDom('Plugin.addStatusBarItem');
    const el = this.app._registry.statusBar().createDiv('status-bar-item');
    el.addClass(`plugin-${this.manifest.id.replace(/[^a-z0-9-]/gi, '-')}`);
    this.register(() => el.remove());
    return el;
  }

  /** Like Obsidian: the id gets the `<plugin id>:` prefix and the name the `<plugin name>: ` prefix. */
  addCommand(command: Command): Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.commands.addCommand(command);
    this.register(() => this.app.commands.removeCommand(command.id));
    return command;
  }

  removeCommand(commandId: string): void {
    this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: PluginSettingTab): void {
    const list = this.app._registry.settingTabs;
    list.push(settingTab);
    this.register(() => removeFrom(list, settingTab));
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    const workspace = this.app.workspace;
    workspace._registerView(type, viewCreator);
    this.register(() => {
      workspace.detachLeavesOfType(type);
      workspace._unregisterView(type);
    });
  }

  /**
   * Like Obsidian 1.10+: false when Bases is off in this vault. The method exists whatever the
   * app version (so a test can show a plugin guards it with `requireApiVersion`, not by its presence).
   */
  registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
    const registry = this.app._registry;
    if (!registry.basesEnabled) return false;
    if (registry.basesViews.has(viewId)) throw new Error(`stand-in: a Bases view "${viewId}" is already registered`);
    registry.basesViews.set(viewId, registration);
    this.register(() => registry.basesViews.delete(viewId));
    return true;
  }

  registerHoverLinkSource(id: string, info: unknown): void {
    const sources = this.app._registry.hoverLinkSources;
    sources.set(id, info);
    this.register(() => sources.delete(id));
  }

  registerExtensions(_extensions: string[], _viewType: string): void {
    throw notImplemented('Plugin.registerExtensions');
  }

  registerMarkdownPostProcessor(postProcessor: PostProcessor, sortOrder?: number): PostProcessor {
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    const list = this.app._registry.markdownPostProcessors;
    list.push(postProcessor);
    this.register(() => removeFrom(list, postProcessor));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): PostProcessor {
    const processors = this.app._registry.codeBlockProcessors;
    if (processors.has(language)) throw new Error(`stand-in: a code block processor for "${language}" is already registered`);
    processors.set(language, handler);
    this.register(() => processors.delete(language));
    const postProcessor: PostProcessor = () => {
      throw notImplemented('running markdown post processors');
    };
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    return postProcessor;
  }

  registerEditorExtension(extension: unknown): void {
    const list = this.app._registry.editorExtensions;
    list.push(extension);
    this.register(() => removeFrom(list, extension));
  }

  registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string>) => unknown): void {
    const handlers = this.app._registry.protocolHandlers;
    handlers.set(action, handler);
    this.register(() => handlers.delete(action));
  }

  registerEditorSuggest(editorSuggest: unknown): void {
    const list = this.app._registry.editorSuggests;
    list.push(editorSuggest);
    this.register(() => removeFrom(list, editorSuggest));
  }

  async loadData(): Promise<unknown> {
    const data = this.app._registry.pluginData.get(this.manifest.id);
    return data === undefined ? null : (JSON.parse(JSON.stringify(data)) as unknown);
  }

  async saveData(data: unknown): Promise<void> {
    this.app._registry.pluginData.set(this.manifest.id, JSON.parse(JSON.stringify(data ?? null)) as unknown);
  }

  onUserEnable(): void {
    // Called when the user enables the plugin; nothing to do by default.
  }
}
