/**
 * The in-memory Obsidian stand-in. Jest maps `import ... from 'obsidian'` here, so plugin code
 * runs against these classes in tests while TypeScript still checks it against the real typings.
 * Test helpers (`createTestApp`, `loadPlugin`) are exported too.
 */
import './dom';

export { App } from './app';
export {
  BasesEntry,
  BasesEntryGroup,
  BasesQueryResult,
  BasesView,
  BasesViewConfig,
  NullValue,
  QueryController,
  StringValue,
  Value,
} from './bases';
export { Component } from './component';
export { Editor } from './editor';
export { Events, type EventRef } from './events';
export { FileManager } from './file-manager';
export { TAbstractFile, TFile, TFolder } from './files';
export {
  getAllTags,
  getFrontMatterInfo,
  getLinkpath,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
  parseLinktext,
} from './frontmatter-helpers';
export { addIcon, getIcon, setIcon } from './icons';
export { MarkdownView } from './markdown-view';
export { computeMetadata } from './metadata';
export { MetadataCache } from './metadata-cache';
export { normalizePath } from './paths';
export { Plugin } from './plugin';
export { Keymap, Scope } from './scope';
export { prepareFuzzySearch, prepareSimpleSearch } from './search';
export { createTestApp, loadPlugin, Testing, type CreateTestAppOptions } from './testing';
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  SearchComponent,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from './ui-components';
export { Menu, MenuItem, MenuSeparator } from './ui-menu';
export { FuzzySuggestModal, Modal, SuggestModal } from './ui-modal';
export { Notice } from './ui-notice';
export { PluginSettingTab, Setting, SettingTab } from './ui-setting';
export { apiVersion, debounce, Platform, requireApiVersion } from './utils';
export { Vault } from './vault';
export { EditableFileView, EmptyView, FileView, ItemView, TextFileView, View } from './views';
export { Workspace, WorkspaceLeaf } from './workspace';
export { parseYaml, stringifyYaml } from './yaml';
