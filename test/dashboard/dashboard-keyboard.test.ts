/** @jest-environment jsdom */
import { flush, openDashboard, type Dashboard } from './harness';

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  jest.useRealTimers();
  document.body.empty();
});

/** Opens the dashboard in the document (focus needs connected elements) with nothing focused. */
async function openInDocument(): Promise<Dashboard> {
  const d = await openDashboard();
  document.body.appendChild(d.view.containerEl);
  (document.activeElement as HTMLElement | null)?.blur();
  return d;
}

function keydown(target: EventTarget, key: string): KeyboardEvent {
  const evt = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(evt);
  return evt;
}

describe('"/" focuses the filter while the dashboard is the active view', () => {
  test('with nothing in the view focused, through the view scope', async () => {
    const d = await openInDocument();
    expect(document.activeElement).toBe(document.body);
    expect(d.app.workspace.getActiveViewOfType(d.view.constructor as never)).toBe(d.view);
    expect(d.testing.pressKey('/')).toBe(true);
    expect(document.activeElement).toBe(d.view.filterInput);
  });

  test('a real key press on the page is routed to the view and not typed', async () => {
    const d = await openInDocument();
    const unroute = d.testing.routeKeyEvents(document);
    try {
      const evt = keydown(document.body, '/');
      expect(document.activeElement).toBe(d.view.filterInput);
      expect(evt.defaultPrevented).toBe(true);
      // In the filter, "/" is a character like any other.
      const typed = keydown(d.view.filterInput as HTMLInputElement, '/');
      expect(typed.defaultPrevented).toBe(false);
      expect(document.activeElement).toBe(d.view.filterInput);
    } finally {
      unroute();
    }
  });

  test('layouts that need Shift for "/" work too; Ctrl+/ is left to other hotkeys', async () => {
    const d = await openInDocument();
    expect(d.testing.pressKey('/', ['Ctrl'])).toBe(false);
    expect(document.activeElement).toBe(document.body);
    expect(d.testing.pressKey('/', ['Shift'])).toBe(true);
    expect(document.activeElement).toBe(d.view.filterInput);
  });

  test('not when another view is active, and not after the dashboard closed', async () => {
    const d = await openInDocument();
    await d.testing.openFile('Plans/Offline sync.md');
    d.testing.pressKey('/');
    expect(document.activeElement).not.toBe(d.view.filterInput);
    d.view.leaf.detach();
    await d.testing.settle();
    expect(d.view.scope).toBeNull();
  });
});

describe('arrow keys', () => {
  test('do not move the row selection while a chip, a button or the filter has focus', async () => {
    const d = await openInDocument();
    const root = d.view.contentEl;
    const chip = root.querySelector<HTMLElement>('.execplan-status-chip');
    const sort = root.querySelector<HTMLElement>('.execplan-sort-button');
    const layout = root.querySelector<HTMLElement>('.execplan-layout-button');
    for (const el of [chip, sort, layout, d.view.filterInput]) {
      if (!el) throw new Error('missing control');
      el.focus();
      keydown(el, 'ArrowDown');
      keydown(el, 'ArrowUp');
      expect(d.view.selectedPath).toBeNull();
    }
    // From the view itself (or a row) they do.
    keydown(root, 'ArrowDown');
    expect(d.view.selectedPath).toBe(root.querySelector('.execplan-dashboard-row')?.getAttribute('data-path'));
  });
});

describe('Left and Right on the board', () => {
  /** The paths of the cards in each column that has any, left to right. */
  function columns(d: Dashboard): string[][] {
    return Array.from(d.view.contentEl.querySelectorAll<HTMLElement>('.execplan-board-column'))
      .map((c) => Array.from(c.querySelectorAll<HTMLElement>('.execplan-card')).map((card) => card.dataset.path ?? ''))
      .filter((cards) => cards.length > 0);
  }

  test('move the selection to the nearest card of the next column that has cards', async () => {
    const d = await openInDocument();
    d.view.setLayout('board');
    await flush(d);
    const root = d.view.contentEl;
    const cols = columns(d);
    expect(cols.length).toBeGreaterThanOrEqual(3);
    // Nothing selected: Right starts at the first card of the first column.
    keydown(root, 'ArrowRight');
    expect(d.view.selectedPath).toBe(cols[0]?.[0]);
    // Down within the column, then across: the card at the same height (here: the same index,
    // as jsdom lays nothing out), or the last card of a shorter column.
    const tall = cols.findIndex((c) => c.length >= 2);
    expect(tall).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < tall; i++) keydown(root, 'ArrowRight');
    expect(d.view.selectedPath).toBe(cols[tall]?.[0]);
    keydown(root, 'ArrowDown');
    expect(d.view.selectedPath).toBe(cols[tall]?.[1]);
    const step = tall + 1 < cols.length ? 1 : -1;
    keydown(root, step === 1 ? 'ArrowRight' : 'ArrowLeft');
    const next = cols[tall + step] ?? [];
    expect(d.view.selectedPath).toBe(next[Math.min(1, next.length - 1)]);
    expect(root.querySelector('.execplan-card.is-selected')?.getAttribute('data-path')).toBe(d.view.selectedPath);
    // At the edge the selection stays.
    for (let i = 0; i < cols.length + 1; i++) keydown(root, 'ArrowRight');
    expect(cols[cols.length - 1]).toContain(d.view.selectedPath);
    for (let i = 0; i < cols.length + 1; i++) keydown(root, 'ArrowLeft');
    expect(cols[0]).toContain(d.view.selectedPath);
  });

  test('not while a button has focus, and not in the table', async () => {
    const d = await openInDocument();
    const root = d.view.contentEl;
    keydown(root, 'ArrowRight');
    expect(d.view.selectedPath).toBeNull();
    d.view.setLayout('board');
    await flush(d);
    const chip = root.querySelector<HTMLElement>('.execplan-status-chip') as HTMLElement;
    chip.focus();
    keydown(chip, 'ArrowRight');
    expect(d.view.selectedPath).toBeNull();
  });
});
