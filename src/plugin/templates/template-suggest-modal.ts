import { SuggestModal, type App } from 'obsidian';
import type { TemplateChoice } from './template-choices';
import { deferred } from '../modals/result-modal';

/**
 * Picks a template. Every word typed must appear in the template's name or description, so
 * "lean" finds "Lean plan" and "journal" finds "Learning journal"; order stays as listed.
 */
export class TemplateSuggestModal extends SuggestModal<TemplateChoice> {
  private readonly answer = deferred<TemplateChoice | null>();
  readonly result: Promise<TemplateChoice | null> = this.answer.promise;

  constructor(
    app: App,
    private readonly choices: readonly TemplateChoice[],
  ) {
    super(app);
    this.setPlaceholder('Choose a template…');
    this.emptyStateText = 'No template matches.';
    this.modalEl.addClass('execplan-template-suggest');
  }

  getSuggestions(query: string): TemplateChoice[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return this.choices.filter((choice) => {
      const haystack = `${choice.name} ${choice.description}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }

  renderSuggestion(choice: TemplateChoice, el: HTMLElement): void {
    el.addClass('execplan-template-suggestion');
    el.createDiv({ cls: 'execplan-template-name', text: choice.name });
    el.createEl('small', { cls: 'execplan-template-description', text: choice.description });
  }

  onChooseSuggestion(choice: TemplateChoice): void {
    this.answer.resolve(choice);
  }

  override onClose(): void {
    super.onClose();
    // Obsidian closes a suggester before it reports the choice, so "dismissed" is only
    // known once the current task has finished; a choice made by then settled the answer.
    void Promise.resolve().then(() => this.answer.resolve(null));
  }
}

/** The only template when there is just one; otherwise asks (null when dismissed). */
export function chooseTemplate(app: App, choices: readonly TemplateChoice[]): Promise<TemplateChoice | null> {
  if (choices.length === 0) return Promise.resolve(null);
  if (choices.length === 1) return Promise.resolve(choices[0] ?? null);
  const modal = new TemplateSuggestModal(app, choices);
  modal.open();
  return modal.result;
}
