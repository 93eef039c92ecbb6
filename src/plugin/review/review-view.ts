import { ItemView, Keymap, TFile, type WorkspaceLeaf } from 'obsidian';
import { openAtLine } from '../open-at-line';
import type { Review, ReviewItem } from '../../core/review';
import { formatRelative } from '../../core/index/time-format';

export const REVIEW_VIEW_TYPE = 'execplan-review';
/** The ranges the picker offers, in days (today included). */
export const REVIEW_RANGES = [7, 14, 30];

export interface ReviewHost {
  load(days: number): Promise<Review>;
  now(): number;
  /** Calls `listener` when plans change; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/**
 * The weekly review pane: what moved, what was decided and what surprised, by day (UTC, as plans
 * are stamped) and plan, then the in-progress plans that went quiet. Each line opens its note at
 * that line. The data is built by the core (see review-data.ts); this only draws it. It lives in
 * the right sidebar; "Open weekly review" (or the picker) reloads it.
 */
export class ReviewView extends ItemView {
  days = 7;
  /** The last review drawn (tests read it). */
  review: Review | null = null;
  private body: HTMLElement | null = null;
  /** Ignores a slow load that a newer one overtook. */
  private loads = 0;
  /** Quiet time after a change before reloading (a burst of edits reloads once); tests set 0. */
  refreshDelayMs = 1000;
  private timer = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: ReviewHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return REVIEW_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Weekly review';
  }

  override getIcon(): string {
    return 'calendar-check';
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    const header = root.createDiv({ cls: 'execplan-review-header' });
    const select = header.createEl('select', { cls: 'dropdown', attr: { 'aria-label': 'Review range' } });
    for (const days of REVIEW_RANGES) select.createEl('option', { value: String(days), text: `Last ${days} days` });
    select.value = String(this.days);
    this.registerDomEvent(select, 'change', () => {
      this.days = Number(select.value);
      void this.refresh();
    });
    this.body = root.createDiv();
    // Follow the plans while open: logging an entry shows up here without reopening the pane.
    this.register(
      this.host.onChange(() => {
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => void this.refresh(), this.refreshDelayMs);
      }),
    );
    this.register(() => window.clearTimeout(this.timer));
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const load = ++this.loads;
    const review = await this.host.load(this.days);
    if (load === this.loads && this.body) this.draw(this.body, (this.review = review));
  }

  private draw(body: HTMLElement, review: Review): void {
    body.empty();
    const { counts, quiet } = review;
    body.createDiv({
      text: `Entries: ${counts.entries} in ${counts.plans} plans · moved ${counts.moved} · decided ${counts.decided} · surprised ${counts.surprised} · quiet ${quiet.length}`,
    });
    for (const day of review.days) {
      const dayEl = section(body, `${new Date(day.date).toLocaleDateString(undefined, { weekday: 'long', timeZone: 'UTC' })} ${day.date}`);
      for (const plan of day.plans) {
        dayEl.createDiv({ cls: 'execplan-review-plan-title', text: plan.title });
        for (const item of plan.items) this.item(dayEl, plan.path, item);
      }
    }
    if (quiet.length === 0) return;
    const quietEl = section(body, 'Quiet (in progress, no entries)');
    for (const plan of quiet) {
      const row = this.row(quietEl, plan.path, null);
      row.createSpan({ text: plan.title });
      row.createSpan({ cls: 'execplan-review-muted', text: plan.lastActivity === null ? '—' : formatRelative(plan.lastActivity, this.host.now()) });
    }
  }

  private row(parent: HTMLElement, path: string, line: number | null): HTMLElement {
    const row = parent.createDiv({ cls: 'execplan-review-item', attr: { 'data-line': line } });
    this.registerDomEvent(row, 'click', (evt) => void this.openAt(path, line, evt));
    return row;
  }

  private item(parent: HTMLElement, path: string, item: ReviewItem): void {
    const row = this.row(parent, path, item.line);
    row.createSpan({ cls: 'execplan-review-muted', text: new Date(item.at).toISOString().slice(11, 16) });
    // The kind's word ("done", "decision" …) is capitalised by CSS.
    row.createSpan({ cls: ['execplan-review-kind', `is-${item.kind}`], text: item.kind });
    row.createSpan({ cls: 'execplan-review-text', text: item.text });
  }

  /** Opens the note (in a new tab with Ctrl/Cmd) with the cursor on `line` (1-based), scrolled into view. */
  async openAt(path: string, line: number | null, evt: MouseEvent): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return;
    // The pane sits in the sidebar: a plain click opens the note in the main area's current tab.
    const leaf = this.app.workspace.getLeaf(Keymap.isModEvent(evt));
    await openAtLine(leaf, file, line);
  }
}

/** A titled block: a day, or the quiet plans. */
function section(body: HTMLElement, title: string): HTMLElement {
  const el = body.createDiv({ cls: 'execplan-review-day' });
  el.createDiv({ cls: 'execplan-review-day-title', text: title });
  return el;
}
