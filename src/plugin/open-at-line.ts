import { MarkdownView, type WorkspaceLeaf } from 'obsidian';

/** The eState that makes `openFile` scroll to a 1-based line. */
export function lineState(line: number | null | undefined): { eState: { line: number } } | undefined {
  return line ? { eState: { line: line - 1 } } : undefined;
}

/** After `openFile`: the cursor on `line` (1-based), scrolled into view. */
export function cursorTo(leaf: WorkspaceLeaf, line: number | null | undefined): void {
  if (!line || !(leaf.view instanceof MarkdownView)) return;
  const pos = { line: line - 1, ch: 0 };
  leaf.view.editor.setCursor(pos);
  leaf.view.editor.scrollIntoView({ from: pos, to: pos }, true);
}
