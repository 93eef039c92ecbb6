import { MarkdownView, TFolder, normalizePath, type App, type TFile } from 'obsidian';
import { normaliseFolder, uniquePath } from '../../core/template/file-name';

/** A folder setting as a vault path; '' is the vault root. */
export function vaultFolder(setting: string): string {
  const folder = normaliseFolder(setting);
  return folder ? normalizePath(folder) : '';
}

/** Creates the folder and any missing parents; an existing file in the way is an error. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
  let path = '';
  for (const segment of folder.split('/').filter(Boolean)) {
    path = path ? `${path}/${segment}` : segment;
    const existing = app.vault.getAbstractFileByPath(path);
    if (!existing) await app.vault.createFolder(path);
    else if (!(existing instanceof TFolder)) throw new Error(`“${path}” is a file, not a folder.`);
  }
}

/**
 * True when the path is taken. Compared without case too: on macOS, Windows and phones
 * "Plan.md" and "plan.md" are one file, and a synced vault must not get both.
 */
function pathTaken(app: App): (path: string) => boolean {
  let lower: Set<string> | null = null;
  return (path) => {
    if (app.vault.getAbstractFileByPath(path)) return true;
    lower ??= new Set(app.vault.getAllLoadedFiles().map((f) => f.path.toLowerCase()));
    return lower.has(path.toLowerCase());
  };
}

/**
 * Creates `folder/baseName.md`, or "baseName 2.md", "baseName 3.md" … when taken; never
 * overwrites. A name taken between the check and the write (two quick runs) is retried.
 */
export async function createUniqueNote(app: App, folder: string, baseName: string, text: string): Promise<TFile> {
  for (let attempt = 1; ; attempt++) {
    const taken = pathTaken(app);
    const path = uniquePath(folder, baseName, taken);
    try {
      return await app.vault.create(path, text);
    } catch (e) {
      if (attempt >= 3 || !pathTaken(app)(path)) throw e;
    }
  }
}

/** Opens the note in the current tab in editing mode and puts the cursor at `offset`. */
export async function openAtOffset(app: App, file: TFile, offset: number): Promise<void> {
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true, state: { mode: 'source' } });
  const view = leaf.view;
  if (!(view instanceof MarkdownView) || view.file?.path !== file.path) return;
  const editor = view.editor;
  const position = editor.offsetToPos(Math.min(offset, editor.getValue().length));
  editor.setCursor(position);
  editor.focus();
}
