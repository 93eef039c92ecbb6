import { TFile, TFolder, type App, type CachedMetadata, type Component, type TAbstractFile } from 'obsidian';
import { planEvidence } from '../../core/index/detect';
import type { PlanMetadataInput } from '../../core/index/metadata';
import { PlanStore } from '../../core/index/plan-store';
import { summariseFromMetadata } from '../../core/index/summarise';
import type { IndexOptions, IndexedPlan } from '../../core/index/types';
import type { ExecPlanSettings } from '../settings';

/** Paths whose row changed (added, updated or removed); empty set never emitted. */
export type PlanIndexListener = (changed: ReadonlySet<string>) => void;

export interface PlanIndexDeps {
  settings: () => ExecPlanSettings;
  /** The clock, epoch milliseconds (tests and the preview pin it). */
  now: () => number;
  /** Files whose metadata is checked, and whose texts are read together, in one step of a build. */
  chunkSize?: number;
  /** Milliseconds a build may work before it gives the UI a turn (a frame is about 16). */
  sliceMs?: number;
  /** Monotonic milliseconds for the time slices (tests fake it). */
  clock?: () => number;
  /** Gives the UI a turn between slices. */
  yieldToUi?: () => Promise<void>;
}

/** Small enough that checking the metadata of one batch costs well under a millisecond. */
const DEFAULT_CHUNK = 100;
/**
 * Half a frame: the build yields once its slice has used this much, so no slice blocks input
 * for a frame even on a slow phone. A fixed file count cannot promise that: 500 plans took
 * 10 ms on a quiet desktop and over 30 ms on a loaded one.
 */
const DEFAULT_SLICE_MS = 8;
/** Staleness moves with the clock; re-checking every ten minutes is plenty for a days-long rule. */
const RESTALE_MS = 10 * 60_000;

function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * The vault's plans, kept current. Built once the workspace layout is ready, from the metadata
 * cache plus `cachedRead` of the notes the metadata already shows to be plans (a non-plan is
 * never read; a note whose headings alone look like a plan is read, and its summary drops it
 * when it has no steps or entries of its own), in time slices that yield to the UI. Afterwards each metadata `changed`, `deleted`
 * and vault `rename` updates one entry; `changed` hands over the note's text, so no read.
 */
export class PlanIndex {
  private store = new PlanStore();
  private readonly listeners = new Set<PlanIndexListener>();
  private readyFlag = false;
  private building: Promise<void> | null = null;
  /** Bumped by every event for a path, so a read that started earlier cannot overwrite it. */
  private readonly versions = new Map<string, number>();
  private generation = 0;
  /** Paths with events during the running build. */
  private readonly touched = new Set<string>();
  private settingsKey = '';

  constructor(
    private readonly app: App,
    private readonly deps: PlanIndexDeps,
  ) {}

  get ready(): boolean {
    return this.readyFlag;
  }

  get size(): number {
    return this.store.size;
  }

  plans(): IterableIterator<IndexedPlan> {
    return this.store.all();
  }

  get(path: string): IndexedPlan | undefined {
    return this.store.get(path);
  }

  onChange(listener: PlanIndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Wires the index to the vault for the lifetime of `owner` (the plugin). */
  attach(owner: Component): void {
    const { metadataCache, vault, workspace } = this.app;
    owner.registerEvent(metadataCache.on('changed', (file, data, cache) => this.onChanged(file, data, cache)));
    owner.registerEvent(metadataCache.on('deleted', (file) => this.onDeleted(file.path)));
    owner.registerEvent(vault.on('rename', (file, oldPath) => this.onRenamed(file, oldPath)));
    owner.registerInterval(window.setInterval(() => this.refreshClock(), RESTALE_MS));
    workspace.onLayoutReady(() => void this.rebuild());
  }

  /** Resolves when the current build (if any) is done. */
  whenReady(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  /** Re-indexes everything when the settings that shape the index changed since the last build. */
  syncSettings(): void {
    if (this.readyFlag && keyOf(this.deps.settings()) !== this.settingsKey) void this.rebuild();
  }

  /** Builds the index from scratch; the old entries stay visible until the new set is complete. */
  rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.settingsKey = keyOf(this.deps.settings());
    const run = this.build(generation);
    this.building = run;
    return run;
  }

  /** Re-evaluates staleness against the clock. */
  refreshClock(): void {
    const s = this.deps.settings();
    const flipped = this.store.restale(this.deps.now(), s.staleDays);
    if (flipped.length > 0) this.emit(new Set(flipped));
  }

  private async build(generation: number): Promise<void> {
    this.touched.clear();
    const next = new PlanStore();
    const files = this.app.vault.getMarkdownFiles();
    const chunk = this.deps.chunkSize ?? DEFAULT_CHUNK;
    const sliceMs = this.deps.sliceMs ?? DEFAULT_SLICE_MS;
    const clock = this.deps.clock ?? (() => performance.now());
    const pause = this.deps.yieldToUi ?? nextTask;
    let sliceStart = clock();
    const spent = (): boolean => clock() - sliceStart >= sliceMs;
    /** Gives the UI its turn; false when a newer build took over meanwhile. */
    const yieldNow = async (): Promise<boolean> => {
      await pause();
      sliceStart = clock();
      return generation === this.generation;
    };
    for (let from = 0; from < files.length; from += chunk) {
      const options = this.options();
      const batch: { file: TFile; cache: CachedMetadata }[] = [];
      for (const file of files.slice(from, from + chunk)) {
        const cache = this.app.metadataCache.getFileCache(file);
        // No cache yet: its `changed` event will index it when Obsidian gets to it.
        if (!cache || !mayBePlan(file.path, cache, options)) continue;
        batch.push({ file, cache });
      }
      const texts = await Promise.all(batch.map(({ file }) => this.app.vault.cachedRead(file)));
      if (generation !== this.generation) return;
      for (const [i, { file, cache }] of batch.entries()) {
        const plan = summariseFromMetadata(inputOf(file.path, cache, texts[i]), options);
        if (plan) next.put(plan);
        // Checked after every plan: one long note must not stretch the slice by a whole batch.
        if (spent() && !(await yieldNow())) return;
      }
      if (spent() && !(await yieldNow())) return;
    }
    // Events that arrived during the build were applied to the live store and are newer.
    for (const path of this.touched) {
      const current = this.store.get(path);
      if (current) next.put(current);
      else next.remove(path);
    }
    this.touched.clear();
    const changed = new Set<string>();
    for (const plan of this.store.all()) if (next.get(plan.path) !== plan) changed.add(plan.path);
    for (const plan of next.all()) if (this.store.get(plan.path) !== plan) changed.add(plan.path);
    this.store = next;
    this.readyFlag = true;
    this.building = null;
    this.emit(changed, true);
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    this.bump(file.path);
    if (!isMarkdown(file)) return;
    const plan = summariseFromMetadata(inputOf(file.path, cache, data), this.options());
    const changed = plan ? this.store.put(plan) : this.store.remove(file.path);
    if (changed) this.emit(new Set([file.path]));
  }

  private onDeleted(path: string): void {
    this.bump(path);
    if (this.store.remove(path)) this.emit(new Set([path]));
  }

  private onRenamed(file: TAbstractFile, oldPath: string): void {
    if (file instanceof TFolder) {
      // Children may or may not get their own events; moving them here makes either case right.
      for (const plan of [...this.store.all()]) {
        if (!plan.path.startsWith(oldPath + '/')) continue;
        const moved = this.app.vault.getAbstractFileByPath(file.path + plan.path.slice(oldPath.length));
        if (moved instanceof TFile) this.onRenamed(moved, plan.path);
      }
      return;
    }
    if (!(file instanceof TFile)) return;
    this.bump(oldPath);
    const version = this.bump(file.path);
    const changed = new Set<string>();
    if (this.store.remove(oldPath)) changed.add(oldPath);
    const cache = this.app.metadataCache.getFileCache(file);
    const options = this.options();
    if (!isMarkdown(file) || !cache || !mayBePlan(file.path, cache, options)) {
      if (this.store.remove(file.path)) changed.add(file.path);
      if (changed.size > 0) this.emit(changed);
      return;
    }
    if (changed.size > 0) this.emit(changed);
    void this.app.vault.cachedRead(file).then((text) => {
      if (version !== this.versionOf(file.path)) return;
      // With the text the whole rule applies: a template's headings alone make no plan.
      const plan = summariseFromMetadata(inputOf(file.path, cache, text), this.options());
      const changedNow = plan ? this.store.put(plan) : this.store.remove(file.path);
      if (changedNow) this.emit(new Set([file.path]));
    });
  }

  private options(): IndexOptions {
    const s = this.deps.settings();
    return {
      now: this.deps.now(),
      staleDays: s.staleDays,
      detection: s.detection,
      plansFolder: s.plansFolder.trim(),
      statuses: s.statuses,
    };
  }

  private versionOf(path: string): number {
    return this.versions.get(path) ?? 0;
  }

  private bump(path: string): number {
    const v = this.versionOf(path) + 1;
    this.versions.set(path, v);
    if (this.building) this.touched.add(path);
    return v;
  }

  private emit(changed: ReadonlySet<string>, force = false): void {
    if (changed.size === 0 && !force) return;
    for (const listener of this.listeners) listener(changed);
  }
}

/**
 * Whether the metadata says the note is or may be a plan, so its text is worth reading: the
 * summary made from the text then applies the whole rule (core/index/is-plan.ts).
 */
function mayBePlan(path: string, cache: CachedMetadata, options: IndexOptions): boolean {
  const input = { path, frontmatter: cache.frontmatter, headings: cache.headings, tags: cache.tags };
  return planEvidence(input, options.detection, options.plansFolder) !== 'none';
}

/** The settings that shape the index, as a key: a different key means a re-index. */
function keyOf(s: ExecPlanSettings): string {
  return JSON.stringify([s.detection, s.plansFolder, s.staleDays, s.statuses, s.sectionNames]);
}

function isMarkdown(file: TFile): boolean {
  return file.extension === 'md';
}

/** The metadata cache entry, narrowed to what the pure index reads. */
export function inputOf(path: string, cache: CachedMetadata, text: string | undefined): PlanMetadataInput {
  return {
    path,
    frontmatter: cache.frontmatter,
    frontmatterPosition: cache.frontmatterPosition,
    headings: cache.headings,
    listItems: cache.listItems,
    sections: cache.sections,
    tags: cache.tags,
    text,
  };
}
