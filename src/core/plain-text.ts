/**
 * A title or step as a reader sees it rendered, for the dashboard, the status bar and the CLI:
 * without inline markdown (code ticks, emphasis, links) and without a leading "(TBD)" that only
 * says the step is not planned in detail yet. Each pattern is bounded or a single character
 * class, so a long line costs one pass (no backtracking on user text).
 */
export function plainText(text: string): string {
  let out = text.replace(/^\s*(?:\(TBD\)|\[TBD\]|TBD:)\s*/i, '');
  // Code ticks go, whatever their run length (a pattern over runs of ticks would backtrack).
  if (out.includes('`')) out = out.replace(/`/g, '');
  if (out.includes('[')) {
    out = out
      .replace(/\[\[[^\]|\n]{0,200}\|([^\]\n]{0,200})\]\]/g, '$1')
      .replace(/\[\[([^\]\n]{0,200})\]\]/g, '$1')
      .replace(/!?\[([^\]\n]{0,200})\]\([^)\n]{0,400}\)/g, '$1');
  }
  if (/[*_~=]/.test(out)) {
    out = out
      .replace(/\*\*|__|~~|==/g, '')
      // A lone `*` or `_` that opens or closes emphasis: not one inside a word (snake_case, x*y).
      // (No lookbehind: iOS before 16.4 lacks it.)
      .replace(/(^|[^\p{L}\p{N}])[*_](?=\S)/gu, '$1')
      .replace(/(\S)[*_](?![\p{L}\p{N}])/gu, '$1');
  }
  return out.trim();
}

/**
 * A plan title written as the first level-2 heading of a note without a level-1 one, as coding
 * agents write them: "Exec plan: Offline sync", "ExecPlan — Offline sync". Null for any other
 * heading (a section name is no title).
 */
export function titleFromLabelledHeading(heading: string): string | null {
  const m = /^\s*(?:exec[ -]?plan|plan)\s*[:：—–-]\s*(\S.*)$/i.exec(heading);
  return m ? (m[1] ?? '').trim() : null;
}
