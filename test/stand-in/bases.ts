/**
 * The Bases API (Obsidian 1.10+), as far as a custom view uses it: `BasesView` and what it reads
 * (`config`, `data`, `app`), the entries and groups of a query result, and the view registry
 * behind `Plugin.registerBasesView`. Shaped after obsidian.d.ts; the real query engine (filters,
 * formulas, sorting) is not modelled: a test hands over the entries and groups the base would
 * produce and mounts the view with `mountBasesView`, as Obsidian's Bases plugin would.
 */
import type { BasesPropertyId, BasesSortConfig, BasesViewRegistration } from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import './dom';
import type { TFile } from './files';

export abstract class Value {
  abstract toString(): string;
  abstract isTruthy(): boolean;
}

export class NullValue extends Value {
  toString(): string {
    return '';
  }

  isTruthy(): boolean {
    return false;
  }
}

export class StringValue extends Value {
  constructor(private readonly value: string) {
    super();
  }

  toString(): string {
    return this.value;
  }

  isTruthy(): boolean {
    return this.value !== '';
  }
}

/** Obsidian's controller has no public members; the stand-in's carries the view's inputs. */
export class QueryController extends Component {
  constructor(
    readonly _app: App,
    public _config: BasesViewConfig,
    public _data: BasesQueryResult,
  ) {
    super();
  }
}

export class BasesEntry {
  constructor(
    readonly file: TFile,
    private readonly app: App,
  ) {}

  /** `file.name`/`file.path`/`file.basename`, else the note property of that name from the metadata cache. */
  getValue(propertyId: BasesPropertyId): Value | null {
    const dot = propertyId.indexOf('.');
    const type = propertyId.slice(0, dot);
    const name = propertyId.slice(dot + 1);
    if (type === 'file') {
      const value = name === 'name' ? this.file.name : name === 'path' ? this.file.path : name === 'basename' ? this.file.basename : null;
      return value === null ? null : new StringValue(value);
    }
    if (type !== 'note') return null;
    const raw: unknown = this.app.metadataCache.getFileCache(this.file)?.frontmatter?.[name];
    if (raw === undefined || raw === null) return new NullValue();
    const text = Array.isArray(raw) ? raw.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : typeof raw === 'string' ? raw : JSON.stringify(raw);
    return new StringValue(text);
  }
}

export class BasesEntryGroup {
  key?: Value;
  entries: BasesEntry[];

  constructor(key: Value | undefined, entries: BasesEntry[]) {
    this.key = key;
    this.entries = entries;
  }

  hasKey(): boolean {
    return this.key !== undefined && !(this.key instanceof NullValue);
  }
}

export class BasesQueryResult {
  data: BasesEntry[];
  private readonly groups: BasesEntryGroup[];
  private readonly visible: BasesPropertyId[];

  constructor(groups: BasesEntryGroup[], properties: BasesPropertyId[]) {
    this.groups = groups;
    this.data = groups.flatMap((g) => g.entries);
    this.visible = properties;
  }

  /** One group with no key when the base does not group. */
  get groupedData(): BasesEntryGroup[] {
    return this.groups;
  }

  get properties(): BasesPropertyId[] {
    return this.visible;
  }
}

export class BasesViewConfig {
  name: string;
  private readonly values = new Map<string, unknown>();

  constructor(
    name: string,
    private readonly order: BasesPropertyId[],
    private readonly sort: BasesSortConfig[] = [],
  ) {
    this.name = name;
  }

  get(key: string): unknown {
    return this.values.get(key);
  }

  set(key: string, value: unknown): void {
    if (value === null) this.values.delete(key);
    else this.values.set(key, value);
  }

  getOrder(): BasesPropertyId[] {
    return [...this.order];
  }

  getSort(): BasesSortConfig[] {
    return [...this.sort];
  }

  getDisplayName(propertyId: BasesPropertyId): string {
    return propertyId.slice(propertyId.indexOf('.') + 1);
  }
}

export abstract class BasesView extends Component {
  abstract type: string;
  private readonly controller: QueryController;

  protected constructor(controller: QueryController) {
    super();
    this.controller = controller;
  }

  // Accessors over the controller: the app replaces the result set, and a view must see the new one.
  get app(): App {
    return this.controller._app;
  }

  get config(): BasesViewConfig {
    return this.controller._config;
  }

  get data(): BasesQueryResult {
    return this.controller._data;
  }

  get allProperties(): BasesPropertyId[] {
    return this.controller._data.properties;
  }

  abstract onDataUpdated(): void;
}

/** What the base would produce for a view: its entries (by path), grouped or not, and visible properties. */
export interface BaseQueryInput {
  /** Paths in the base's sort order, ungrouped. */
  paths?: string[];
  /** Groups in order; a null key is the group of entries without a value. */
  groups?: { key: string | null; paths: string[] }[];
  order?: BasesPropertyId[];
  name?: string;
}

export interface MountedBasesView {
  view: BasesView;
  containerEl: HTMLElement;
  /** Replaces the result set (a vault or base change) and calls `onDataUpdated`, as the app does. */
  update(input: BaseQueryInput): void;
  /** Closes the base: unloads the view. */
  close(): void;
}

function queryResult(app: App, input: BaseQueryInput): BasesQueryResult {
  const entry = (path: string): BasesEntry => {
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error(`stand-in: no file ${path} for the base`);
    return new BasesEntry(file, app);
  };
  const groups = input.groups
    ? input.groups.map((g) => new BasesEntryGroup(g.key === null ? new NullValue() : new StringValue(g.key), g.paths.map(entry)))
    : [new BasesEntryGroup(undefined, (input.paths ?? []).map(entry))];
  return new BasesQueryResult(groups, input.order ?? ['file.name']);
}

/** Creates a registered Bases view in a fresh container, loads it and hands it its first result. */
export function mountBasesView(app: App, viewId: string, input: BaseQueryInput): MountedBasesView {
  const registration = app._registry.basesViews.get(viewId);
  if (!registration) throw new Error(`stand-in: no Bases view "${viewId}" is registered`);
  const config = new BasesViewConfig(input.name ?? registration.name, input.order ?? ['file.name']);
  const controller = new QueryController(app, config, queryResult(app, input));
  const containerEl = createDiv('bases-view');
  const view = registration.factory(controller as never, containerEl) as unknown as BasesView;
  view.load();
  view.onDataUpdated();
  return {
    view,
    containerEl,
    update(next) {
      controller._data = queryResult(app, next);
      view.onDataUpdated();
    },
    close() {
      view.unload();
      containerEl.remove();
    },
  };
}

export type { BasesViewRegistration };
