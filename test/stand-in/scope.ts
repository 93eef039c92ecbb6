/**
 * `Scope` (keyboard handlers) and `Keymap`. Nothing listens to real key presses; a test dispatches
 * one with `testing.pressKey(key, modifiers, scope?)` (the browser preview routes the page's keys
 * with `testing.routeKeyEvents()`). `Mod` means `Ctrl` (the stand-in platform is Linux). Keys go
 * to the last pushed scope (a modal's), else to the active leaf's view scope, else to the app's.
 * The first matching handler takes the key; returning `false` also prevents its default action.
 * Unmatched keys go to the parent scope.
 */
import type { Modifier, PaneType, UserEvent } from 'obsidian';

export interface KeymapContext {
  modifiers: string | null;
  key: string | null;
  vkey: string;
}

export type KeymapEventListener = (evt: KeyboardEvent, ctx: KeymapContext) => unknown;

export interface KeymapEventHandler {
  scope: Scope;
  modifiers: string | null;
  key: string | null;
  func: KeymapEventListener;
}

function normaliseModifiers(modifiers: readonly string[]): string {
  return modifiers
    .map((m) => (m === 'Mod' ? 'Ctrl' : m))
    .sort()
    .join(',');
}

export class Scope {
  private readonly handlers: KeymapEventHandler[] = [];

  constructor(readonly parent?: Scope) {}

  register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
    const handler: KeymapEventHandler = {
      scope: this,
      modifiers: modifiers === null ? null : normaliseModifiers(modifiers),
      key,
      func,
    };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler);
    if (i !== -1) this.handlers.splice(i, 1);
  }

  /** Runs the matching handler; returns whether one consumed the key. */
  _handleKey(evt: KeyboardEvent, key: string, modifiers: readonly Modifier[]): boolean {
    const mods = normaliseModifiers(modifiers);
    for (const h of this.handlers.slice().reverse()) {
      if (h.key !== null && h.key.toLowerCase() !== key.toLowerCase()) continue;
      if (h.modifiers !== null && h.modifiers !== mods) continue;
      // Returning false also prevents the default action; either way the key was handled here.
      const result = h.func(evt, { modifiers: mods, key, vkey: key });
      if (result === false && typeof evt.preventDefault === 'function') evt.preventDefault();
      return true;
    }
    return this.parent ? this.parent._handleKey(evt, key, modifiers) : false;
  }
}

export class Keymap {
  private readonly scopes: Scope[] = [];

  /** `viewScope`: the active leaf's view scope (`View.scope`), which has the keys when no modal does. */
  constructor(private readonly viewScope: () => Scope | null = () => null) {}

  pushScope(scope: Scope): void {
    this.scopes.push(scope);
  }

  popScope(scope: Scope): void {
    const i = this.scopes.lastIndexOf(scope);
    if (i !== -1) this.scopes.splice(i, 1);
  }

  /** The scope keys currently go to: the last pushed, else the active view's (null: the app's). */
  _activeScope(): Scope | null {
    return this.scopes[this.scopes.length - 1] ?? this.viewScope();
  }

  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
    const e = evt as Partial<KeyboardEvent>;
    switch (modifier) {
      case 'Mod':
      case 'Ctrl':
        return !!e.ctrlKey;
      case 'Meta':
        return !!e.metaKey;
      case 'Shift':
        return !!e.shiftKey;
      case 'Alt':
        return !!e.altKey;
    }
  }

  /** Mod+Alt+Shift opens a window, Mod+Alt a split, Mod (or a middle click) a tab. */
  static isModEvent(evt?: UserEvent | null): PaneType | boolean {
    if (!evt) return false;
    const e = evt as Partial<MouseEvent>;
    const mod = !!e.ctrlKey;
    if (mod && e.altKey && e.shiftKey) return 'window';
    if (mod && e.altKey) return 'split';
    if (mod || e.button === 1) return 'tab';
    return false;
  }
}
