import { ButtonComponent, Modal, type App } from 'obsidian';

/**
 * A promise and its resolve. A promise settles once, so resolving with null on close after a
 * choice resolved it does nothing: no "was it answered" flag is needed.
 */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * A modal that answers with a value: `result` resolves with what `finish` was given, or with
 * null when the modal closes any other way (Esc, the close button, Cancel).
 */
export abstract class ResultModal<T> extends Modal {
  private readonly reply = deferred<T | null>();
  readonly result: Promise<T | null> = this.reply.promise;

  constructor(app: App) {
    super(app);
  }

  /** Our modal class and the title; returns the content element to build in. */
  protected frame(title: string): HTMLElement {
    this.modalEl.addClass('execplan-modal');
    this.titleEl.setText(title);
    return this.contentEl;
  }

  /** The button row: a plain button, then the call to action (returned). */
  protected buttons(cancel: string, onCancel: () => void, submit: string, onSubmit: () => void): ButtonComponent {
    const row = this.contentEl.createDiv({ cls: 'execplan-form-buttons' });
    new ButtonComponent(row).setButtonText(cancel).onClick(onCancel);
    return new ButtonComponent(row).setButtonText(submit).setCta().onClick(onSubmit);
  }

  /**
   * Enter runs `submit`; Shift+Enter (a new line) and Alt+Enter do not, nor does the Enter that
   * confirms an input method's composition.
   */
  protected submitOnEnter(evt: KeyboardEvent, submit: () => void): void {
    if (evt.key !== 'Enter' || evt.isComposing || evt.shiftKey || evt.altKey) return;
    evt.preventDefault();
    submit();
  }

  /** Answers with `value` and closes. */
  protected finish(value: T): void {
    this.reply.resolve(value);
    this.close();
  }

  override onClose(): void {
    this.contentEl.empty();
    this.reply.resolve(null);
  }
}
