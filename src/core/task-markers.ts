/**
 * What a task's check character means, read the way a person reads the note. Obsidian makes a
 * task of any single character between the brackets, and themes give many of them a meaning.
 * One rule for every reader (engine and dashboard index):
 *
 * - done: `x`, `X`;
 * - closed, counted in neither done nor total and never the next step: `-` cancelled,
 *   `~` skipped, `>` deferred or moved elsewhere;
 * - open, still work to do: ` ` and every other character, among them `/` in progress,
 *   `!` important, `?` a question, `<` scheduled, `*` starred.
 */
export type TaskState = 'done' | 'open' | 'closed';

export function taskState(char: string): TaskState {
  if (char === 'x' || char === 'X') return 'done';
  if (char === '-' || char === '~' || char === '>') return 'closed';
  return 'open';
}
