/**
 * `ResizeObserver` for jsdom, which has no layout and no ResizeObserver. Installed only where
 * the environment lacks one (a real browser running the preview keeps its own). Nothing is
 * measured: `testing.resize(el, width, height)` reports a new size to the observers of `el`.
 * (A browser also notifies once right after `observe`; here nothing is reported until a resize.)
 */
import { hasDom } from './not-implemented';

type Callback = (entries: ResizeObserverEntry[], observer: ResizeObserver) => void;

const live = new Set<StandInResizeObserver>();

class StandInResizeObserver {
  private readonly targets = new Set<Element>();

  constructor(private readonly callback: Callback) {}

  observe(target: Element): void {
    this.targets.add(target);
    live.add(this);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
    if (this.targets.size === 0) live.delete(this);
  }

  disconnect(): void {
    this.targets.clear();
    live.delete(this);
  }

  _observes(target: Element): boolean {
    return this.targets.has(target);
  }

  notify(target: Element, size: { width: number; height: number }): void {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: size.width, height: size.height, right: size.width, bottom: size.height };
    const box = [{ inlineSize: size.width, blockSize: size.height }];
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: box,
      contentBoxSize: box,
      devicePixelContentBoxSize: box,
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
}

/** Gives `el` a size and tells the observers watching it. */
export function resizeElement(el: Element, width: number, height: number): void {
  const size = { width, height };
  for (const observer of Array.from(live)) if (observer._observes(el)) observer.notify(el, size);
}

/** How many stand-in observers watch `el` (tests check that views disconnect theirs). */
export function observersOf(el: Element): number {
  return Array.from(live).filter((o) => o._observes(el)).length;
}

export function installResizeObserver(): void {
  if (!hasDom()) return;
  const g = globalThis as unknown as { ResizeObserver?: unknown };
  if (typeof g.ResizeObserver === 'function') return;
  g.ResizeObserver = StandInResizeObserver;
}

installResizeObserver();
