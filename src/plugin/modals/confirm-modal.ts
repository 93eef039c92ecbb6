import { ButtonComponent, Modal, type App } from 'obsidian';

export interface ConfirmSpec {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

/** A yes/no question. Enter (the focused default button) confirms; Esc declines. */
export class ConfirmModal extends Modal {
  private answered = false;
  private resolveAnswer: (yes: boolean) => void = () => undefined;
  readonly result: Promise<boolean>;

  constructor(
    app: App,
    private readonly spec: ConfirmSpec,
  ) {
    super(app);
    this.result = new Promise((resolve) => {
      this.resolveAnswer = resolve;
    });
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

  override onClose(): void {
    this.contentEl.empty();
    if (!this.answered) this.resolveAnswer(false);
  }

  answer(yes: boolean): void {
    this.answered = true;
    this.resolveAnswer(yes);
    this.close();
  }
}

export function askConfirm(app: App, spec: ConfirmSpec): Promise<boolean> {
  const modal = new ConfirmModal(app, spec);
  modal.open();
  return modal.result;
}
