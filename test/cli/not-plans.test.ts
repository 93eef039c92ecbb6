import { runCli } from '../../src/cli/run';
import { NOT_PLANS, PLANS } from '../fixtures/plan-or-not';
import { memoryIo } from './memory-io';

/** Issue 10, "Not plans", through the CLI: the same notes the engine and dashboard tests judge. */
const vault = (): Record<string, string> => {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries({ ...NOT_PLANS, ...PLANS })) files[`notes/${name}.md`] = text;
  return files;
};

describe('templates and guides are no plans for the CLI', () => {
  it('inspect says whether each note is a plan', async () => {
    for (const [name, plan] of [...Object.keys(NOT_PLANS).map((n) => [n, false] as const), ...Object.keys(PLANS).map((n) => [n, true] as const)]) {
      const io = memoryIo(vault());
      expect(await runCli(['inspect', `notes/${name}.md`, '--json'], io)).toBe(0);
      expect([name, (JSON.parse(io.out) as { isPlan: boolean }).isPlan]).toEqual([name, plan]);
    }
  });

  it('list shows the plans only', async () => {
    const io = memoryIo(vault());
    expect(await runCli(['list', 'notes', '--json'], io)).toBe(0);
    const listed = (JSON.parse(io.out) as { path: string }[]).map((p) => p.path).sort();
    expect(listed).toEqual(Object.keys(PLANS).map((n) => `notes/${n}.md`).sort());
  });

  it('an edit command refuses a template and writes nothing', async () => {
    const io = memoryIo(vault());
    expect(await runCli(['log', 'progress', 'notes/blank-template.md', 'Wrote the parser'], io)).toBe(1);
    expect(io.err).toContain('“blank-template” is not an ExecPlan.');
    expect(io.writes).toEqual([]);
  });
});
