import { MarkdownView, type TFile, type WorkspaceLeaf } from 'obsidian';

/**
 * Opens `file` in `leaf` scrolled to `line` (1-based; none: where Obsidian puts it), then puts
 * the cursor on that line: the eState only scrolls.
 */
export async function openAtLine(leaf: WorkspaceLeaf, file: TFile, line: number | null | undefined): Promise<void> {
  if (!line) return leaf.openFile(file);
  await leaf.openFile(file, { eState: { line: line - 1 } });
  if (!(leaf.view instanceof MarkdownView)) return;
  const pos = { line: line - 1, ch: 0 };
  leaf.view.editor.setCursor(pos);
  leaf.view.editor.scrollIntoView({ from: pos, to: pos }, true);
}
