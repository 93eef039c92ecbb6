/**
 * Obsidian's DOM helpers (`createEl`, `setText`, `addClass`, `empty`, ...) installed on jsdom's
 * prototypes and globals. Installation is idempotent and happens only when a DOM exists, so the
 * stand-in can be imported from node-environment tests too.
 */
import { hasDom } from './not-implemented';

type Info = DomElementInfo | string | undefined;

const INSTALLED = Symbol.for('obsidian-stand-in.dom');

function applyInfo(el: HTMLElement, info: Info, parent: Node | null = null): void {
  const o: DomElementInfo = typeof info === 'string' ? { cls: info } : (info ?? {});
  if (o.cls !== undefined) {
    // A fresh element has no classes yet: one className write is what the app does and is
    // far cheaper than classList.add when a dashboard builds thousands of elements.
    const cls = Array.isArray(o.cls) ? o.cls.filter(Boolean).join(' ') : o.cls.trim();
    if (el.className === '') el.className = cls;
    else if (cls !== '') el.classList.add(...cls.split(/\s+/));
  }
  if (o.text !== undefined) el.setText(o.text);
  if (o.attr) el.setAttrs(o.attr);
  if (o.title !== undefined) el.title = o.title;
  if (o.value !== undefined && 'value' in el) (el as HTMLInputElement).value = o.value;
  if (o.type !== undefined && 'type' in el) (el as HTMLInputElement).type = o.type;
  if (o.placeholder !== undefined && 'placeholder' in el) (el as HTMLInputElement).placeholder = o.placeholder;
  if (o.href !== undefined && 'href' in el) (el as HTMLAnchorElement).href = o.href;
  const target = parent ?? o.parent ?? null;
  if (target) {
    if (o.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  info: Info,
  callback: ((el: HTMLElementTagNameMap[K]) => void) | undefined,
  parent: Node | null,
): HTMLElementTagNameMap[K] {
  const doc = parent?.ownerDocument ?? document;
  const el = doc.createElement(tag);
  applyInfo(el, info, parent);
  callback?.(el);
  return el;
}

function makeSvg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  info: SvgElementInfo | string | undefined,
  callback: ((el: SVGElementTagNameMap[K]) => void) | undefined,
  parent: Node | null,
): SVGElementTagNameMap[K] {
  const doc = parent?.ownerDocument ?? document;
  const el = doc.createElementNS('http://www.w3.org/2000/svg', tag);
  const o: SvgElementInfo = typeof info === 'string' ? { cls: info } : (info ?? {});
  if (o.cls !== undefined) el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(/\s+/)).filter(Boolean));
  if (o.attr) for (const [k, v] of Object.entries(o.attr)) if (v !== null) el.setAttribute(k, String(v));
  const target = parent ?? o.parent;
  if (target) {
    if (o.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  callback?.(el);
  return el;
}

function define(proto: object, name: string, value: unknown): void {
  Object.defineProperty(proto, name, { value, configurable: true, writable: true });
}

export function installDomHelpers(): void {
  if (!hasDom()) return;
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;

  const node = Node.prototype;
  define(node, 'createEl', function (this: Node, tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void) {
    return make(tag, o, cb, this);
  });
  define(node, 'createDiv', function (this: Node, o?: Info, cb?: (el: HTMLDivElement) => void) {
    return make('div', o, cb, this);
  });
  define(node, 'createSpan', function (this: Node, o?: Info, cb?: (el: HTMLSpanElement) => void) {
    return make('span', o, cb, this);
  });
  define(node, 'createSvg', function (this: Node, tag: keyof SVGElementTagNameMap, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) {
    return makeSvg(tag, o, cb, this);
  });
  define(node, 'empty', function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(node, 'detach', function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(node, 'appendText', function (this: Node, val: string) {
    this.appendChild((this.ownerDocument ?? document).createTextNode(val));
  });
  define(node, 'indexOf', function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(node, 'insertAfter', function (this: Node, newNode: Node, child: Node | null) {
    this.insertBefore(newNode, child ? child.nextSibling : this.firstChild);
    return newNode;
  });
  define(node, 'setChildrenInPlace', function (this: Node, children: Node[]) {
    while (this.firstChild) this.removeChild(this.firstChild);
    for (const child of children) this.appendChild(child);
  });
  define(node, 'instanceOf', function (this: Node, type: new () => unknown) {
    return this instanceof type;
  });
  Object.defineProperty(node, 'doc', {
    configurable: true,
    get(this: Node) {
      return this.ownerDocument ?? document;
    },
  });
  Object.defineProperty(node, 'win', {
    configurable: true,
    get(this: Node) {
      return (this.ownerDocument ?? document).defaultView ?? window;
    },
  });

  const element = Element.prototype;
  define(element, 'getText', function (this: Element) {
    return this.textContent ?? '';
  });
  define(element, 'setText', function (this: Element, val: string | DocumentFragment) {
    if (typeof val === 'string') this.textContent = val;
    else {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(val);
    }
  });
  define(element, 'addClass', function (this: Element, ...classes: string[]) {
    this.classList.add(...classes.filter(Boolean));
  });
  define(element, 'addClasses', function (this: Element, classes: string[]) {
    this.classList.add(...classes.filter(Boolean));
  });
  define(element, 'removeClass', function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes);
  });
  define(element, 'removeClasses', function (this: Element, classes: string[]) {
    this.classList.remove(...classes);
  });
  define(element, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
    for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
  });
  define(element, 'hasClass', function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(element, 'setAttr', function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  });
  define(element, 'setAttrs', function (this: Element, obj: Record<string, string | number | boolean | null>) {
    for (const [k, v] of Object.entries(obj)) {
      if (v === null) this.removeAttribute(k);
      else this.setAttribute(k, String(v));
    }
  });
  define(element, 'getAttr', function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(element, 'matchParent', function (this: Element, selector: string, lastParent?: Element) {
    if (this.matches(selector)) return this;
    const parent = this.parentElement;
    return parent && parent !== lastParent ? parent.matchParent(selector, lastParent) : null;
  });
  define(element, 'find', function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(element, 'findAll', function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(element, 'findAllSelf', function (this: Element, selector: string) {
    const found = Array.from(this.querySelectorAll(selector));
    return this.matches(selector) ? [this, ...found] : found;
  });
  define(element, 'isActiveElement', function (this: Element) {
    return (this.ownerDocument ?? document).activeElement === this;
  });

  const html = HTMLElement.prototype;
  define(html, 'show', function (this: HTMLElement) {
    this.style.removeProperty('display');
  });
  define(html, 'hide', function (this: HTMLElement) {
    this.setCssProps({ display: 'none' });
  });
  define(html, 'toggle', function (this: HTMLElement, show: boolean) {
    if (show) this.show();
    else this.hide();
  });
  define(html, 'toggleVisibility', function (this: HTMLElement, visible: boolean) {
    if (visible) this.style.removeProperty('visibility');
    else this.setCssProps({ visibility: 'hidden' });
  });
  define(html, 'isShown', function (this: HTMLElement): boolean {
    if (!this.isConnected || this.style.getPropertyValue('display') === 'none') return false;
    const parent = this.parentElement;
    return parent ? parent.isShown() : true;
  });
  define(html, 'setCssStyles', function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  });
  define(html, 'setCssProps', function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  });
  define(html, 'onClickEvent', function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener('click', listener as EventListener, options);
  });
  define(html, 'trigger', function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new Event(eventType, { bubbles: true }));
  });
  define(html, 'on', function (this: HTMLElement, type: string, selector: string, listener: (ev: Event, target: HTMLElement) => unknown, options?: boolean | AddEventListenerOptions) {
    const wrapped = (ev: Event): void => {
      const target = ev.target instanceof Element ? ev.target.closest(selector) : null;
      if (target instanceof HTMLElement && this.contains(target)) listener.call(this, ev, target);
    };
    const events = ((this as unknown as { _EVENTS?: Record<string, unknown[]> })._EVENTS ??= {});
    (events[type] ??= []).push({ selector, listener, options, callback: wrapped });
    this.addEventListener(type, wrapped, options);
  });
  define(html, 'off', function (this: HTMLElement, type: string, selector: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
    const events = (this as unknown as { _EVENTS?: Record<string, { selector: string; listener: unknown; callback: EventListener }[]> })._EVENTS;
    const list = events?.[type] ?? [];
    for (const info of list.filter((i) => i.selector === selector && i.listener === listener)) {
      this.removeEventListener(type, info.callback, options);
      list.splice(list.indexOf(info), 1);
    }
  });

  const fragment = DocumentFragment.prototype;
  define(fragment, 'find', function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  define(fragment, 'findAll', function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  g.createEl = (tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void) => make(tag, o, cb, null);
  g.createDiv = (o?: Info, cb?: (el: HTMLDivElement) => void) => make('div', o, cb, null);
  g.createSpan = (o?: Info, cb?: (el: HTMLSpanElement) => void) => make('span', o, cb, null);
  g.createSvg = (tag: keyof SVGElementTagNameMap, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) =>
    makeSvg(tag, o, cb, null);
  g.createFragment = (cb?: (el: DocumentFragment) => void) => {
    const frag = document.createDocumentFragment();
    cb?.(frag);
    return frag;
  };
  g.activeDocument = document;
  g.activeWindow = window;
  g.fish = (selector: string) => document.querySelector(selector);
  g.fishAll = (selector: string) => Array.from(document.querySelectorAll(selector));
  g.isBoolean = (obj: unknown) => typeof obj === 'boolean';
  g.sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  g.nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}

installDomHelpers();
