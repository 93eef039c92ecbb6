import { MarkdownView, TFile, type App, type Plugin } from 'obsidian';
import { planRow } from '../core/rules/edit-targets';
import { planContext } from './plan-context';
import type { SettingsHost } from './settings-host';
import { statusLabel } from './status-names';

/** Quiet period after the last change before the active note is parsed again. */
export const STATUS_BAR_DELAY_MS = 250;

export interface StatusBarHost extends SettingsHost {
  onSettingsChange(listener: () => void): void;
}

/**
 * "In progress · 4/8" for the active plan: its status and its finished steps. Only the active
 * note is parsed, and only after edits pause, so typing in a long plan stays smooth. Hidden
 * (empty, with a class) for notes that are not plans. A click opens the status picker.
 */
export class PlanStatusBar {
  readonly el: HTMLElement;
  /** Quiet period before a recompute; tests shorten it. */
  delayMs = STATUS_BAR_DELAY_MS;
  private timer: number | null = null;
  /** Text handed over by the metadata cache's `changed` event, so it need not be read again. */
  private pendingText: { path: string; text: string } | null = null;
  private shownPath: string | null = null;

  constructor(
    private readonly plugin: Plugin,
    private readonly host: StatusBarHost,
    private readonly onClick: (file: TFile) => void,
  ) {
    this.el = plugin.addStatusBarItem();
    this.el.addClass('execplan-status-bar');
    this.el.setAttr('aria-label', 'Set plan status');
    this.hide();
  }

  /** Hooks the bar to the workspace; everything is registered on the plugin for cleanup. */
  register(): void {
    const { plugin } = this;
    const { app } = plugin;
    plugin.registerDomEvent(this.el, 'click', () => {
      if (this.shownPath === null) return;
      const file = app.vault.getAbstractFileByPath(this.shownPath);
      if (file instanceof TFile) this.onClick(file);
    });
    app.workspace.onLayoutReady(() => {
      plugin.registerEvent(app.workspace.on('active-leaf-change', () => this.schedule()));
      plugin.registerEvent(app.workspace.on('file-open', () => this.schedule()));
      plugin.registerEvent(
        app.metadataCache.on('changed', (file, data) => {
          if (file.path !== app.workspace.getActiveFile()?.path) return;
          this.pendingText = { path: file.path, text: data };
          this.schedule();
        }),
      );
      this.host.onSettingsChange(() => this.schedule());
      this.schedule();
    });
    plugin.register(() => this.cancel());
  }

  /** Recomputes after the quiet period; repeated calls within it collapse into one. */
  schedule(): void {
    this.cancel();
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.update();
    }, this.delayMs);
  }

  /** Recomputes now (also what the debounced call runs). */
  async update(): Promise<void> {
    const { app } = this.plugin;
    const file = app.workspace.getActiveFile();
    if (!file || file.extension !== 'md') {
      this.hide();
      return;
    }
    const text = await this.textOf(app, file);
    // The user may have switched notes while the text was read.
    if (app.workspace.getActiveFile()?.path !== file.path) return;
    const context = planContext(app, this.host.settings, file, text);
    if (!context.isPlan) {
      this.hide();
      return;
    }
    const row = planRow(context.doc);
    const label = statusLabel(this.host.settings.statuses, row.statusRaw, row.status);
    const steps = { done: row.done, total: row.total };
    this.el.setText(steps.total > 0 ? `${label} · ${steps.done}/${steps.total}` : label);
    this.el.removeClass('execplan-status-bar-hidden');
    this.shownPath = file.path;
  }

  private async textOf(app: App, file: TFile): Promise<string> {
    const pending = this.pendingText;
    this.pendingText = null;
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (view && view.file?.path === file.path && view.getMode() === 'source') return view.editor.getValue();
    if (pending && pending.path === file.path) return pending.text;
    return app.vault.cachedRead(file);
  }

  private hide(): void {
    this.el.empty();
    this.el.addClass('execplan-status-bar-hidden');
    this.shownPath = null;
  }

  private cancel(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }
}
