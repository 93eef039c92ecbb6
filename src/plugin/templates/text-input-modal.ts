import { Setting, TextComponent, type App } from 'obsidian';
import { ResultModal } from '../modals/result-modal';

export interface TextInputSpec {
  /** Modal heading, e.g. "New plan". */
  title: string;
  /** Label of the field, e.g. "Title" or the template's question. */
  label: string;
  description?: string;
  placeholder?: string;
  /** Text the field starts with (a prompt's default). */
  value?: string;
  submitLabel: string;
  /** Returns why the value cannot be used (shown in the modal, which stays open), or null. */
  validate?: (value: string) => string | null;
}

/**
 * One line of text: Enter submits, Esc (Obsidian's modal scope) or Cancel closes without an
 * answer. A value the validator refuses keeps the modal open and says why, so a stray Enter
 * never creates anything. Resolves with the trimmed text, or null when cancelled.
 */
export class TextInputModal extends ResultModal<string> {
  private input: TextComponent | null = null;
  private messageEl: HTMLElement | null = null;

  constructor(
    app: App,
    private readonly spec: TextInputSpec,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { spec } = this;
    const contentEl = this.frame(spec.title);
    contentEl.addClass('execplan-template-input');
    const setting = new Setting(contentEl).setName(spec.label);
    if (spec.description) setting.setDesc(spec.description);
    setting.addText((text) => {
      this.input = text;
      text.inputEl.addClass('execplan-template-input-field');
      if (spec.placeholder) text.setPlaceholder(spec.placeholder);
      if (spec.value) text.setValue(spec.value);
      text.inputEl.addEventListener('keydown', (evt) => this.submitOnEnter(evt, () => this.submit()));
      text.onChange(() => this.showMessage(null));
    });
    // Empty until there is something to say; styles.css hides it while empty.
    this.messageEl = contentEl.createEl('p', { cls: 'execplan-template-message' });
    this.buttons('Cancel', () => this.close(), spec.submitLabel, () => this.submit());
    this.input?.inputEl.focus();
    this.input?.inputEl.select();
  }

  /** The field's current text. */
  get value(): string {
    return this.input?.getValue() ?? '';
  }

  /** Submits the field's text when the validator accepts it; otherwise shows why and stays open. */
  submit(): void {
    const value = this.value.trim();
    const problem = this.spec.validate?.(value) ?? null;
    if (problem !== null) {
      this.showMessage(problem);
      this.input?.inputEl.focus();
      return;
    }
    this.finish(value);
  }

  private showMessage(message: string | null): void {
    if (!this.messageEl) return;
    this.messageEl.setText(message ?? '');
    this.input?.inputEl.toggleClass('execplan-field-missing', message !== null);
  }
}

/** Opens a one-line text modal and waits for its answer (null when cancelled). */
export function askText(app: App, spec: TextInputSpec): Promise<string | null> {
  const modal = new TextInputModal(app, spec);
  modal.open();
  return modal.result;
}
