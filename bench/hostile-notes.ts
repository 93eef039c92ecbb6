/**
 * Hostile notes: shapes that made the engine's cost grow faster than the note (issue 13,
 * "Bounded cost"). Each generator returns a plan-like note of about `bytes` characters with the
 * hostile part inside its Progress section, so inspecting it and appending to it both walk it.
 * Shared by the hostile bench (bench/hostile.bench.ts) and the growth tests (test/core/cost).
 */
import { parseYamlStrictly } from '../src/cli/yaml-parse';
import { planAppend, planBumpUpdated } from '../src/core/edit';
import { parseDocument } from '../src/core/markdown';
import { summarisePlan } from '../src/core/read/summary';
import { DEFAULT_TIME_OPTIONS } from '../src/core/types';

const AT = new Date(Date.UTC(2026, 10, 21, 14, 5));

/** What `execplan inspect` and `execplan log progress` compute, without the file system. */
export function inspectAndAppend(text: string): void {
  summarisePlan(text, { path: 'Plans/hostile.md', parseYaml: parseYamlStrictly });
  const doc = parseDocument(text, { parseYaml: parseYamlStrictly, fileName: 'hostile' });
  const append = planAppend(doc, { kind: 'progress', text: 'Survived a hostile note', at: AT, time: DEFAULT_TIME_OPTIONS });
  if (append.ok) planBumpUpdated(doc, AT, DEFAULT_TIME_OPTIONS);
}

const HEAD = ['---', 'type: execplan', 'status: In progress', '---', '', '# Hostile plan', '', '## Progress', ''].join('\n');
const TAIL = ['', '', '## Decision Log', '', '- Decision: keep it.', '', '## Surprises & Discoveries', ''].join('\n');

/** A note whose Progress section holds `body`, padded so the note is about `bytes` long. */
function note(body: string): string {
  return `${HEAD}${body}${TAIL}`;
}

function fill(bytes: number, unit: string): string {
  return unit.repeat(Math.max(1, Math.floor((bytes - HEAD.length - TAIL.length) / unit.length)));
}

/** Nested list markers on one line: `- - - - … x`. */
export function deepListOneLine(bytes: number): string {
  return note(`${fill(bytes, '- ')}x`);
}

/** Nested ordered list markers on one line: `1. 1. 1. … x`. */
export function deepOrderedOneLine(bytes: number): string {
  return note(`${fill(bytes, '1. ')}x`);
}

/** `>` repeated on one line. */
export function deepQuoteOneLine(bytes: number): string {
  return note(`${fill(bytes, '>')} x`);
}

/** Task lists indented one level deeper on every line. */
export function deepTaskLines(bytes: number): string {
  const lines: string[] = [];
  let size = HEAD.length + TAIL.length;
  for (let depth = 0; size < bytes; depth++) {
    const line = `${'  '.repeat(depth)}- [ ] step ${depth}`;
    lines.push(line);
    size += line.length + 1;
  }
  return note(lines.join('\n'));
}

/** Block quotes one level deeper on every line. */
export function deepQuoteLines(bytes: number): string {
  const lines: string[] = [];
  let size = HEAD.length + TAIL.length;
  for (let depth = 1; size < bytes; depth++) {
    const line = `${'>'.repeat(depth)} quoted ${depth}`;
    lines.push(line);
    size += line.length + 1;
  }
  return note(lines.join('\n'));
}

/** A step whose text is one run of backticks. */
export function backtickRun(bytes: number): string {
  return note(`- [ ] a ${fill(bytes - 10, '`')} b`);
}

/** A step with a `%%` comment, then a long run of spaces before its last word. */
export function commentThenSpaces(bytes: number): string {
  return note(`- [ ] a %%c%% b${fill(bytes - 20, ' ')}x`);
}

/** Frontmatter with very many keys. */
export function manyKeys(bytes: number): string {
  const keys: string[] = [];
  let size = 60;
  for (let i = 0; size < bytes; i++) {
    const line = `key${i}: value ${i}`;
    keys.push(line);
    size += line.length + 1;
  }
  return ['---', 'type: execplan', ...keys, '---', '', '# Many keys', '', '## Progress', '', '- [ ] one', TAIL].join('\n');
}

/** Very many short task items in one list. */
export function manyTasks(bytes: number): string {
  const lines: string[] = [];
  let size = HEAD.length + TAIL.length;
  for (let i = 0; size < bytes; i++) {
    const line = `- [${i % 2 ? 'x' : ' '}] t${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return note(lines.join('\n'));
}

/** One line of words, as a step. */
export function oneLongLine(bytes: number): string {
  return note(`- [ ] ${fill(bytes - 10, 'word ')}`);
}

/** A long plan as people write them: stamped steps under weekly headings, decisions, surprises. */
export function realisticPlan(bytes: number): string {
  const out = ['---', 'type: execplan', 'status: In progress', 'created: 2026-01-05', '---', '', '# Realistic plan', '', '## Progress', ''];
  const decisions = ['## Decision Log', ''];
  const surprises = ['## Surprises & Discoveries', ''];
  let size = 100;
  for (let i = 0; size < bytes; i++) {
    if (i % 25 === 0) out.push('', `### Week ${i / 25 + 1}`, '');
    const step = `- [${i % 7 === 6 ? ' ' : 'x'}] (2026-${String(1 + (i % 12)).padStart(2, '0')}-10 13:${String(i % 60).padStart(2, '0')}Z) Step ${i}: moved the [[importer]] checkpoint and **verified** it with \`run_${i}\``;
    out.push(step);
    size += step.length + 1;
    if (i % 10 === 0) {
      const d = `- Decision: Keep checkpoint ${i}.\n  Rationale: One table keeps restarts atomic.\n  Date/Author: 2026-03-${String(1 + (i % 28)).padStart(2, '0')}, Sam`;
      decisions.push(d);
      size += d.length + 1;
    }
    if (i % 15 === 0) {
      const s = `- Observation: Run ${i} stalled.\n  Evidence: \`pg_locks\` showed the vacuum holding it.`;
      surprises.push(s);
      size += s.length + 1;
    }
  }
  return [...out, '', ...decisions, '', ...surprises, ''].join('\n');
}

/** An unclosed fence early in the Progress section, then many lines. */
export function unclosedFence(bytes: number): string {
  return note(`- [ ] before\n\n\`\`\`\n${fill(bytes - 30, 'code line\n')}`);
}

/** Many `%%` comment blocks and HTML comments between steps. */
export function manyComments(bytes: number): string {
  return note(fill(bytes, '- [ ] s %%c%%\n%% block %%\n<!-- c -->\n'));
}

/** Long runs of blanks where the read side's patterns look: a property, a heading, a step's partial note. */
export function blankRuns(bytes: number): string {
  const run = ' '.repeat(Math.max(1, Math.floor((bytes - 200) / 3)));
  return [
    '---', 'type: execplan', `key${run}x`, '---', '', `# Plan (${run}x`, '', '## Progress', '',
    `- [ ] step (completed: a${run}x`, TAIL,
  ].join('\n');
}

export const HOSTILE_NOTES: Readonly<Record<string, (bytes: number) => string>> = {
  deepListOneLine,
  deepOrderedOneLine,
  deepQuoteOneLine,
  deepTaskLines,
  deepQuoteLines,
  backtickRun,
  commentThenSpaces,
  manyKeys,
  manyTasks,
  oneLongLine,
  realisticPlan,
  unclosedFence,
  manyComments,
  blankRuns,
};
