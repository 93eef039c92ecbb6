import type { App, TFile } from 'obsidian';
import { planAppend, planSetProperties, planSetStatusLine, type EditResult } from '../core/edit';
import type { PlanDocument } from '../core/markdown';
import { frontmatterData, readStatus } from '../core/read';
import type { Splice } from '../core/types';
import { askConfirm } from './modals/confirm-modal';
import { askForm } from './modals/form-modal';
import { askStatus } from './modals/status-suggest-modal';
import { currentText, notify, openEditorFor, processProperties, rewrite } from './note-writer';
import type { PlanEdits } from './plan-actions';
import { parseNote } from './plan-context';
import type { StatusSetting } from './settings';
import type { SettingsHost } from './settings-host';
import { configuredStatus, statusLabel } from './status-names';
import { planBumpUpdated as updatedBump, splicesAreDisjoint, updatedProperty } from '../core/edit';

export interface StatusChange {
  to: StatusSetting;
  /** Why the plan is blocked; written after the status in the progress line. */
  reason: string | null;
}

/**
 * "Set plan status": pick a configured status, give a reason when it is Blocked, write it,
 * and offer the retrospective when the plan is Complete.
 *
 * Where the status is written depends on where the plan keeps it: a `Status:` line in the
 * text is edited in place; otherwise the `status` property is set. When the note is open in
 * an editor, the property, `updated` and the progress line change in ONE editor transaction
 * (one undo reverts the status change, and unsaved typing is kept); a closed note's
 * properties go through `processFrontMatter`, then the progress line through `vault.process`.
 */
export class StatusChanger {
  constructor(
    private readonly app: App,
    private readonly host: SettingsHost,
    private readonly edits: PlanEdits,
    private readonly writeRetrospective: (file: TFile) => Promise<boolean>,
  ) {}

  /** The interactive flow behind the command and the status bar. */
  async run(file: TFile): Promise<boolean> {
    const context = await this.edits.loadPlan(file);
    if (!context) return false;
    const status = readStatus(context.doc);
    const current = configuredStatus(this.host.settings.statuses, status.raw, status.canonical);
    const to = await askStatus(this.app, this.host.settings.statuses, current);
    if (!to) return false;
    return this.changeTo(file, to);
  }

  /**
   * Sets `to` the way the command does, for every entry point (the command, the status bar,
   * the dashboard's menu and board): Blocked asks for the reason, Complete offers the
   * retrospective. Resolves true when the status was written.
   */
  async changeTo(file: TFile, to: StatusSetting): Promise<boolean> {
    let reason: string | null = null;
    if (to.kind === 'blocked') {
      const values = await askForm(this.app, {
        title: `Set status to ${to.name}`,
        submitLabel: `Set ${to.name}`,
        fields: [{ key: 'reason', name: 'Reason', placeholder: 'What is blocking the plan', required: true }],
      });
      if (!values) return false;
      reason = values.text.reason ?? null;
    }
    const changed = await this.apply(file, { to, reason });
    if (changed && to.kind === 'complete') await this.offerRetrospective(file);
    return changed;
  }

  /** Writes a status change without asking anything. Resolves true when it was written. */
  async apply(file: TFile, change: StatusChange): Promise<boolean> {
    const doc = parseNote(await currentText(this.app, file), file);
    const before = readStatus(doc);
    const from = before.raw ? statusLabel(this.host.settings.statuses, before.raw, before.canonical) : null;
    if (from === change.to.name && !change.reason) {
      notify(`The status is already ${change.to.name}.`);
      return false;
    }
    const logLine = this.host.settings.logStatusChanges ? statusLogLine(from, change) : null;
    const inPlace = before.source === 'body' || openEditorFor(this.app, file) !== null;
    const ok = inPlace ? await this.writeInPlace(file, change, logLine) : await this.writeThroughProperties(file, change, logLine);
    if (ok) notify(`Status set to ${change.to.name}`);
    return ok;
  }

  private async writeInPlace(file: TFile, change: StatusChange, logLine: string | null): Promise<boolean> {
    const outcome = await rewrite(this.app, file, (text) => {
      const doc = parseNote(text, file);
      const at = this.host.now();
      const status = this.statusEdit(doc, change.to.name, at);
      if (!status.ok) return status;
      const splices: Splice[] = [...status.splices];
      if (logLine) {
        const log = this.logEdit(doc, logLine, at);
        if (!log.ok) return log;
        splices.push(...log.splices);
      }
      if (!splicesAreDisjoint(splices)) return { ok: false, code: 'invalid-value', message: 'The status change overlaps itself; nothing was written.' };
      return { ok: true, splices, description: `Status set to ${change.to.name}` };
    });
    return outcome.ok;
  }

  /** The status (and `updated`) as splices: a body `Status:` line in place, else properties. */
  private statusEdit(doc: PlanDocument, name: string, at: Date): EditResult {
    const time = this.edits.time;
    if (readStatus(doc).source === 'body') {
      const line = planSetStatusLine(doc, name);
      if (!line.ok || !this.host.settings.bumpUpdated) return line;
      return { ...line, splices: [...updatedBump(doc, at, time).splices, ...line.splices] };
    }
    const values: Record<string, string> = { [statusKey(doc)]: name };
    if (this.host.settings.bumpUpdated) {
      const [key, value] = updatedProperty(doc, at, time);
      values[key] = value;
    }
    return planSetProperties(doc, values);
  }

  private logEdit(doc: PlanDocument, line: string, at: Date): EditResult {
    return planAppend(doc, { kind: 'progress', text: line, done: true, at, time: this.edits.time });
  }

  private async writeThroughProperties(file: TFile, change: StatusChange, logLine: string | null): Promise<boolean> {
    const at = this.host.now();
    const before = parseNote(await this.app.vault.read(file), file);
    const statusName = statusKey(before);
    const [updatedKey, updatedValue] = updatedProperty(before, at, this.edits.time);
    const props = await processProperties(this.app, file, (frontmatter) => {
      frontmatter[existingKey(frontmatter, statusName)] = change.to.name;
      if (this.host.settings.bumpUpdated) frontmatter[existingKey(frontmatter, updatedKey)] = updatedValue;
    });
    if (!props.ok) return false;
    if (!logLine) return true;
    const log = await rewrite(this.app, file, (text) => this.logEdit(parseNote(text, file), logLine, at));
    return log.ok;
  }

  private async offerRetrospective(file: TFile): Promise<void> {
    const yes = await askConfirm(this.app, {
      title: 'Plan complete',
      message: 'Write the outcomes and retrospective now, while the details are fresh?',
      confirmLabel: 'Write retrospective',
      cancelLabel: 'Not now',
    });
    if (yes) await this.writeRetrospective(file);
  }
}

/** "Status: In progress → Blocked — waiting for review" */
export function statusLogLine(from: string | null, change: StatusChange): string {
  const move = from ? `${from} → ${change.to.name}` : change.to.name;
  return change.reason ? `Status: ${move} — ${change.reason}` : `Status: ${move}`;
}

/** The note's own spelling of the status key (`Status`, `status`), else `status`. */
function statusKey(doc: PlanDocument): string {
  return existingKey(frontmatterData(doc) ?? {}, 'status');
}

/** The spelling of `key` the properties already use (compared without case), else `key`. */
function existingKey(frontmatter: Record<string, unknown>, key: string): string {
  return Object.keys(frontmatter).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
}
