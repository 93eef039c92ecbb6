/**
 * Sorted, non-overlapping `[start, end)` ranges of a note, held as pairs in one typed array.
 * A dense note has a quiet range every few dozen bytes (issue 13: 85,000 in a 1 MB note of
 * comments); as `[start, end]` arrays they took 64 bytes each, here 8.
 */
export class Ranges {
  static readonly EMPTY = new Ranges(new Int32Array(0));

  private constructor(private readonly pairs: Int32Array) {}

  /** Ranges from `[start, end]` pairs in any order: empty ones dropped, overlapping or touching ones merged. */
  static of(pairs: readonly (readonly [number, number])[]): Ranges {
    const flat = new RangeList();
    for (const [s, e] of pairs) flat.push(s, e);
    return flat.ranges();
  }

  get length(): number {
    return this.pairs.length >> 1;
  }

  start(i: number): number {
    return this.pairs[i * 2] ?? 0;
  }

  end(i: number): number {
    return this.pairs[i * 2 + 1] ?? 0;
  }

  /** The index of the range holding `offset`, or -1 (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < this.start(mid)) hi = mid - 1;
      else if (offset >= this.end(mid)) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Both sets of ranges as one (each is sorted, so one pass). */
  union(other: Ranges): Ranges {
    const out = new RangeList();
    let i = 0;
    let j = 0;
    while (i < this.length || j < other.length) {
      const takeThis = j >= other.length || (i < this.length && this.start(i) <= other.start(j));
      if (takeThis) {
        out.push(this.start(i), this.end(i));
        i++;
      } else {
        out.push(other.start(j), other.end(j));
        j++;
      }
    }
    return out.ranges();
  }

  toArray(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.length; i++) out.push([this.start(i), this.end(i)]);
    return out;
  }

  /** Ranges already sorted and merged, as pairs (RangeList makes them). */
  static fromPairs(pairs: Int32Array): Ranges {
    return pairs.length === 0 ? Ranges.EMPTY : new Ranges(pairs);
  }
}

/** Ranges collected one by one (two numbers each, not an array each), then sorted and merged. */
export class RangeList {
  private readonly flat: number[] = [];
  private sorted = true;

  push(start: number, end: number): void {
    const flat = this.flat;
    if (flat.length > 0 && start < (flat[flat.length - 2] ?? 0)) this.sorted = false;
    flat.push(start, end);
  }

  ranges(): Ranges {
    const flat = this.flat;
    let order: number[] | null = null;
    if (!this.sorted) {
      // Rare (the collectors push in document order): sort range indexes by start.
      order = Array.from({ length: flat.length >> 1 }, (_, i) => i);
      order.sort((a, b) => (flat[a * 2] ?? 0) - (flat[b * 2] ?? 0));
    }
    const out: number[] = [];
    const count = flat.length >> 1;
    for (let k = 0; k < count; k++) {
      const i = order ? (order[k] ?? 0) : k;
      const s = flat[i * 2] ?? 0;
      const e = flat[i * 2 + 1] ?? 0;
      if (e <= s) continue;
      const last = out.length - 1;
      if (last > 0 && s <= (out[last] ?? 0)) out[last] = Math.max(out[last] ?? 0, e);
      else out.push(s, e);
    }
    return Ranges.fromPairs(Int32Array.from(out));
  }
}
