import type { App, MarkdownView, Modal, TFile } from 'obsidian';
import { createTestApp, loadPlugin, type Testing } from '../stand-in/testing';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { FormModal } from '../../src/plugin/modals/form-modal';

/** The moment every test stamps with: 2026-11-21 14:05 UTC. */
export const NOW = new Date('2026-11-21T14:05:00Z');
export const STAMP = '(2026-11-21 14:05Z)';

export interface Harness {
  app: App;
  testing: Testing;
  plugin: ExecPlanPlugin;
  file(path: string): TFile;
  read(path: string): Promise<string>;
  command(id: string): string;
}

/** An app over `files` with the plugin loaded (id `execplan`), a fixed clock and layout ready. */
export async function setup(files: Record<string, string>, data?: unknown): Promise<Harness> {
  const { app, testing } = createTestApp({ files, now: NOW });
  if (data !== undefined) testing.setPluginData('execplan', data);
  const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
  plugin.now = () => NOW;
  plugin.tracking.statusBar.delayMs = 0;
  await testing.layoutReady();
  const file = (path: string): TFile => {
    const found = app.vault.getFileByPath(path);
    if (!found) throw new Error(`no file ${path}`);
    return found;
  };
  return {
    app,
    testing,
    plugin,
    file,
    read: (path) => app.vault.read(file(path)),
    command: (id) => `execplan:${id}`,
  };
}

/** The one open form modal (fails when there is none or several). */
export function openForm(testing: Testing): FormModal {
  const forms = testing.openModals.filter((m: Modal): m is FormModal => m instanceof FormModal);
  if (forms.length !== 1) throw new Error(`expected one open form, found ${forms.length}`);
  return forms[0] as FormModal;
}

/** The text areas of a form, in order. */
export function textAreas(form: FormModal): HTMLTextAreaElement[] {
  return Array.from(form.contentEl.querySelectorAll('textarea'));
}

/** Types into the form's fields (in order) as a user would. */
export function fill(testing: Testing, form: FormModal, ...values: string[]): void {
  const areas = textAreas(form);
  values.forEach((value, i) => {
    const area = areas[i];
    if (!area) throw new Error(`the form has no field ${i + 1}`);
    testing.input(area, value);
  });
}

/** Presses a key in a text area; returns the event so tests can see whether it was handled. */
export function keydown(el: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const evt = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  el.dispatchEvent(evt);
  return evt;
}

/** Presses Enter in the form's first field: submits it. */
export function submit(form: FormModal): void {
  const first = textAreas(form)[0];
  if (!first) throw new Error('the form has no field');
  keydown(first, 'Enter');
}

/**
 * Lets pending promise chains run (a command opening its form) WITHOUT the app's auto-save,
 * so text typed in an editor stays unsaved.
 */
export function tick(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Starts a command; its form (if any) is open when this resolves. Editors are not saved. */
export async function start(h: Harness, id: string): Promise<void> {
  const ran = await h.testing.runCommand(h.command(id));
  if (!ran) throw new Error(`command ${id} did not run`);
  await tick();
}

/** Runs a logging command through its form: fills the fields and presses Enter. */
export async function logVia(h: Harness, id: string, ...values: string[]): Promise<void> {
  await start(h, id);
  const form = openForm(h.testing);
  fill(h.testing, form, ...values);
  submit(form);
  await tick();
}

export async function openNote(h: Harness, path: string): Promise<MarkdownView> {
  const view = await h.testing.openFile(path);
  await h.testing.settle();
  return view;
}
