import { MarkdownView, Notice, parseYaml, type App, type Editor, type TFile } from 'obsidian';
import type { EditResult } from '../core/edit/result';
import { readFrontmatter } from '../core/frontmatter';
import type { Splice } from '../core/types';

/**
 * The plugin's only way to change a note. Every change is a set of splices computed from the
 * note's current text, never a rewritten note:
 * - when the note is open in an editor, the splices are computed from `editor.getValue()` and
 *   applied as ONE editor transaction, so a single undo reverts them, the cursor is mapped
 *   through them, and text typed but not yet saved is neither lost nor overwritten;
 * - otherwise through `vault.process`, computing from the text it hands over;
 * - frontmatter properties of a closed note go through `fileManager.processFrontMatter`.
 * A failed computation shows a Notice with its message and writes nothing.
 */

export type WriteOutcome =
  | { ok: true; changed: boolean; description: string; via: 'editor' | 'vault' }
  | { ok: false; message: string };

/** Computes an edit from the note's current text. */
export type ComputeEdit = (text: string) => EditResult;

/** Notices are shown through this, so tests and callers can watch them. */
export function notify(message: string): void {
  new Notice(message);
}

/**
 * Writes to one file run one after another: the second of two quick logs must see the text
 * the first one wrote, whichever path (editor or vault) each takes.
 */
const queues = new WeakMap<App, Map<string, Promise<unknown>>>();

export function serialised<T>(app: App, file: TFile, task: () => Promise<T>): Promise<T> {
  let perApp = queues.get(app);
  if (!perApp) {
    perApp = new Map();
    queues.set(app, perApp);
  }
  const previous = perApp.get(file.path) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  perApp.set(file.path, tail);
  void tail.then(() => {
    if (perApp.get(file.path) === tail) perApp.delete(file.path);
  });
  return run;
}

/** The editor showing `file` in source or live-preview mode, preferring the active one. */
export function openEditorFor(app: App, file: TFile): Editor | null {
  const active = app.workspace.getActiveViewOfType(MarkdownView);
  if (active && active.file?.path === file.path && active.getMode() === 'source') return active.editor;
  for (const leaf of app.workspace.getLeavesOfType('markdown')) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path && view.getMode() === 'source') {
      return view.editor;
    }
  }
  return null;
}

/** The note's current text: the editor's buffer when it is open (unsaved typing included). */
export async function currentText(app: App, file: TFile): Promise<string> {
  const editor = openEditorFor(app, file);
  return editor ? editor.getValue() : app.vault.read(file);
}

/** Thrown inside `vault.process` to leave the file untouched (nothing to write, or an error). */
class KeepFile extends Error {
  constructor(readonly outcome: WriteOutcome) {
    super('keep file');
  }
}

/** Applies the edit `compute` returns for the note's current text; see the module comment. */
export function rewrite(app: App, file: TFile, compute: ComputeEdit): Promise<WriteOutcome> {
  return serialised(app, file, () => rewriteNow(app, file, compute));
}

async function rewriteNow(app: App, file: TFile, compute: ComputeEdit): Promise<WriteOutcome> {
  const editor = openEditorFor(app, file);
  const outcome = editor ? applyInEditor(editor, compute) : await applyInVault(app, file, compute);
  if (!outcome.ok) notify(outcome.message);
  return outcome;
}

function applyInEditor(editor: Editor, compute: ComputeEdit): WriteOutcome {
  const result = safeCompute(compute, editor.getValue());
  if (!result.ok) return { ok: false, message: result.message };
  if (result.splices.length === 0) return { ok: true, changed: false, description: result.description, via: 'editor' };
  // Positions are taken before anything changes: every change in one transaction refers to
  // the text as it was, so the splices need no shifting against each other.
  const changes = orderSplices(result.splices).map((s) => ({
    from: editor.offsetToPos(s.offset),
    to: editor.offsetToPos(s.offset + s.deleteCount),
    text: s.insert,
  }));
  editor.transaction({ changes }, 'execplan');
  return { ok: true, changed: true, description: result.description, via: 'editor' };
}

async function applyInVault(app: App, file: TFile, compute: ComputeEdit): Promise<WriteOutcome> {
  let outcome: WriteOutcome = { ok: false, message: 'The note was not changed.' };
  try {
    await app.vault.process(file, (text) => {
      const result = safeCompute(compute, text);
      if (!result.ok) throw new KeepFile({ ok: false, message: result.message });
      if (result.splices.length === 0) {
        throw new KeepFile({ ok: true, changed: false, description: result.description, via: 'vault' });
      }
      outcome = { ok: true, changed: true, description: result.description, via: 'vault' };
      return applySplicesTo(text, result.splices);
    });
  } catch (e) {
    if (e instanceof KeepFile) return e.outcome;
    return { ok: false, message: `Could not write “${file.basename}”: ${errorMessage(e)}` };
  }
  return outcome;
}

function safeCompute(compute: ComputeEdit, text: string): EditResult {
  try {
    return compute(text);
  } catch (e) {
    return { ok: false, code: 'invalid-value', message: `Could not compute the change: ${errorMessage(e)}` };
  }
}

/** Ascending by offset; at one offset, keep the order the engine produced. */
function orderSplices(splices: readonly Splice[]): Splice[] {
  return splices
    .map((splice, index) => ({ splice, index }))
    .sort((a, b) => a.splice.offset - b.splice.offset || a.index - b.index)
    .map((entry) => entry.splice);
}

function applySplicesTo(text: string, splices: readonly Splice[]): string {
  let out = '';
  let from = 0;
  for (const s of orderSplices(splices)) {
    out += text.slice(from, s.offset) + s.insert;
    from = s.offset + s.deleteCount;
  }
  return out + text.slice(from);
}

/**
 * Sets properties of a note that is NOT open in an editor, through Obsidian's own frontmatter
 * writer. The YAML is parsed first: Obsidian may throw on malformed frontmatter or, worse,
 * replace it, and a note must come out byte-identical when its properties cannot be read.
 */
export function processProperties(
  app: App,
  file: TFile,
  mutate: (frontmatter: Record<string, unknown>) => void,
): Promise<WriteOutcome> {
  return serialised(app, file, async () => {
    const problem = frontmatterProblem(await app.vault.read(file));
    if (problem) {
      const message = `Properties of “${file.basename}” were not changed: ${problem}`;
      notify(message);
      return { ok: false, message };
    }
    try {
      await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => mutate(frontmatter));
    } catch (e) {
      const message = `Properties of “${file.basename}” were not changed: ${errorMessage(e)}`;
      notify(message);
      return { ok: false, message };
    }
    return { ok: true, changed: true, description: 'Properties updated', via: 'vault' };
  });
}

/** Why a note's frontmatter cannot be read as properties, or null when it can (or has none). */
export function frontmatterProblem(text: string): string | null {
  const block = readFrontmatter(text, parseYaml);
  if (!block?.error) return null;
  return `the frontmatter is not valid YAML (${block.error}).`;
}

/** The message of anything thrown. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
