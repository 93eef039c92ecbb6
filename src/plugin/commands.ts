import type { Plugin, TFile } from 'obsidian';
import type { EntryKind } from '../core/types';
import { logWithForm } from './entry-forms';
import type { PlanEdits } from './plan-actions';
import type { StatusChanger } from './status-change';

/** Command ids (Obsidian prefixes them with the plugin id: `execplan:log-progress`). */
export const COMMAND_IDS = {
  logProgress: 'log-progress',
  completeNextStep: 'complete-next-step',
  logDecision: 'log-decision',
  logSurprise: 'log-surprise',
  writeRetrospective: 'write-retrospective',
  writeHandoff: 'write-handoff',
  setPlanStatus: 'set-plan-status',
} as const;

const ENTRY_COMMANDS: readonly { id: string; name: string; kind: EntryKind }[] = [
  { id: COMMAND_IDS.logProgress, name: 'Log progress', kind: 'progress' },
  { id: COMMAND_IDS.logDecision, name: 'Log decision', kind: 'decision' },
  { id: COMMAND_IDS.logSurprise, name: 'Log surprise', kind: 'surprise' },
  { id: COMMAND_IDS.writeRetrospective, name: 'Write retrospective', kind: 'retrospective' },
  { id: COMMAND_IDS.writeHandoff, name: 'Write handoff', kind: 'handoff' },
];

/**
 * The plan commands. None has a default hotkey. Each is offered whenever a Markdown note is
 * the active file (in an editor or in reading view); whether that note is a plan is checked
 * when the command runs, from the note's current text, and a note that is not one gets a
 * Notice saying how to make it one. Checking at run time keeps the palette cheap (no parse
 * while it filters) and the command list stable while the metadata cache catches up.
 */
export function registerPlanCommands(plugin: Plugin, edits: PlanEdits, status: StatusChanger): void {
  const onActiveNote = (run: (file: TFile) => Promise<unknown>) => (checking: boolean): boolean => {
    const file = plugin.app.workspace.getActiveFile();
    if (!file || file.extension !== 'md') return false;
    if (!checking) void run(file);
    return true;
  };
  for (const command of ENTRY_COMMANDS) {
    plugin.addCommand({
      id: command.id,
      name: command.name,
      checkCallback: onActiveNote((file) => logWithForm(plugin.app, edits, file, command.kind)),
    });
  }
  plugin.addCommand({
    id: COMMAND_IDS.completeNextStep,
    name: 'Complete next step',
    checkCallback: onActiveNote(async (file) => (await edits.loadPlan(file)) && edits.completeNextStep(file)),
  });
  plugin.addCommand({
    id: COMMAND_IDS.setPlanStatus,
    name: 'Set plan status',
    checkCallback: onActiveNote((file) => status.run(file)),
  });
}
