/** Obsidian's `prepareFuzzySearch` / `prepareSimpleSearch`, simplified but with the same shape. */
export interface SearchResult {
  score: number;
  matches: [number, number][];
}

/** Characters of the query must appear in order (case-insensitive); tighter matches score higher. */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (text: string) => {
    if (q === '') return { score: 0, matches: [] };
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    let at = 0;
    for (const ch of q) {
      const i = t.indexOf(ch, at);
      if (i === -1) return null;
      const last = matches[matches.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else matches.push([i, i + 1]);
      at = i + 1;
    }
    const first = matches[0]?.[0] ?? 0;
    return { score: -(matches.length - 1) - first / 100, matches };
  };
}

/** Every whitespace-separated word of the query must appear (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    for (const w of words) {
      const i = t.indexOf(w);
      if (i === -1) return null;
      matches.push([i, i + w.length]);
    }
    return { score: 0, matches: matches.sort((a, b) => a[0] - b[0]) };
  };
}
