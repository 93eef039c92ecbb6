import { BasesView, Keymap, requireApiVersion, type BasesEntry, type BasesQueryResult, type QueryController } from 'obsidian';
import type { PlanIndex } from '../dashboard/plan-index';
import { cellContext, renderActivity, renderMarkers, renderProgress, renderStatusPill, type CellContext } from '../dashboard/plan-cells';
import type { ExecPlanSettings } from '../settings';
import { PLANS_VIEW_TYPE } from './base-file';

export interface PlansViewHost {
  index: PlanIndex;
  settings(): ExecPlanSettings;
  now(): number;
}

/**
 * Creates the "Plans" Bases view. The class is defined inside this function on purpose: a
 * top-level `class … extends BasesView` runs when the bundle loads, and on Obsidian before 1.10
 * `BasesView` is undefined, so the whole plugin would fail to load. This function is only called
 * by Bases itself, which exists only where `requireApiVersion('1.10.0')` let us register; the
 * same guard around the class (with the version as a literal) lets the linter check every Bases
 * call against it.
 *
 * The base decides which notes are shown, in which groups and order; each entry gets the plan's
 * status, progress bar, next step, last activity and flags from the dashboard's index (no note is
 * read here). The base's own columns stay in its table view; this one shows what Bases cannot.
 */
export function createPlansView(controller: QueryController, containerEl: HTMLElement, host: PlansViewHost): BasesView {
  if (requireApiVersion('1.10.0')) {
    class PlansView extends BasesView {
      type = PLANS_VIEW_TYPE;
      private readonly root: HTMLElement;
      /** Whether the last drawing had the built index (before, every entry says "Indexing…"). */
      private drawnReady = false;

      constructor() {
        super(controller);
        this.root = containerEl.createDiv({ cls: 'execplan-bases' });
      }

      override onload(): void {
        // The index changes after the base's result (a step ticked changes no property), so the
        // view follows the index too: once it is built, then when a shown note changed.
        this.register(
          host.index.onChange((changed) => {
            // The result may not have arrived yet (the app sets it after creating the view).
            const shown = (this.data as BasesQueryResult | undefined)?.data ?? [];
            if (!this.drawnReady || shown.some((entry) => changed.has(entry.file.path))) this.onDataUpdated();
          }),
        );
      }

      override onunload(): void {
        this.root.remove();
      }

      onDataUpdated(): void {
        this.root.empty();
        this.drawnReady = host.index.ready;
        const ctx = cellContext(host.settings(), host.now());
        const groups = this.data.groupedData;
        if (groups.every((g) => g.entries.length === 0)) {
          this.root.createDiv({ cls: 'execplan-bases-empty', text: 'No notes match this base.' });
          return;
        }
        for (const group of groups) {
          const el = this.root.createDiv({ cls: 'execplan-bases-group' });
          if (group.hasKey()) el.createDiv({ cls: 'execplan-bases-group-title', text: group.key?.toString() ?? '' });
          for (const entry of group.entries) this.renderEntry(el, entry, ctx);
        }
      }

      private renderEntry(parent: HTMLElement, entry: BasesEntry, ctx: CellContext): void {
        const plan = host.index.get(entry.file.path);
        const row = parent.createDiv({ cls: 'execplan-bases-row' });
        const link = row.createEl('a', { cls: ['execplan-bases-title', 'internal-link'], text: plan?.title ?? entry.file.basename, href: entry.file.path });
        link.addEventListener('click', (evt) => {
          evt.preventDefault();
          void this.app.workspace.openLinkText(entry.file.path, '', Keymap.isModEvent(evt));
        });
        if (plan) {
          renderStatusPill(row, plan, ctx);
          renderProgress(row, plan);
          row.createDiv({ cls: 'execplan-bases-next', text: plan.nextStep ?? 'No open step' });
          renderActivity(row, plan, ctx.now);
          renderMarkers(row, plan, ctx);
        } else {
          row.createDiv({ cls: 'execplan-bases-muted', text: host.index.ready ? 'Not a plan' : 'Indexing…' });
        }
      }
    }
    return new PlansView();
  }
  throw new Error('Bases needs Obsidian 1.10');
}
