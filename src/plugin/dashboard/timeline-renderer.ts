import { burnup, percentOf, planSpan, type PlanActivity, type TimelineWindow, type TimelineZoom } from '../../core/review';
import type { IndexedPlan } from '../../core/index/types';
import { formatUtc } from '../../core/index/time-format';
import { renderBurnup } from '../burnup-chart';
import { dropUnused, pathsIn, placeInOrder, setPressed } from './keyed-dom';
import { statusClass, type CellContext } from './plan-cells';

export const ZOOMS: readonly TimelineZoom[] = ['week', 'month', 'quarter'];
/** The class prefix of the layout's parts (written once: every byte of main.js counts). */
const T = 'execplan-timeline-';

export interface TimelineContext extends CellContext {
  window: TimelineWindow;
  zoom: TimelineZoom;
  /** A plan's stamped items; undefined while they are being read. */
  activity(plan: IndexedPlan): PlanActivity | null | undefined;
  selected: string | null;
  expanded: ReadonlySet<string>;
}

interface RowDom {
  el: HTMLElement;
  plan: IndexedPlan;
  items: PlanActivity | null | undefined;
  key: string;
}

/** Percent for an SVG geometry attribute (not an inline style: the guidelines allow these). */
const pc = (n: number): string => `${n.toFixed(2)}%`;

/**
 * The timeline layout: one row per plan, in the table's order, with a bar from its start to its
 * end (see planSpan), hatched where it is blocked or stale, and a tick per stamped item that
 * opens the note at its line. Bars and ticks are SVG with x in percent, so no width is measured
 * and nothing is styled inline. Rows are keyed by path and rebuilt only when the plan, its items,
 * the zoom, the day or its burn-up being shown changed.
 */
export class TimelineRenderer {
  readonly el: HTMLElement;
  private readonly axis: SVGSVGElement;
  private readonly grid: SVGSVGElement;
  private readonly list: HTMLElement;
  private readonly zoomButtons: HTMLElement[] = [];
  private readonly rows = new Map<string, RowDom>();
  private axisKey = '';
  rowBuilds = 0;
  /**
   * Rows on screen or nearly (200 px around the window): only their plans are read for
   * ticks, so a thousand plans cost what one screen of them costs. Without IntersectionObserver
   * (the test stand-in) every row counts as near.
   */
  private readonly near = new Set<string>();
  private readonly observer: IntersectionObserver | null;

  constructor(parent: HTMLElement, onNear: () => void) {
    this.el = parent.createDiv({ cls: 'execplan-timeline' });
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              const before = this.near.size;
              for (const e of entries) if (e.isIntersecting) this.near.add((e.target as HTMLElement).dataset.path ?? '');
              if (this.near.size > before) onNear();
            },
            // The viewport, not a pane: whichever ancestor scrolls, clipped rows do not count.
            { rootMargin: '200px 0px' },
          )
        : null;
    const head = this.el.createDiv({ cls: `${T}head` });
    const zoom = head.createDiv({ cls: 'execplan-layout-switch', attr: { role: 'group', 'aria-label': 'Zoom' } });
    for (const z of ZOOMS) {
      this.zoomButtons.push(zoom.createEl('button', { cls: 'execplan-layout-button', text: z.charAt(0).toUpperCase() + z.slice(1), attr: { 'data-zoom': z } }));
    }
    this.axis = head.createSvg('svg', { cls: `${T}axis` });
    this.list = this.el.createDiv({ cls: `${T}list` });
    this.grid = this.list.createSvg('svg', { cls: `${T}grid`, attr: { 'aria-hidden': 'true' } });
  }

  render(plans: readonly IndexedPlan[], ctx: TimelineContext): void {
    const w = ctx.window;
    const key = `${w.start}|${w.end}|${Math.floor(ctx.now / 86_400_000)}`;
    if (key !== this.axisKey) {
      this.axisKey = key;
      this.axis.empty();
      this.grid.empty();
      for (const { at, label } of w.grid) {
        this.axis.createSvg('text', { attr: { x: pc(percentOf(w, at)), y: '70%', dx: 3 } }).setText(label);
        this.grid.createSvg('line', { attr: { x1: pc(percentOf(w, at)), x2: pc(percentOf(w, at)), y1: 0, y2: '100%' } });
      }
      const today = pc(percentOf(w, ctx.now));
      this.grid.createSvg('line', { cls: 'is-today', attr: { x1: today, x2: today, y1: 0, y2: '100%' } });
    }
    for (const b of this.zoomButtons) setPressed(b, b.dataset.zoom === ctx.zoom);
    const els: HTMLElement[] = [];
    for (const plan of plans) {
      const row = this.rowFor(plan, ctx, `${key}|${ctx.expanded.has(plan.path)}`);
      row.el.toggleClass('is-selected', ctx.selected === plan.path);
      els.push(row.el);
    }
    placeInOrder(this.list, this.grid.nextSibling, els);
    dropUnused(this.rows, new Set(plans.map((p) => p.path)));
  }

  isNear(plan: IndexedPlan): boolean {
    return !this.observer || this.near.has(plan.path);
  }

  /** Removes the layout from the pane and stops watching its rows. */
  detach(): void {
    this.observer?.disconnect();
    this.el.remove();
  }

  visiblePaths(): string[] {
    return pathsIn(this.el, `.${T}row`);
  }

  rowElement(path: string): HTMLElement | null {
    return this.rows.get(path)?.el ?? null;
  }

  private rowFor(plan: IndexedPlan, ctx: TimelineContext, key: string): RowDom {
    const items = ctx.activity(plan);
    const existing = this.rows.get(plan.path);
    if (existing && existing.plan === plan && existing.items === items && existing.key === key) return existing;
    let el = existing?.el;
    if (!el) {
      el = createDiv({ cls: `${T}row`, attr: { tabindex: '-1' } });
      this.observer?.observe(el);
    }
    el.empty();
    el.dataset.path = plan.path;
    el.toggleClass('is-loading', items === undefined);
    const open = ctx.expanded.has(plan.path);
    el.createEl('button', {
      cls: [`${T}expand`, 'clickable-icon'],
      text: open ? '▾' : '▸',
      attr: { 'data-expand': '', 'aria-expanded': String(open), 'aria-label': 'Burn-up' },
    });
    el.createDiv({ cls: 'execplan-plan-title', text: plan.title, attr: { title: plan.title } });
    const svg = el.createSvg('svg', { cls: `${T}track` });
    const w = ctx.window;
    const span = planSpan(plan, items?.items ?? null, ctx.now, ctx.staleDays);
    const x0 = percentOf(w, span.start);
    const x1 = percentOf(w, span.end);
    if (span.end >= w.start && span.start < w.end) {
      svg.createSvg('rect', {
        cls: [`${T}bar`, statusClass(plan)],
        attr: { x: pc(x0), width: pc(Math.max(0.4, x1 - x0)), y: 7, height: 10, rx: 3 },
      });
    }
    if (span.hatch && span.hatchFrom < span.end && span.end >= w.start) {
      const hatch = svg.createSvg('line', {
        cls: [`${T}hatch`, `is-${span.hatch}`],
        attr: { x1: pc(percentOf(w, span.hatchFrom)), x2: pc(x1), y1: 12, y2: 12 },
      });
      hatch.createSvg('title').setText(`${span.hatch === 'blocked' ? 'Blocked' : 'Stale'} since ${formatUtc(span.hatchFrom)}`);
    }
    for (const item of items?.items ?? []) {
      if (item.at < w.start || item.at >= w.end) continue;
      const x = pc(percentOf(w, item.at));
      const tick = svg.createSvg('line', {
        cls: [`${T}tick`, `is-${item.kind}`],
        attr: { x1: x, x2: x, y1: 4, y2: 20, 'data-line': item.line },
      });
      tick.createSvg('title').setText(`${formatUtc(item.at)} · ${item.kind}: ${item.text}`);
    }
    if (open) {
      const panel = el.createDiv({ cls: `${T}burnup` });
      if (items) renderBurnup(panel, burnup(items.items, plan.done, plan.total, ctx.now), ctx.now);
      else panel.setText(items === null ? 'Could not read this plan.' : 'Reading stamps…');
    }
    const row: RowDom = { el, plan, items, key };
    this.rows.set(plan.path, row);
    this.rowBuilds++;
    return row;
  }
}
