import type { ReviewItem } from './activity';

const WEEK = 7 * 86_400_000;
/** Velocity is measured over this many weeks back from now. */
export const VELOCITY_WEEKS = 4;

/** A plan's steps done over time, from its stamps (pure: the caller supplies the clock). */
export interface Burnup {
  total: number;
  done: number;
  /** Done steps without a stamp: counted in `done`, never given a made-up date in `points`. */
  undated: number;
  /** One point per stamped done step, oldest first: [epoch ms, stamped steps done by then]. */
  points: [number, number][];
  /** Stamped steps done per week over the last `VELOCITY_WEEKS` weeks. */
  velocity: number;
  /** When the open steps are done at that pace (epoch ms); null when none is open or there is no pace. */
  projected: number | null;
}

/**
 * The burn-up of one plan: `items` are its dated items (see activity.ts; the `done` ones are
 * stamped done steps), `done`/`total` its step counts from the index or the reading, which also
 * count the done steps nobody stamped.
 */
export function burnup(items: readonly ReviewItem[], done: number, total: number, now: number): Burnup {
  const stamps = items.filter((i) => i.kind === 'done').map((i) => i.at);
  stamps.sort((a, b) => a - b);
  const since = now - VELOCITY_WEEKS * WEEK;
  const velocity = stamps.filter((at) => at > since && at <= now).length / VELOCITY_WEEKS;
  const open = total - done;
  return {
    total,
    done,
    undated: Math.max(0, done - stamps.length),
    points: stamps.map((at, i) => [at, i + 1]),
    velocity,
    projected: open > 0 && velocity > 0 ? Math.round(now + (open / velocity) * WEEK) : null,
  };
}
