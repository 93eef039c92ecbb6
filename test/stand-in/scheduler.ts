/**
 * The real app updates its metadata cache asynchronously. The stand-in queues that work and runs
 * it on a real macrotask (captured at import, so `jest.useFakeTimers()` does not freeze it), or
 * immediately when a test awaits `testing.settle()`.
 */
const realSetTimeout: typeof setTimeout = globalThis.setTimeout.bind(globalThis);

export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, 0));
}

export class Scheduler {
  private scheduled = false;

  constructor(private readonly run: () => void) {}

  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    realSetTimeout(() => {
      this.scheduled = false;
      this.run();
    }, 0);
  }
}
