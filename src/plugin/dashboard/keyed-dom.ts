/**
 * Keyed DOM updates shared by the table and the board: elements are kept per plan path (or
 * group key) across renders, moved only when out of place, and removed when they left.
 */

/**
 * Puts `els` into `parent` in order from `cursor` on, moving only the ones out of place,
 * then removes whatever still follows them (elements that left this container).
 */
export function placeInOrder(parent: HTMLElement, cursor: ChildNode | null, els: Iterable<HTMLElement>): void {
  let at = cursor;
  for (const el of els) {
    if (el !== at) parent.insertBefore(el, at);
    else at = at.nextSibling;
  }
  while (at) {
    const next = at.nextSibling;
    at.remove();
    at = next;
  }
}

/** Drops the entries whose key this render did not use, with their elements. */
export function dropUnused<K>(map: Map<K, { el: HTMLElement }>, used: { has(key: K): boolean }): void {
  for (const [key, entry] of map) {
    if (!used.has(key)) {
      entry.el.remove();
      map.delete(key);
    }
  }
}

/** The `data-path` of every element matching `selector`, top to bottom. */
export function pathsIn(root: HTMLElement, selector: string): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
    const path = el.dataset.path;
    if (path !== undefined) out.push(path);
  }
  return out;
}

/** Sets a text only when it differs, so an unchanged render touches no text node. */
export function setTextIfChanged(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.setText(text);
}

/** The pressed state of a toggle button: its class and its ARIA attribute. */
export function setPressed(el: HTMLElement, pressed: boolean): void {
  el.toggleClass('is-active', pressed);
  el.setAttribute('aria-pressed', String(pressed));
}
