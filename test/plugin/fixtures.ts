/** Notes the plugin tests work on. Each is a complete note, byte for byte. */

export const PLAN = `---
type: execplan
status: In progress
created: 2026-01-01
updated: 2026-01-02
---
# Ship the widget

## Purpose / Big Picture

Users can ship widgets.

## Progress

- [x] (2026-01-01 10:00Z) Sketched the design
- [ ] Build the widget
- [ ] Test the widget

## Surprises & Discoveries

- Observation: The old widget was faster.
  Evidence: bench 12 ms vs 15 ms

## Decision Log

- Decision: Use TypeScript.
  Rationale: Types catch mistakes early.
  Date/Author: 2026-01-01

## Outcomes & Retrospective

`;

/** PLAN with `updated` bumped to the test clock's day. */
export const PLAN_BUMPED = PLAN.replace('updated: 2026-01-02', 'updated: 2026-11-21');

export const TABLE_PLAN = `---
status: In progress
updated: 2026-01-02
---
# Table plan

## Progress

- [ ] Start

## Decision Log

| Date | Decision | Rationale |
| --- | --- | --- |
| 2026-01-01 | Use X | It is simple |

## Surprises & Discoveries
`;

export const NO_FRONTMATTER = `# Bare plan

## Progress

- [ ] First step
`;

export const MALFORMED = `---
status: [In progress
updated: 2026-01-02
---
# Broken properties

## Progress

- [ ] First step
`;

export const NOT_A_PLAN = `# Shopping

- [ ] Milk
- [ ] Bread
`;
