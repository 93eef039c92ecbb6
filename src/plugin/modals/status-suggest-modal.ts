import { FuzzySuggestModal, type App, type FuzzyMatch } from 'obsidian';
import type { StatusSetting } from '../settings';
import { deferred } from './result-modal';

/** Fuzzy picker over the configured statuses, in their configured order; marks the current one. */
export class StatusSuggestModal extends FuzzySuggestModal<StatusSetting> {
  private readonly answer = deferred<StatusSetting | null>();
  readonly result: Promise<StatusSetting | null> = this.answer.promise;

  constructor(
    app: App,
    private readonly statuses: readonly StatusSetting[],
    private readonly current: StatusSetting | null,
  ) {
    super(app);
    this.setPlaceholder('Set plan status…');
    this.modalEl.addClass('execplan-status-suggest');
  }

  getItems(): StatusSetting[] {
    return [...this.statuses];
  }

  getItemText(status: StatusSetting): string {
    return status.name;
  }

  override renderSuggestion(match: FuzzyMatch<StatusSetting>, el: HTMLElement): void {
    super.renderSuggestion(match, el);
    if (this.current && match.item.name === this.current.name) {
      el.createSpan({ cls: 'execplan-suggestion-current', text: 'Current' });
    }
  }

  onChooseItem(status: StatusSetting): void {
    this.answer.resolve(status);
  }

  override onClose(): void {
    super.onClose();
    // Obsidian closes a suggester before it reports the choice, so "dismissed" can only be
    // known once the current task has finished; a choice made by then settled the answer.
    void Promise.resolve().then(() => this.answer.resolve(null));
  }
}

export function askStatus(
  app: App,
  statuses: readonly StatusSetting[],
  current: StatusSetting | null,
): Promise<StatusSetting | null> {
  const modal = new StatusSuggestModal(app, statuses, current);
  modal.open();
  return modal.result;
}
