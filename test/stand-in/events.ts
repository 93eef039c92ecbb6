/**
 * Obsidian's `Events` base class. Like the real app, a handler that throws does not stop the
 * other handlers nor the code that triggered the event; unlike the real app (which rethrows on a
 * timer), the error is kept in `handlerErrors` so the stand-in can fail the test that caused it
 * (see `Testing.settle()` and the `afterEach` guard in testing.ts).
 */

/** Any handler: specific handlers (`(file: TFile) => void`) are assignable to it. */
export type EventCallback = (...data: never[]) => unknown;

export interface EventRef {
  /** The emitter, so `Component.registerEvent` can detach the handler. */
  e: Events;
  name: string;
  fn: EventCallback;
  ctx: unknown;
}

const handlerErrors: unknown[] = [];

export function reportHandlerError(error: unknown): void {
  handlerErrors.push(error);
}

/** Returns and forgets the errors thrown by event handlers so far. */
export function takeHandlerErrors(): unknown[] {
  return handlerErrors.splice(0, handlerErrors.length);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Calls `fn`, routing a throw or a rejected promise to the handler-error log. */
export function callSafely(fn: () => unknown): void {
  try {
    const result = fn();
    if (isThenable(result)) result.then(undefined, reportHandlerError);
  } catch (error) {
    reportHandlerError(error);
  }
}

export class Events {
  private readonly _handlers = new Map<string, EventRef[]>();

  on(name: string, callback: EventCallback, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback, ctx };
    const list = this._handlers.get(name);
    if (list) list.push(ref);
    else this._handlers.set(name, [ref]);
    return ref;
  }

  off(name: string, callback: EventCallback): void {
    const list = this._handlers.get(name);
    if (!list) return;
    this._handlers.set(
      name,
      list.filter((ref) => ref.fn !== callback),
    );
  }

  offref(ref: EventRef): void {
    const list = this._handlers.get(ref.name);
    if (!list) return;
    const i = list.indexOf(ref);
    if (i !== -1) list.splice(i, 1);
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this._handlers.get(name);
    if (!list) return;
    for (const ref of list.slice()) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    callSafely(() => (evt.fn as (...data: unknown[]) => unknown).apply(evt.ctx, args));
  }
}
