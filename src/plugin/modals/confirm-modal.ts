import type { App } from 'obsidian';
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
    const { spec } = this;
    this.frame(spec.title).createEl('p', { text: spec.message, cls: 'execplan-confirm-message' });
    const yes = this.buttons(spec.cancelLabel, () => this.answer(false), spec.confirmLabel, () => this.answer(true));
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
