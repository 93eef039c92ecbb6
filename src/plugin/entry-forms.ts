import type { App, TFile } from 'obsidian';
import type { EntryKind } from '../core/types';
import { askForm, type FormSpec, type FormValues } from './modals/form-modal';
import type { EntryRequest, PlanEdits } from './plan-actions';

/** The form each log command opens, and how its answers become an entry. */
interface EntryForm {
  spec: FormSpec;
  toRequest(values: FormValues): EntryRequest;
}

const FORMS: Readonly<Record<EntryKind, EntryForm>> = {
  progress: {
    spec: {
      title: 'Log progress',
      fields: [{ key: 'text', name: 'Step', placeholder: 'What was done, or what is next', required: true }],
      toggles: [{ key: 'done', name: 'Done', desc: 'Log it as a finished step. Turn off to add an open step.', value: true }],
    },
    toRequest: (v) => ({ kind: 'progress', text: v.text.text ?? '', done: v.toggles.done ?? true }),
  },
  decision: {
    spec: {
      title: 'Log decision',
      fields: [
        { key: 'text', name: 'Decision', placeholder: 'What was decided', required: true },
        { key: 'rationale', name: 'Rationale', placeholder: 'Why, and what else was considered' },
      ],
    },
    toRequest: (v) => ({ kind: 'decision', text: v.text.text ?? '', rationale: v.text.rationale }),
  },
  surprise: {
    spec: {
      title: 'Log surprise',
      fields: [
        { key: 'text', name: 'Observation', placeholder: 'What behaved differently than expected', required: true },
        { key: 'evidence', name: 'Evidence', placeholder: 'Output, test result or link that shows it' },
      ],
    },
    toRequest: (v) => ({ kind: 'surprise', text: v.text.text ?? '', evidence: v.text.evidence }),
  },
  retrospective: {
    spec: {
      title: 'Write retrospective',
      fields: [
        {
          key: 'text',
          name: 'Outcome',
          desc: 'What was achieved, what remains, and what you learned.',
          placeholder: 'Outcome and lessons learned',
          required: true,
        },
      ],
    },
    toRequest: (v) => ({ kind: 'retrospective', text: v.text.text ?? '' }),
  },
  handoff: {
    spec: {
      title: 'Write handoff',
      fields: [
        { key: 'done', name: 'Done', placeholder: 'What this session finished' },
        { key: 'next', name: 'Next', placeholder: 'What the next person should do first' },
        { key: 'risks', name: 'Risks', placeholder: 'Open questions, blockers, things to watch' },
      ],
      requireAny: true,
    },
    toRequest: (v) => ({
      kind: 'handoff',
      text: '',
      handoff: { done: v.text.done, next: v.text.next, risks: v.text.risks },
    }),
  },
};

/**
 * Checks the note is a plan, asks for the entry in a form, and appends it. Nothing is
 * written when the form is cancelled. Resolves true when the entry landed.
 */
export async function logWithForm(app: App, edits: PlanEdits, file: TFile, kind: EntryKind): Promise<boolean> {
  if (!(await edits.loadPlan(file))) return false;
  const form = FORMS[kind];
  const values = await askForm(app, form.spec);
  if (!values) return false;
  return edits.appendEntry(file, form.toRequest(values));
}
