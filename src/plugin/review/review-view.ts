import { ItemView, Keymap, MarkdownView, TFile, type WorkspaceLeaf } from 'obsidian';
import type { Review, ReviewItem } from '../../core/review';
import { formatRelative } from '../../core/index/time-format';

export const REVIEW_VIEW_TYPE = 'execplan-review';
export const REVIEW_ICON = 'calendar-check';
/** The ranges the picker offers, in days (today included). */
export const REVIEW_RANGES = [7, 14, 30] as const;

export interface ReviewHost {
  load(days: number): Promise<Review>;
  now(): number;
}

const KIND_LABEL: Readonly<Record<ReviewItem['kind'], string>> = {
  done: 'Done',
  logged: 'Logged',
  status: 'Status',
  decision: 'Decided',
  surprise: 'Surprise',
  retrospective: 'Retro',
  handoff: 'Handoff',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The weekly review pane: what moved, what was decided and what surprised, by day (UTC, as plans
 * are stamped) and plan, then the in-progress plans that went quiet. Each line opens its note at
 * that line. The data is built by the core (see review-data.ts); this only draws it.
 */
export class ReviewView extends ItemView {
  days: number = REVIEW_RANGES[0];
  private body: HTMLElement | null = null;
  private select: HTMLSelectElement | null = null;
  /** Ignores a slow load that a newer one overtook. */
  private loads = 0;
  /** The last review drawn (tests read it). */
  review: Review | null = null;

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
    return REVIEW_ICON;
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass('execplan-review');
    const header = root.createDiv({ cls: 'execplan-review-header' });
    header.createSpan({ text: 'Range' });
    const select = header.createEl('select', { cls: 'dropdown', attr: { 'aria-label': 'Review range' } });
    for (const days of REVIEW_RANGES) select.createEl('option', { value: String(days), text: `Last ${days} days` });
    select.value = String(this.days);
    this.registerDomEvent(select, 'change', () => {
      this.days = Number(select.value);
      void this.refresh();
    });
    this.select = select;
    const refresh = header.createEl('button', { text: 'Refresh' });
    this.registerDomEvent(refresh, 'click', () => void this.refresh());
    this.body = root.createDiv({ cls: 'execplan-review-body' });
    await this.refresh();
  }

  override async onClose(): Promise<void> {
    this.loads++;
    this.contentEl.empty();
  }

  async refresh(): Promise<void> {
    const load = ++this.loads;
    const review = await this.host.load(this.days);
    if (load !== this.loads || !this.body) return;
    this.review = review;
    this.draw(this.body, review);
  }

  private draw(body: HTMLElement, review: Review): void {
    body.empty();
    const { counts } = review;
    body.createDiv({
      cls: 'execplan-review-summary',
      text: `${counts.entries} ${counts.entries === 1 ? 'entry' : 'entries'} in ${counts.plans} ${counts.plans === 1 ? 'plan' : 'plans'}: moved ${counts.moved}, decided ${counts.decided}, surprised ${counts.surprised}, quiet ${review.quiet.length}.`,
    });
    if (review.days.length === 0) body.createDiv({ cls: 'execplan-review-empty', text: 'Nothing was stamped in this range.' });
    for (const day of review.days) {
      const dayEl = body.createDiv({ cls: 'execplan-review-day' });
      const weekday = WEEKDAYS[new Date(`${day.date}T00:00:00Z`).getUTCDay()] ?? '';
      dayEl.createDiv({ cls: 'execplan-review-day-title', text: `${weekday} ${day.date}` });
      for (const plan of day.plans) {
        dayEl.createDiv({ cls: 'execplan-review-plan-title', text: plan.title });
        for (const item of plan.items) this.drawItem(dayEl, plan.path, item);
      }
    }
    if (review.quiet.length > 0) {
      const quiet = body.createDiv({ cls: 'execplan-review-quiet' });
      quiet.createDiv({ cls: 'execplan-review-day-title', text: 'Quiet: in progress, nothing stamped in this range' });
      const now = this.host.now();
      for (const plan of review.quiet) {
        const row = quiet.createDiv({ cls: 'execplan-review-item', attr: { 'data-path': plan.path } });
        row.createSpan({ text: plan.title });
        row.createSpan({ cls: 'execplan-review-quiet-when', text: plan.lastActivity === null ? 'never stamped' : `last activity ${formatRelative(plan.lastActivity, now)}` });
        this.registerDomEvent(row, 'click', (evt) => void this.openAt(plan.path, null, evt));
      }
    }
  }

  private drawItem(parent: HTMLElement, path: string, item: ReviewItem): void {
    const row = parent.createDiv({ cls: 'execplan-review-item', attr: { 'data-path': path, 'data-line': String(item.line) } });
    row.createSpan({ cls: 'execplan-review-time', text: new Date(item.at).toISOString().slice(11, 16) });
    row.createSpan({ cls: ['execplan-review-kind', `is-${item.kind}`], text: KIND_LABEL[item.kind] });
    row.createSpan({ cls: 'execplan-review-text', text: item.text });
    row.setAttribute('title', `${path}, line ${item.line}`);
    this.registerDomEvent(row, 'click', (evt) => void this.openAt(path, item.line, evt));
  }

  /** Opens the note (in a new tab with Ctrl/Cmd) with the cursor on `line` (1-based), scrolled into view. */
  async openAt(path: string, line: number | null, evt: MouseEvent | null): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return;
    const { workspace } = this.app;
    const mode = evt ? Keymap.isModEvent(evt) : false;
    // A plain click reuses a note tab, so the review stays open beside it.
    const leaf = mode ? workspace.getLeaf(mode) : (workspace.getLeavesOfType('markdown')[0] ?? workspace.getLeaf('tab'));
    await leaf.openFile(file, line === null ? undefined : { eState: { line: line - 1 } });
    if (line !== null && leaf.view instanceof MarkdownView) {
      const pos = { line: line - 1, ch: 0 };
      leaf.view.editor.setCursor(pos);
      leaf.view.editor.scrollIntoView({ from: pos, to: pos }, true);
    }
  }

  /** Picks a range as the picker would (tests and the command use it). */
  async setDays(days: number): Promise<void> {
    this.days = days;
    if (this.select) this.select.value = String(days);
    await this.refresh();
  }
}
