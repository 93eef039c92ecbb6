/** @jest-environment jsdom */
import { NARROW_BELOW_PX } from '../../src/plugin/dashboard/dashboard-view';
import { observersOf } from '../stand-in/resize-observer';
import { flush, openDashboard } from './harness';

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  jest.useRealTimers();
  document.body.empty();
});

test('below a pane width the dashboard switches to its compact layout, and back', async () => {
  const d = await openDashboard();
  const root = d.view.contentEl;
  expect(NARROW_BELOW_PX).toBeGreaterThan(800);
  d.testing.resize(root, 400);
  expect(root.hasClass('is-narrow')).toBe(true);
  d.testing.resize(root, NARROW_BELOW_PX);
  expect(root.hasClass('is-narrow')).toBe(false);
  d.testing.resize(root, 800);
  expect(root.hasClass('is-narrow')).toBe(true);
  // A pane in a background tab measures 0: the layout it had stays.
  d.testing.resize(root, 0);
  expect(root.hasClass('is-narrow')).toBe(true);
  d.testing.resize(root, 1400);
  expect(root.hasClass('is-narrow')).toBe(false);
  // It is the pane that is measured, and the observer goes with the view.
  expect(observersOf(root)).toBe(1);
  d.view.leaf.detach();
  await d.testing.settle();
  expect(observersOf(root)).toBe(0);
});

test('text that can be cut short carries its full text as a tooltip', async () => {
  const d = await openDashboard();
  const root = d.view.contentEl;
  const expectTooltips = (selector: string, min: number): void => {
    const els = Array.from(root.querySelectorAll<HTMLElement>(selector)).filter((el) => el.textContent !== '');
    expect(els.length).toBeGreaterThanOrEqual(min);
    for (const el of els) expect(el.getAttribute('title')).toBe(el.textContent);
  };
  expectTooltips('.execplan-plan-title', 5);
  expectTooltips('.execplan-dashboard-row .execplan-col-next', 3);
  d.view.setLayout('board');
  await flush(d);
  expectTooltips('.execplan-card-title', 5);
  expectTooltips('.execplan-card-next', 3);
});
