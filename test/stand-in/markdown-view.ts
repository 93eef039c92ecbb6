/**
 * `MarkdownView` in source mode. Opening a note loads its text into `editor`; edits mark the view
 * dirty and reach the vault on `save()` or `testing.settle()` (the app's auto-save), after which
 * the metadata cache updates. A change made to the file from outside (vault.process, another
 * view) reloads the editor, keeping the caret clamped; a view's own unsaved edits are saved before
 * any other write to its file, so they are never silently lost.
 */
import { Editor } from './editor';
import { notImplemented } from './not-implemented';
import { TextFileView } from './views';
import type { WorkspaceLeaf } from './workspace';

export class MarkdownView extends TextFileView {
  editor: Editor;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = new Editor();
    this.editor._onChange = () => {
      this.requestSave();
      this.app.workspace.trigger('editor-change', this.editor, this);
    };
  }

  get previewMode(): never {
    throw notImplemented('MarkdownView.previewMode');
  }

  getViewType(): string {
    return 'markdown';
  }

  getMode(): 'source' | 'preview' {
    return 'source';
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  setViewData(data: string, clear: boolean): void {
    if (clear) this.editor._load(data);
    else this.editor._reload(data);
  }

  clear(): void {
    this.editor._load('');
  }

  showSearch(): void {
    throw notImplemented('MarkdownView.showSearch');
  }
}
