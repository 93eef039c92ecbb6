import { Modal, type App } from 'obsidian';

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
