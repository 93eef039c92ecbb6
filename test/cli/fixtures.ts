/** Plans used across the CLI tests. */

export const PLAN = [
  '---',
  'status: 🟡 In progress',
  'updated: 2025-09-30',
  '---',
  '# Ship the CLI',
  '',
  '## Purpose / Big Picture',
  'Run plans from the terminal.',
  '',
  '## Progress',
  '- [x] (2025-09-30 10:00Z) Parsed args',
  '- [ ] Wire the commands',
  '- [ ] Write tests',
  '',
  '## Surprises & Discoveries',
  '',
  '## Decision Log',
  '- Decision: hand-written parser. Rationale: no dependency.',
  '',
  '## Outcomes & Retrospective',
  '',
].join('\n');

/** Tagged as a plan, status a common word, one unstamped done step, two sections missing. */
export const DONE_PLAN = ['---', 'type: execplan', 'status: done', '---', '# Alpha', '', '## Progress', '- [x] shipped it', ''].join('\n');

export const NOT_A_PLAN = '# Shopping\n\n- milk\n';

export const MALFORMED = ['---', 'status: [open', 'title: x', '---', '# Broken', '', '## Progress', '- [ ] one', ''].join('\n');
