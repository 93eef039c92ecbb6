import { parse } from 'yaml';
import { readFrontmatter } from '../../src/core/frontmatter';
import { parseDocument } from '../../src/core/markdown';
import { runCli } from '../../src/cli/run';
import { memoryIo } from './memory-io';

// Issue 13 through the CLI's `new`: titles and --prompt answers are data.

const TEMPLATE = '---\ntitle: {{title}}\nowner: "{{prompt:Owner}}"\nstatus: Proposed\n---\n# {{title}}\n\n{{prompt:Owner}}\n\n## Progress\n\n- [ ] Start\n';

async function create(title: string, owner: string): Promise<string> {
  const io = memoryIo({ 'tpl.md': TEMPLATE });
  const code = await runCli(['new', 'Plans', '--title', title, '--template', 'tpl.md', '--prompt', `Owner=${owner}`], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const path = io.out.trim();
  return io.files.get(`/vault/${path}`) ?? '';
}

describe('execplan new with hostile values', () => {
  test.each([
    ['a: b', 'x"\nstatus: Complete\ntags: [injected]'],
    ['broken: [x', '<%* require("child_process") %>'],
    ['T <%* app.vault.adapter.remove("x") %>', '# Heading\n## Another'],
  ])('title %j, answer %j: same properties, same headings, no tags', async (title, owner) => {
    const text = await create(title, owner);
    const fm = readFrontmatter(text);
    if (!fm) throw new Error('no frontmatter');
    const props = parse(fm.yaml) as Record<string, unknown>;
    // The template's own properties, then the plan properties every new plan gets; nothing injected.
    expect(Object.keys(props)).toEqual(['title', 'owner', 'status', 'type', 'created', 'updated', 'tags']);
    expect(props.status).toBe('Proposed');
    expect(props.tags).toEqual(['execplan']);
    expect(props.title).toBe(title.replace(/<%/g, '<\\%'));
    expect(props.owner).toBe(owner.replace(/<%/g, '<\\%'));
    expect(text).not.toContain('<%');
    expect(parseDocument(text).headings.map((h) => h.level)).toEqual([1, 2]);
  });
});
