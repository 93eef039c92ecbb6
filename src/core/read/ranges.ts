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

  /** Both sets of ranges as one (each is sorted, so one pass, into one array). */
  union(other: Ranges): Ranges {
    if (other.length === 0) return this;
    if (this.length === 0) return other;
    const a = this.pairs;
    const b = other.pairs;
    const out = new Int32Array(a.length + b.length);
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      let s: number;
      let e: number;
      if (j >= b.length || (i < a.length && (a[i] ?? 0) <= (b[j] ?? 0))) {
        s = a[i] ?? 0;
        e = a[i + 1] ?? 0;
        i += 2;
      } else {
        s = b[j] ?? 0;
        e = b[j + 1] ?? 0;
        j += 2;
      }
      if (n > 0 && s <= (out[n - 1] ?? 0)) {
        if (e > (out[n - 1] ?? 0)) out[n - 1] = e;
      } else {
        out[n++] = s;
        out[n++] = e;
      }
    }
    return Ranges.fromPairs(out.slice(0, n));
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
  private flat = new Int32Array(16);
  private size = 0;
  private sorted = true;

  push(start: number, end: number): void {
    if (end <= start) return;
    if (this.size + 2 > this.flat.length) {
      const bigger = new Int32Array(this.flat.length * 2);
      bigger.set(this.flat);
      this.flat = bigger;
    }
    if (this.size > 0 && start < (this.flat[this.size - 2] ?? 0)) this.sorted = false;
    this.flat[this.size++] = start;
    this.flat[this.size++] = end;
  }

  ranges(): Ranges {
    const flat = this.flat;
    const count = this.size >> 1;
    let order: number[] | null = null;
    if (!this.sorted) {
      // Rare (the collectors push in document order): sort range indexes by start.
      order = Array.from({ length: count }, (_, i) => i);
      order.sort((a, b) => (flat[a * 2] ?? 0) - (flat[b * 2] ?? 0));
    }
    const out = new Int32Array(this.size);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const i = order ? (order[k] ?? 0) : k;
      const s = flat[i * 2] ?? 0;
      const e = flat[i * 2 + 1] ?? 0;
      if (n > 0 && s <= (out[n - 1] ?? 0)) {
        if (e > (out[n - 1] ?? 0)) out[n - 1] = e;
      } else {
        out[n++] = s;
        out[n++] = e;
      }
    }
    return Ranges.fromPairs(n === out.length ? out : out.slice(0, n));
  }
}
