/** The controllable clock behind file `ctime`/`mtime`. It never reads the real time. */
export class TestClock {
  private nowMs: number;

  constructor(now: Date) {
    this.nowMs = now.getTime();
  }

  now(): number {
    return this.nowMs;
  }

  setNow(date: Date): void {
    this.nowMs = date.getTime();
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }
}
