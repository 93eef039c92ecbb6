/**
 * Templates that ship with the plugin. Prompts sit in Obsidian comments (`%% … %%`) so they
 * guide the writer in the editor but stay out of reading view and exports, and they avoid
 * the placeholder shapes the health check flags (angle brackets, TBD, date patterns, "...").
 */

export interface BuiltinTemplate {
  id: string;
  name: string;
  description: string;
  body: string;
}

function frontmatter(tags: readonly string[]): string {
  const tagLines = tags.map((t) => `\n  - ${t}`).join('');
  return `---\ntype: execplan\nstatus: {{status}}\ncreated: {{date}}\nupdated: {{date}}\ntags:${tagLines}\n---`;
}

/**
 * A section's heading and prompt (tuples rather than objects: property names stay in the
 * bundle). Writing starts under the first section's prompt, where the `{{cursor}}` goes.
 */
type SectionSpec = readonly [heading: string, prompt: string];

function buildTemplate(sections: readonly SectionSpec[], tags: readonly string[] = ['execplan']): string {
  const parts = [frontmatter(tags), '# {{title}}', ''];
  sections.forEach(([heading, prompt], i) => {
    parts.push(`## ${heading}`, '', `%% ${prompt} %%`);
    if (i === 0) parts.push('{{cursor}}');
    parts.push('');
  });
  return parts.join('\n');
}

const EXECPLAN_SECTIONS: readonly SectionSpec[] = [
  ['Purpose / Big Picture', 'Who gains from this work once it is done, and how will they see it working? A few sentences a newcomer can follow.'],
  ['Context and Orientation', 'What a reader must know first: where the relevant files and notes live, the terms you use, and how the pieces fit together today.'],
  ['Plan of Work', 'The route in prose: what changes, in which order, and why that order.'],
  ['Concrete Steps', 'The exact commands to run and edits to make, where to run them, and the output you expect.'],
  ['Progress', 'One checkbox per step. When a step is done, tick it and stamp it with the UTC time, like this: - [x] (2025-10-01 13:00Z) Wired the view'],
  ['Surprises & Discoveries', 'Anything that behaved differently than you expected, with the evidence that showed it.'],
  ['Decision Log', 'Every choice that shapes the work: what you decided, why, and when.'],
  ['Validation and Acceptance', 'How to prove it works: what to run, what to look at, and what counts as done.'],
  ['Outcomes & Retrospective', 'At a milestone or at the end: what was achieved, what is left, and what you would do differently.'],
  ['Handoff', 'What the next person needs to carry on: where you stopped, what is half done, and the first thing to do next.'],
];

const LEAN_SECTIONS: readonly SectionSpec[] = [
  ['Purpose', 'What this work achieves and for whom, in two or three sentences.'],
  ['Progress', 'Checkboxes for the steps; stamp each one with the UTC time when you tick it.'],
  ['Surprises & Discoveries', 'What you did not expect, with a line of evidence for each.'],
  ['Decision Log', 'Choices made along the way, with the reason and the date.'],
  ['Outcomes & Retrospective', 'What shipped, what did not, and what you learned.'],
];

const LEARNING_SECTIONS: readonly SectionSpec[] = [
  ['Goal', 'What you want to be able to do when this project ends, and how you will know you can.'],
  ['Resources', 'Books, courses, documentation and people you learn from; note which ones earned their place.'],
  ['Progress', 'One checkbox per session or milestone, stamped with the UTC time when you finish it.'],
  ['Surprises & Discoveries', 'What clicked, what was harder than it looked, and what you stumbled on by accident.'],
  ['Wrong assumptions', 'Beliefs you started with that turned out false, and what set you straight.'],
  ['Questions', 'Open questions to chase next. When one is answered, write the answer beside it.'],
  ['Retrospective', 'At the end: what you can do now, what stuck, and what you would study differently next time.'],
];

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: 'execplan',
    name: 'ExecPlan',
    description: 'The full living plan: purpose, context, plan, steps, progress, discoveries, decisions, validation, outcomes and handoff.',
    body: buildTemplate(EXECPLAN_SECTIONS),
  },
  {
    id: 'lean-plan',
    name: 'Lean plan',
    description: 'A short plan for small work: purpose, progress, discoveries, decisions and outcomes.',
    body: buildTemplate(LEAN_SECTIONS),
  },
  {
    id: 'learning-journal',
    name: 'Learning journal',
    description: 'A journal for one learning project: goal, resources, progress, discoveries, wrong assumptions, questions and a retrospective.',
    // The `learning-journal` tag tells health checks that no Decision Log is expected.
    body: buildTemplate(LEARNING_SECTIONS, ['execplan', 'learning-journal']),
  },
];

/** The built-in template with this id, or undefined. */
export function findBuiltinTemplate(id: string): BuiltinTemplate | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
