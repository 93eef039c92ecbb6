import { ButtonComponent, type App } from 'obsidian';
import { ResultModal } from './result-modal';

export interface ConfirmSpec {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

/** A yes/no question. Enter (the focused default button) confirms; Esc declines. */
export class ConfirmModal extends ResultModal<boolean> {
  constructor(
    app: App,
    private readonly spec: ConfirmSpec,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.modalEl.addClass('execplan-modal');
    this.titleEl.setText(this.spec.title);
    this.contentEl.createEl('p', { text: this.spec.message, cls: 'execplan-confirm-message' });
    const row = this.contentEl.createDiv({ cls: 'execplan-form-buttons' });
    new ButtonComponent(row).setButtonText(this.spec.cancelLabel).onClick(() => this.answer(false));
    const yes = new ButtonComponent(row)
      .setButtonText(this.spec.confirmLabel)
      .setCta()
      .onClick(() => this.answer(true));
    yes.buttonEl.focus();
  }

  answer(yes: boolean): void {
    this.finish(yes);
  }
}

export function askConfirm(app: App, spec: ConfirmSpec): Promise<boolean> {
  const modal = new ConfirmModal(app, spec);
  modal.open();
  // Closing without an answer (Esc) declines.
  return modal.result.then((yes) => yes === true);
}
