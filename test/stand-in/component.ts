/**
 * Obsidian's `Component`: load/unload lifecycle with children and registered cleanups. `unload`
 * unloads children (last added first), runs every registered cleanup (last registered first),
 * then calls `onunload`, matching the real order.
 */
import type { EventRef } from './events';

export class Component {
  private _loaded = false;
  private _children: Component[] = [];
  private _cleanups: (() => unknown)[] = [];
  /** What `onload` returned (a promise for async plugins), so `loadPlugin` can await it. */
  _onloadResult: unknown = undefined;

  get _isLoaded(): boolean {
    return this._loaded;
  }

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this._onloadResult = this.onload();
    for (const child of this._children.slice()) child.load();
  }

  onload(): void | Promise<void> {
    // Override to load.
  }

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length > 0) this._children.pop()?.unload();
    while (this._cleanups.length > 0) this._cleanups.pop()?.();
    this.onunload();
  }

  onunload(): void {
    // Override to unload.
  }

  addChild<T extends Component>(component: T): T {
    this._children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const i = this._children.indexOf(component);
    if (i !== -1) {
      this._children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this._cleanups.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => eventRef.e.offref(eventRef));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}
