/**
 * What has the keyboard, for the dashboard's key handling. Tag names rather than `instanceof`,
 * so elements of a popout window (another realm) are recognised too.
 */

const TEXT_FIELDS: ReadonlySet<string> = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CONTROLS: ReadonlySet<string> = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

function asElement(target: EventTarget | Node | null): Element | null {
  return target !== null && (target as Node).nodeType === 1 ? (target as Element) : null;
}

function isEditable(el: Element): boolean {
  return (el as HTMLElement).isContentEditable === true;
}

/** A field that takes typed characters (where "/" is a character, not a shortcut). */
export function isTextField(target: EventTarget | Node | null): boolean {
  const el = asElement(target);
  return el !== null && (TEXT_FIELDS.has(el.tagName) || isEditable(el));
}

/** A control with its own use for arrow keys: a field, a button (status chips are buttons). */
export function isControl(target: EventTarget | Node | null): boolean {
  const el = asElement(target);
  return el !== null && (CONTROLS.has(el.tagName) || isEditable(el));
}
