/**
 * Drives the template commands the way a user does: through the registered commands, the
 * modals they open and the keys a user presses, against the in-memory Obsidian stand-in.
 */
import { MarkdownView, type App, type Modal } from 'obsidian';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import type { ExecPlanSettings } from '../../src/plugin/settings';
import { TemplateSuggestModal } from '../../src/plugin/templates/template-suggest-modal';
import { TextInputModal } from '../../src/plugin/templates/text-input-modal';
import { createTestApp, loadPlugin, type Testing } from '../stand-in/testing';

export const CREATE = 'execplan:create-new-plan';
export const APPLY = 'execplan:apply-plan-template';

export interface Harness {
  app: App;
  testing: Testing;
  plugin: ExecPlanPlugin;
}

export interface SetupOptions {
  files?: Record<string, string>;
  now?: Date;
  settings?: Partial<ExecPlanSettings>;
}

/** An app with the plugin loaded, its clock fixed to the test clock, layout ready. */
export async function setup(opts: SetupOptions = {}): Promise<Harness> {
  const { app, testing } = createTestApp({ files: opts.files, now: opts.now ?? new Date('2026-11-21T14:05:09Z') });
  if (opts.settings) testing.setPluginData('execplan', opts.settings);
  const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
  plugin.now = () => testing.now();
  await testing.layoutReady();
  return { app, testing, plugin };
}

/** Lets the command's pending promises run until `found` holds (a modal opened, a file appeared). */
export async function waitFor<T>(what: string, found: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = found();
    if (value) return value;
    await new Promise((resolve) => window.setTimeout(resolve, 0));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function topModal(testing: Testing): Modal | undefined {
  return testing.openModals[testing.openModals.length - 1];
}

export function nextTextModal(testing: Testing): Promise<TextInputModal> {
  return waitFor('a text modal', () => {
    const modal = topModal(testing);
    return modal instanceof TextInputModal ? modal : null;
  });
}

export function nextTemplateModal(testing: Testing): Promise<TemplateSuggestModal> {
  return waitFor('the template chooser', () => {
    const modal = topModal(testing);
    return modal instanceof TemplateSuggestModal ? modal : null;
  });
}

export function inputOf(modal: TextInputModal): HTMLInputElement {
  const input = modal.contentEl.querySelector('input');
  if (!input) throw new Error('the modal has no input');
  return input;
}

export function messageOf(modal: TextInputModal): string {
  return modal.contentEl.querySelector('.execplan-template-message')?.textContent ?? '';
}

/** Types into the modal's field and presses Enter, as a user would. */
export function typeAndEnter(testing: Testing, modal: TextInputModal, text: string): void {
  testing.input(inputOf(modal), text);
  inputOf(modal).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

export function pressEscape(testing: Testing, modal: Modal): void {
  testing.pressKey('Escape', [], modal);
}

/** Enters a title, then picks the template whose suggestion shows `templateName`. */
export async function titleAndTemplate(testing: Testing, title: string, templateName: string): Promise<void> {
  typeAndEnter(testing, await nextTextModal(testing), title);
  const chooser = await nextTemplateModal(testing);
  await testing.chooseSuggestion(chooser, templateName);
}

/** Runs "Create new plan" start to end: title, template, answers in order. */
export async function createPlan(
  h: Harness,
  title: string,
  templateName: string,
  answers: readonly string[] = [],
): Promise<void> {
  const done = h.testing.runCommand(CREATE);
  await titleAndTemplate(h.testing, title, templateName);
  for (const answer of answers) typeAndEnter(h.testing, await nextTextModal(h.testing), answer);
  await done;
  await h.testing.settle();
}

export function read(h: Harness, path: string): Promise<string> {
  const file = h.app.vault.getFileByPath(path);
  if (!file) throw new Error(`no file ${path}; files: ${mdPaths(h).join(', ')}`);
  return h.app.vault.read(file);
}

export function mdPaths(h: Harness): string[] {
  return h.app.vault
    .getMarkdownFiles()
    .map((f) => f.path)
    .sort();
}

export function activeView(h: Harness): MarkdownView {
  const view = h.app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error('no active markdown view');
  return view;
}
