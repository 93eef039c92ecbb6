import { Modal, type App } from 'obsidian';

/**
 * A modal that answers with a value: `result` resolves with what `finish` was given, or with
 * null when the modal closes any other way (Esc, the close button, Cancel).
 */
export abstract class ResultModal<T> extends Modal {
  readonly result: Promise<T | null>;
  private resolveResult: (value: T | null) => void = () => undefined;
  private finished = false;

  constructor(app: App) {
    super(app);
    this.result = new Promise((resolve) => {
      this.resolveResult = resolve;
    });
  }

  /** Answers with `value` and closes. */
  protected finish(value: T): void {
    this.finished = true;
    this.resolveResult(value);
    this.close();
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.finished) this.resolveResult(null);
  }
}
