import { ItemView, parseYaml, TFile, type Plugin } from 'obsidian';
import { burnup, planActivity } from '../../core/review';
import { renderBurnup } from '../burnup-chart';
import type { PlanIndex } from '../dashboard/plan-index';

export const OVERVIEW_VIEW_TYPE = 'execplan-overview';

/**
 * The Plan overview pane: the active note's burn-up, velocity and projected finish. Step counts
 * come from the plan index (as in the dashboard), the stamps from the note read by the engine.
 * It follows the active note and redraws when plans change (the index reports edits).
 */
export class OverviewView extends ItemView {
  /** The path drawn last (tests read it). */
  path: string | null = null;
  private draws = 0;

  constructor(
    leaf: ConstructorParameters<typeof ItemView>[0],
    private readonly index: PlanIndex,
    private readonly now: () => number,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return OVERVIEW_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Plan overview';
  }

  override getIcon(): string {
    return 'trending-up';
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.app.workspace.on('file-open', () => void this.refresh()));
    // Only a change to the note shown (or a re-index of everything) redraws.
    this.register(
      this.index.onChange((changed) => {
        const path = this.app.workspace.getActiveFile()?.path;
        if (changed.size === 0 || (path !== undefined && changed.has(path))) void this.refresh();
      }),
    );
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const draw = ++this.draws;
    const file = this.app.workspace.getActiveFile();
    const plan = file ? this.index.get(file.path) : undefined;
    const activity = plan && file instanceof TFile ? planActivity(await this.app.vault.cachedRead(file), file.path, parseYaml, true) : null;
    // A newer refresh started while this one read the note: it draws, not this one.
    if (draw !== this.draws) return;
    const root = this.contentEl;
    root.empty();
    this.path = plan ? plan.path : null;
    if (!plan || !activity) {
      root.createEl('p', { cls: 'execplan-review-muted', text: 'Open a plan to see its burn-up.' });
      return;
    }
    root.createDiv({ cls: 'execplan-review-day-title', text: plan.title });
    renderBurnup(root, burnup(activity.items, plan.done, plan.total, this.now()), this.now());
  }
}

/** Registers the pane and the command "Open plan overview" (no default hotkey). */
export function registerOverview(plugin: Plugin & { now(): Date }, index: PlanIndex): void {
  plugin.registerView(OVERVIEW_VIEW_TYPE, (leaf) => new OverviewView(leaf, index, () => plugin.now().getTime()));
  plugin.addCommand({
    id: 'open-plan-overview',
    name: 'Open plan overview',
    callback: async () => {
      const leaf = await plugin.app.workspace.ensureSideLeaf(OVERVIEW_VIEW_TYPE, 'right', { active: false, reveal: true });
      if (leaf.view instanceof OverviewView) await leaf.view.refresh();
    },
  });
}
