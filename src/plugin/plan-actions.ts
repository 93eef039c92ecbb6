import type { App, TFile } from 'obsidian';
import { planAppend, planTickStep, type AppendRequest, type EditResult } from '../core/edit';
import type { PlanDocument } from '../core/markdown';
import { planRow } from '../core/rules/edit-targets';
import type { TimeOptions } from '../core/types';
import { notify, rewrite, currentText } from './note-writer';
import { notAPlanMessage, parseNote, planContext, type PlanContext } from './plan-context';
import type { SettingsHost } from './settings-host';
import { planBumpUpdated as updatedBump, splicesAreDisjoint } from '../core/edit';

/** An entry to log, without the moment and format (the plugin's clock and settings give those). */
export type EntryRequest = Omit<AppendRequest, 'at' | 'time' | 'emptyDecisionStyle'>;

const LOGGED: Readonly<Record<AppendRequest['kind'], string>> = {
  progress: 'Progress logged',
  decision: 'Decision logged',
  surprise: 'Surprise logged',
  retrospective: 'Retrospective written',
  handoff: 'Handoff written',
};

/**
 * The plan edits behind the commands, usable on any note whether or not it is open (the
 * dashboard can call them for a row). Each loads the note's current text, checks it is a
 * plan, and writes through the note writer; the user hears about the outcome in a Notice.
 */
export class PlanEdits {
  constructor(
    private readonly app: App,
    private readonly host: SettingsHost,
  ) {}

  get time(): TimeOptions {
    return { format: this.host.settings.timestampFormat, utc: this.host.settings.useUtc };
  }

  /** The note parsed from its current text when it is a plan; otherwise a Notice and null. */
  async loadPlan(file: TFile): Promise<PlanContext | null> {
    const context = planContext(this.app, this.host.settings, file, await currentText(this.app, file));
    if (context.isPlan) return context;
    notify(notAPlanMessage(file, this.host.settings));
    return null;
  }

  /** Appends one entry (and bumps `updated` when enabled). Resolves true when it landed. */
  async appendEntry(file: TFile, entry: EntryRequest): Promise<boolean> {
    // Filled in by the computation, which runs later, inside the write.
    const seen: { warning: string | null } = { warning: null };
    const outcome = await rewrite(this.app, file, (text) => {
      const doc = parseNote(text, file);
      const at = this.host.now();
      const result = planAppend(doc, {
        ...entry,
        at,
        time: this.time,
        emptyDecisionStyle: this.host.settings.defaultDecisionStyle,
      });
      const bumped = this.withUpdated(doc, result, at);
      seen.warning = bumped.warning;
      return bumped.result;
    });
    if (!outcome.ok) return false;
    notify(seen.warning ? `${LOGGED[entry.kind]}; ${seen.warning}` : LOGGED[entry.kind]);
    return true;
  }

  /** Ticks the plan's first open step and stamps it. Resolves true when a step was ticked. */
  async completeNextStep(file: TFile): Promise<boolean> {
    const seen: { step: string; warning: string | null } = { step: '', warning: null };
    const outcome = await rewrite(this.app, file, (text) => {
      const doc = parseNote(text, file);
      const at = this.host.now();
      seen.step = planRow(doc).nextStep ?? '';
      const bumped = this.withUpdated(doc, planTickStep(doc, { at, time: this.time }), at);
      seen.warning = bumped.warning;
      return bumped.result;
    });
    if (!outcome.ok) return false;
    const done = seen.step ? `Step completed: ${seen.step}` : 'Step completed';
    notify(seen.warning ? `${done}; ${seen.warning}` : done);
    return true;
  }

  /**
   * Adds the `updated` bump to a successful edit when the setting is on. The entry wins over
   * the bump: when `updated` cannot be set, the entry still lands and a warning says why.
   */
  withUpdated(doc: PlanDocument, result: EditResult, at: Date): { result: EditResult; warning: string | null } {
    if (!result.ok || result.splices.length === 0 || !this.host.settings.bumpUpdated) {
      return { result, warning: null };
    }
    const bump = updatedBump(doc, at, this.time);
    const splices = [...bump.splices, ...result.splices];
    if (!splicesAreDisjoint(splices)) return { result, warning: null };
    return { result: { ...result, splices }, warning: bump.warning };
  }
}
