/**
 * `Menu` and `MenuItem`. A shown menu is listed in `testing.menus`; `testing.clickMenuItem(title)`
 * runs an item's callback like a click (disabled items and labels refuse) and hides the menu.
 */
import { Component } from './component';
import { uiLog } from './ui-log';

export class MenuItem {
  title = '';
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  isLabel = false;
  section = '';
  warning = false;
  _callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === 'string' ? title : (title.textContent ?? '');
    return this;
  }

  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this._callback = callback;
    return this;
  }
}

export class MenuSeparator {}

export class Menu extends Component {
  readonly items: (MenuItem | MenuSeparator)[] = [];
  /** Where the menu was shown, for assertions. */
  shownAt: { x: number; y: number } | null = null;
  private hideCallbacks: (() => unknown)[] = [];

  setNoIcon(): this {
    return this;
  }

  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    this.items.push(item);
    cb(item);
    return this;
  }

  addSeparator(): this {
    this.items.push(new MenuSeparator());
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX ?? 0, y: evt.clientY ?? 0 });
  }

  showAtPosition(position: { x: number; y: number }, _doc?: Document): this {
    this.shownAt = { x: position.x, y: position.y };
    const menus = uiLog().menus;
    if (!menus.includes(this)) menus.push(this);
    this.load();
    return this;
  }

  hide(): this {
    const menus = uiLog().menus;
    const i = menus.indexOf(this);
    if (i !== -1) menus.splice(i, 1);
    this.unload();
    for (const cb of this.hideCallbacks.splice(0, this.hideCallbacks.length)) cb();
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }

  /** The titles of the items, separators left out. */
  _titles(): string[] {
    return this.items.filter((i): i is MenuItem => i instanceof MenuItem).map((i) => i.title);
  }
}
