/**
 * The command registry (Obsidian keeps it at `app.commands`). Availability and execution follow
 * Obsidian's precedence: `editorCheckCallback`, then `editorCallback` (both need an active
 * Markdown editor), then `checkCallback` (run for real only if the check returned true), then
 * `callback`.
 */
import type { Command, Editor as ObsidianEditor, MarkdownView as ObsidianMarkdownView } from 'obsidian';
import { callSafely } from './events';
import { MarkdownView } from './markdown-view';
import type { Workspace } from './workspace';

/** The runtime objects are the stand-in's; the callbacks are typed against the real API. */
function editorArgs(view: MarkdownView): [ObsidianEditor, ObsidianMarkdownView] {
  return [view.editor, view as unknown as ObsidianMarkdownView];
}

export interface CommandRun {
  ran: boolean;
  /** What the callback returned (a promise for async commands). */
  value: unknown;
}

export class Commands {
  commands: Record<string, Command> = {};

  constructor(private readonly workspace: Workspace) {}

  addCommand(command: Command): void {
    if (this.commands[command.id]) throw new Error(`stand-in: command "${command.id}" is already registered`);
    this.commands[command.id] = command;
  }

  removeCommand(id: string): void {
    delete this.commands[id];
  }

  findCommand(id: string): Command | undefined {
    return this.commands[id];
  }

  listCommands(): Command[] {
    return Object.values(this.commands);
  }

  /** Obsidian's (private) `executeCommandById`: synchronous, returns whether it ran. */
  executeCommandById(id: string): boolean {
    const command = this.commands[id];
    if (!command) return false;
    let ran = false;
    callSafely(() => {
      const run = this._run(command);
      ran = run.ran;
      return run.value;
    });
    return ran;
  }

  _isAvailable(command: Command): boolean {
    const view = this.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCheckCallback) return !!view && !!command.editorCheckCallback(true, ...editorArgs(view));
    if (command.editorCallback) return !!view;
    if (command.checkCallback) return !!command.checkCallback(true);
    return !!command.callback;
  }

  _run(command: Command): CommandRun {
    const view = this.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCheckCallback) {
      if (!view || !command.editorCheckCallback(true, ...editorArgs(view))) return { ran: false, value: undefined };
      return { ran: true, value: command.editorCheckCallback(false, ...editorArgs(view)) };
    }
    if (command.editorCallback) {
      if (!view) return { ran: false, value: undefined };
      return { ran: true, value: command.editorCallback(...editorArgs(view)) };
    }
    if (command.checkCallback) {
      if (!command.checkCallback(true)) return { ran: false, value: undefined };
      return { ran: true, value: command.checkCallback(false) };
    }
    if (command.callback) return { ran: true, value: command.callback() };
    return { ran: false, value: undefined };
  }
}
