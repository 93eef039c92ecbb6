/** @jest-environment jsdom */
import { CREATE, createPlan, messageOf, mdPaths, nextTemplateModal, nextTextModal, read, setup, typeAndEnter } from './helpers';

describe('where the new plan goes and what it is called', () => {
  test('an existing name gets " 2", then " 3"; nothing is overwritten', async () => {
    const h = await setup({ files: { 'Plans/Ship it.md': 'my own words\n' } });
    await createPlan(h, 'Ship it', 'Lean plan');
    await createPlan(h, 'Ship it', 'Lean plan');
    expect(mdPaths(h)).toEqual(['Plans/Ship it 2.md', 'Plans/Ship it 3.md', 'Plans/Ship it.md']);
    expect(await read(h, 'Plans/Ship it.md')).toBe('my own words\n');
    expect(await read(h, 'Plans/Ship it 2.md')).toContain('# Ship it\n');
  });

  test('a name taken with other letter case counts as taken (case-insensitive file systems)', async () => {
    const h = await setup({ files: { 'Plans/ship IT.md': 'mine\n' } });
    await createPlan(h, 'Ship it', 'Lean plan');
    expect(mdPaths(h)).toEqual(['Plans/Ship it 2.md', 'Plans/ship IT.md']);
  });

  test('forbidden characters become "-" in the file name; the title keeps them', async () => {
    const h = await setup();
    await createPlan(h, 'Q3: API v2/v3? "fast" <now> | #1 [x] ^a*b\\c', 'Lean plan');
    expect(mdPaths(h)).toEqual(['Plans/Q3- API v2-v3- -fast- -now- - -1 -x- -a-b-c.md']);
    expect(await read(h, 'Plans/Q3- API v2-v3- -fast- -now- - -1 -x- -a-b-c.md')).toContain('\n# Q3: API v2/v3? "fast" <now> | #1 [x] ^a*b\\c\n');
  });

  test.each(['../outside', 'Plans/../../outside', 'C:\\outside'])(
    'a plans folder outside the vault (%s, hand-edited settings) is refused with a Notice; nothing is asked or written',
    async (folder) => {
      const h = await setup({ settings: { plansFolder: folder } });
      expect(h.plugin.settings.plansFolder).toBe(folder);
      await h.testing.runCommand(CREATE);
      await h.testing.settle();
      expect(h.testing.openModals).toEqual([]);
      expect(mdPaths(h)).toEqual([]);
      expect(h.app.vault.getAllLoadedFiles().map((f) => f.path).filter((p) => p !== '/')).toEqual([]);
      expect(h.testing.notices).toHaveLength(1);
      expect(h.testing.notices[0]).toMatch(/^No plan was created: the plans folder cannot be used\. .*inside the vault/);
    },
  );

  test('a missing plans folder is created, nested folders included', async () => {
    const h = await setup({ settings: { plansFolder: 'Work/Plans/2026/' } });
    expect(h.app.vault.getFolderByPath('Work')).toBeNull();
    await createPlan(h, 'Deep', 'Lean plan');
    expect(mdPaths(h)).toEqual(['Work/Plans/2026/Deep.md']);
    expect(h.app.vault.getFolderByPath('Work/Plans/2026')).not.toBeNull();
    expect(await read(h, 'Work/Plans/2026/Deep.md')).toContain('# Deep\n');
  });

  test('an empty plans folder setting means the vault root', async () => {
    const h = await setup({ settings: { plansFolder: '' }, files: { 'Templates/Plans/Where.md': '# {{title}} in "{{folder}}"\n' } });
    await createPlan(h, 'Rooted', 'Where');
    expect(await read(h, 'Rooted.md')).toContain('# Rooted in ""\n');
  });

  test('a file where the plans folder should be: a Notice, nothing created', async () => {
    const h = await setup({ files: { Plans: 'not a folder' } });
    await createPlan(h, 'Blocked', 'Lean plan');
    expect(mdPaths(h)).toEqual([]);
    expect(h.testing.notices).toEqual(['The plan could not be created: “Plans” is a file, not a folder.']);
  });

  test('the file name pattern setting is used', async () => {
    const h = await setup({ settings: { fileNamePattern: '{{date:YYYY}}/{{title}} ({{status}})' } });
    await createPlan(h, 'Patterned', 'Lean plan');
    expect(mdPaths(h)).toEqual(['Plans/2026-Patterned (Proposed).md']);
  });

  test('an empty title is refused with a message and the modal stays open', async () => {
    const h = await setup();
    const done = h.testing.runCommand(CREATE);
    const title = await nextTextModal(h.testing);
    typeAndEnter(h.testing, title, '   ');
    expect(h.testing.openModals).toContain(title);
    expect(messageOf(title)).toBe('Enter a title for the plan.');
    // A title that leaves no file name once cleaned is refused the same way.
    typeAndEnter(h.testing, title, '...');
    expect(h.testing.openModals).toContain(title);
    expect(messageOf(title)).toContain('file name');
    // Typing clears the message; a real title goes on to the template step.
    typeAndEnter(h.testing, title, 'Finally');
    const chooser = await nextTemplateModal(h.testing);
    chooser.close();
    await done;
    expect(mdPaths(h)).toEqual([]);
  });

  test('the title is trimmed', async () => {
    const h = await setup();
    await createPlan(h, '  Spaced out  ', 'Lean plan');
    expect(mdPaths(h)).toEqual(['Plans/Spaced out.md']);
    expect(await read(h, 'Plans/Spaced out.md')).toContain('\n# Spaced out\n');
  });

  test('a broken file name pattern is explained in the title modal', async () => {
    const h = await setup({ settings: { fileNamePattern: '{{title}} {{prompt:Why}}' } });
    const done = h.testing.runCommand(CREATE);
    const title = await nextTextModal(h.testing);
    typeAndEnter(h.testing, title, 'Anything');
    expect(messageOf(title)).toContain('file name pattern');
    title.close();
    await done;
    expect(mdPaths(h)).toEqual([]);
  });
});
