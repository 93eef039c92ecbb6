import type { Burnup } from '../core/review';
import { formatUtc } from '../core/index/time-format';

/** Chart units: a 100 × 40 box stretched to the CSS size (lines keep their width). */
/** The class prefix of the chart's parts. */
const B = 'execplan-burnup-';
const W = 100;
const H = 40;

/**
 * A burn-up as a small SVG (geometry attributes only, looks from styles.css) and three lines
 * of text. Done steps nobody stamped form a band at the bottom, labelled, never spread over
 * made-up dates; the stamped ones climb from it; a dashed line runs on at the recent pace to
 * the projected finish.
 */
export function renderBurnup(parent: HTMLElement, b: Burnup, now: number): HTMLElement {
  const box = parent.createDiv({ cls: 'execplan-burnup' });
  const first = b.points[0]?.[0] ?? now - 28 * 86_400_000;
  const from = Math.min(first, now - 86_400_000);
  const to = Math.max(now, Math.min(b.projected ?? now, now + (now - from)));
  const x = (at: number): number => ((at - from) / (to - from)) * W;
  const y = (n: number): number => H - (n / Math.max(1, b.total)) * (H - 2);
  const svg = box.createSvg('svg', {
    cls: `${B}chart`,
    attr: { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': `${b.done} of ${b.total} steps done` },
  });
  const line = (cls: string, x1: number, y1: number, x2: number, y2: number): void => {
    svg.createSvg('line', { cls, attr: { x1, y1, x2, y2, 'vector-effect': 'non-scaling-stroke' } });
  };
  line(`${B}target`, 0, y(b.total), W, y(b.total));
  if (b.undated > 0) {
    svg.createSvg('rect', { cls: `${B}undated`, attr: { x: 0, y: y(b.undated), width: W, height: H - y(b.undated) } });
  }
  let points = `${x(from)},${y(b.undated)}`;
  let n = b.undated;
  for (const [at, count] of b.points) {
    points += ` ${x(at)},${y(n)} ${x(at)},${y((n = b.undated + count))}`;
  }
  points += ` ${x(now)},${y(n)}`;
  svg.createSvg('polyline', { cls: `${B}line`, attr: { points, 'vector-effect': 'non-scaling-stroke' } });
  if (b.projected !== null) line(`${B}projection`, x(now), y(n), x(b.projected), y(b.total));
  const text = (t: string): void => void box.createDiv({ cls: `${B}text`, text: t });
  text(`${b.done}/${b.total} steps done` + (b.undated > 0 ? ` · ${b.undated} done without a date` : ''));
  text(`Velocity: ${Math.round(b.velocity * 10) / 10} steps/week (last 4 weeks)`);
  if (b.done < b.total) {
    text(b.projected === null ? 'No steps done in the last 4 weeks: no finish to project' : `Projected finish: ${formatUtc(b.projected).slice(0, 10)}`);
  } else if (b.total > 0) text('All steps done');
  return box;
}
