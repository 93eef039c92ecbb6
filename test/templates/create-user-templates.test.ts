/** @jest-environment jsdom */
import {
  CREATE,
  createPlan,
  inputOf,
  mdPaths,
  nextTemplateModal,
  nextTextModal,
  pressEscape,
  read,
  setup,
  titleAndTemplate,
  typeAndEnter,
} from './helpers';

const EVERY_VARIABLE = [
  '---',
  'owner: "{{prompt:Who owns this plan?|me}}"',
  'review: {{date+14d}}',
  '---',
  '# {{title}}',
  '',
  'Title {{title}} | status {{status}} | folder {{folder}}',
  'Date {{date}} | {{date:dddd D MMMM YYYY}} | {{date-1d}} | {{DATE+1M:YYYY-MM-DD}}',
  'Time {{time}} | {{time+90m:HH:mm}} | UTC {{utc}} | {{utc:YYYY-MM-DD HH:mm[Z]}}',
  'Owner {{prompt:Who owns this plan?}} / team {{prompt: Which   team? |Platform}}',
  'Literal \\{{title}} and <% tp.file.title %>',
  '',
  '## Purpose',
  '',
  '{{cursor}}',
  '',
  '## Progress',
  '',
].join('\n');

describe('Create new plan with a template from the templates folder', () => {
  test('every variable is filled in, questions asked once in order, plan properties appended', async () => {
    const h = await setup({
      now: new Date('2026-11-21T14:05:09Z'),
      files: { 'Templates/Plans/Team plan.md': EVERY_VARIABLE },
    });
    const done = h.testing.runCommand(CREATE);
    await titleAndTemplate(h.testing, 'Ship: the importer', 'Team plan');

    const owner = await nextTextModal(h.testing);
    expect(owner.contentEl.textContent).toContain('Who owns this plan?');
    expect(inputOf(owner).value).toBe('me');
    typeAndEnter(h.testing, owner, 'Alice');
    const team = await nextTextModal(h.testing);
    expect(team.contentEl.textContent).toContain('Which team?');
    expect(inputOf(team).value).toBe('Platform');
    // Enter alone keeps the default.
    inputOf(team).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await done;
    await h.testing.settle();

    expect(mdPaths(h)).toEqual(['Plans/Ship- the importer.md', 'Templates/Plans/Team plan.md']);
    expect(await read(h, 'Plans/Ship- the importer.md')).toBe(
      [
        '---',
        'owner: "Alice"',
        'review: 2026-12-05',
        'type: execplan',
        'status: Proposed',
        'created: 2026-11-21',
        'updated: 2026-11-21',
        'tags:',
        '  - execplan',
        '---',
        '# Ship: the importer',
        '',
        'Title Ship: the importer | status Proposed | folder Plans',
        'Date 2026-11-21 | Saturday 21 November 2026 | 2026-11-20 | 2026-12-21',
        'Time 14:05 | 15:35 | UTC 2026-11-21T14:05:09Z | 2026-11-21 14:05Z',
        'Owner Alice / team Platform',
        'Literal {{title}} and <% tp.file.title %>',
        '',
        '## Purpose',
        '',
        '',
        '',
        '## Progress',
        '',
      ].join('\n'),
    );
    // The template note itself is never changed.
    expect(await read(h, 'Templates/Plans/Team plan.md')).toBe(EVERY_VARIABLE);
  });

  test('user templates come after the built-ins, sub-folders included, other files and folders left out', async () => {
    const h = await setup({
      files: {
        'Templates/Plans/Zeta.md': '# {{title}}\n',
        'Templates/Plans/Team/Alpha.md': '# {{title}}\n',
        'Templates/Plans/diagram.canvas': '{}',
        'Templates/Other.md': '# not a plan template\n',
        'Plans/Existing.md': '# Existing\n',
      },
    });
    const done = h.testing.runCommand(CREATE);
    typeAndEnter(h.testing, await nextTextModal(h.testing), 'X');
    const chooser = await nextTemplateModal(h.testing);
    expect(chooser.getSuggestions('').map((c) => c.name)).toEqual(['ExecPlan', 'Lean plan', 'Learning journal', 'Alpha', 'Zeta']);
    chooser.close();
    await done;
  });

  test('the templates folder setting is followed; a blank setting offers only the built-ins', async () => {
    const h = await setup({
      settings: { templatesFolder: '/My templates/' },
      files: { 'My templates/Mine.md': '# {{title}}\n', 'Templates/Plans/Default.md': '# {{title}}\n' },
    });
    await createPlan(h, 'Mine first', 'Mine');
    expect(await read(h, 'Plans/Mine first.md')).toContain('# Mine first\n');

    const blank = await setup({ settings: { templatesFolder: '  ' }, files: { 'Note.md': '# {{title}}\n' } });
    const done = blank.testing.runCommand(CREATE);
    typeAndEnter(blank.testing, await nextTextModal(blank.testing), 'X');
    const chooser = await nextTemplateModal(blank.testing);
    expect(chooser.getSuggestions('').map((c) => c.name)).toEqual(['ExecPlan', 'Lean plan', 'Learning journal']);
    chooser.close();
    await done;
  });

  test('a template without properties gets all plan properties in a new block', async () => {
    const h = await setup({ files: { 'Templates/Plans/Bare.md': '# {{title}}\n\n## Purpose\n\n## Progress\n' } });
    await createPlan(h, 'Bare plan', 'Bare');
    expect(await read(h, 'Plans/Bare plan.md')).toBe(
      '---\ntype: execplan\nstatus: Proposed\ncreated: 2026-11-21\nupdated: 2026-11-21\ntags:\n  - execplan\n---\n# Bare plan\n\n## Purpose\n\n## Progress\n',
    );
  });

  test("the template's own property values win; its tags gain execplan; an empty value is filled", async () => {
    const h = await setup({
      settings: { statuses: [{ name: 'Idea', kind: 'proposed', closed: false }] },
      files: {
        'Templates/Plans/Custom.md': '---\nstatus: draft # keep this comment\ntags: [work]\ncreated:\n---\n# {{title}}\n',
      },
    });
    await createPlan(h, 'Custom', 'Custom');
    const text = await read(h, 'Plans/Custom.md');
    expect(text).toContain('status: draft # keep this comment\n');
    expect(text).not.toContain('Idea');
    expect(text).toMatch(/tags:\n {2}- work\n {2}- execplan\n/);
    expect(text).toContain('created: 2026-11-21\n');
    expect(text).toContain('type: execplan\n');
  });

  test('the first configured status is the initial status', async () => {
    const h = await setup({
      settings: { statuses: [{ name: 'Idea', kind: 'proposed', closed: false }, { name: 'Doing', kind: 'in-progress', closed: false }] },
    });
    await createPlan(h, 'Status check', 'Lean plan');
    expect(await read(h, 'Plans/Status check.md')).toContain('\nstatus: Idea\n');
  });
});

describe('questions', () => {
  const ASKS = 'Templates/Plans/Asks.md';
  const ASKS_BODY = '# {{title}}\n\nOwner: {{prompt:Owner}}\nDue: {{prompt:Due|soon}}\nAgain: {{prompt:Owner}}\n';

  test('answered: each distinct question once, answers reused', async () => {
    const h = await setup({ files: { [ASKS]: ASKS_BODY } });
    await createPlan(h, 'Asked', 'Asks', ['Bob', 'Friday']);
    expect(await read(h, 'Plans/Asked.md')).toContain('Owner: Bob\nDue: Friday\nAgain: Bob\n');
    expect(h.testing.openModals).toEqual([]);
  });

  test('an empty answer is allowed', async () => {
    const h = await setup({ files: { [ASKS]: ASKS_BODY } });
    await createPlan(h, 'Blank answers', 'Asks', ['', '']);
    expect(await read(h, 'Plans/Blank answers.md')).toContain('Owner: \nDue: \nAgain: \n');
  });

  test.each([0, 1])('cancelling question %i creates nothing (not even the plans folder)', async (cancelAt) => {
    const h = await setup({ files: { [ASKS]: ASKS_BODY } });
    const done = h.testing.runCommand(CREATE);
    await titleAndTemplate(h.testing, 'Never', 'Asks');
    for (let i = 0; i < cancelAt; i++) typeAndEnter(h.testing, await nextTextModal(h.testing), 'x');
    pressEscape(h.testing, await nextTextModal(h.testing));
    await done;
    await h.testing.settle();
    expect(mdPaths(h)).toEqual([ASKS]);
    expect(h.app.vault.getFolderByPath('Plans')).toBeNull();
    expect(h.testing.openModals).toEqual([]);
    expect(h.testing.notices).toEqual([]);
  });

  test('cancelling the title or the template creates nothing', async () => {
    const h = await setup();
    let done = h.testing.runCommand(CREATE);
    pressEscape(h.testing, await nextTextModal(h.testing));
    await done;
    done = h.testing.runCommand(CREATE);
    typeAndEnter(h.testing, await nextTextModal(h.testing), 'Half way');
    pressEscape(h.testing, await nextTemplateModal(h.testing));
    await done;
    await h.testing.settle();
    expect(mdPaths(h)).toEqual([]);
    expect(h.testing.notices).toEqual([]);
  });
});

describe('template errors', () => {
  test('an unknown variable: a Notice naming it, no question asked, nothing created', async () => {
    const h = await setup({ files: { 'Templates/Plans/Typo.md': '# {{title}}\n{{prompt:Owner}}\nDue {{titel}}\n' } });
    const done = h.testing.runCommand(CREATE);
    await titleAndTemplate(h.testing, 'Typo plan', 'Typo');
    await done;
    await h.testing.settle();
    expect(h.testing.openModals).toEqual([]);
    expect(mdPaths(h)).toEqual(['Templates/Plans/Typo.md']);
    expect(h.app.vault.getFolderByPath('Plans')).toBeNull();
    expect(h.testing.notices).toHaveLength(1);
    expect(h.testing.notices[0]).toContain('{{titel}}');
    expect(h.testing.notices[0]).toContain('Typo');
    expect(h.testing.notices[0]).toContain('no plan was created');
  });

  test('a bad offset and malformed template properties are reported, nothing created', async () => {
    const h = await setup({
      files: {
        'Templates/Plans/Offset.md': '# {{title}}\n{{date+7x}}\n',
        'Templates/Plans/Yaml.md': '---\nowner: [unclosed\n---\n# {{title}}\n',
      },
    });
    await createPlan(h, 'One', 'Offset');
    await createPlan(h, 'Two', 'Yaml');
    expect(mdPaths(h)).toEqual(['Templates/Plans/Offset.md', 'Templates/Plans/Yaml.md']);
    expect(h.testing.notices).toHaveLength(2);
    expect(h.testing.notices[0]).toContain('{{date+7x}}');
    expect(h.testing.notices[1]).toContain('properties');
  });
});

describe('date math through the command', () => {
  const DATES = 'Templates/Plans/Dates.md';
  const DATES_BODY =
    '# {{title}}\n' +
    'today {{date}} | +1d {{date+1d}} | +1M {{date+1M}} | -1M {{date-1M}} | +1y {{date+1y}} | +1w {{date+1w}}\n' +
    'end of next month {{date+2M:YYYY-MM-01}} -> {{date+1M:MMMM}} | +1M-1d {{date+1M-1d}} | +45m {{time+45m}} {{date+45m}}\n';

  test.each([
    [
      'year end',
      '2026-12-31T23:30:00Z',
      'today 2026-12-31 | +1d 2027-01-01 | +1M 2027-01-31 | -1M 2026-11-30 | +1y 2027-12-31 | +1w 2027-01-07\n' +
        'end of next month 2027-02-01 -> January | +1M-1d 2027-01-30 | +45m 00:15 2027-01-01\n',
    ],
    [
      'end of January (month clamp)',
      '2027-01-31T08:00:00Z',
      'today 2027-01-31 | +1d 2027-02-01 | +1M 2027-02-28 | -1M 2026-12-31 | +1y 2028-01-31 | +1w 2027-02-07\n' +
        'end of next month 2027-03-01 -> February | +1M-1d 2027-02-27 | +45m 08:45 2027-01-31\n',
    ],
    [
      'leap day',
      '2028-02-29T12:00:00Z',
      'today 2028-02-29 | +1d 2028-03-01 | +1M 2028-03-29 | -1M 2028-01-29 | +1y 2029-02-28 | +1w 2028-03-07\n' +
        'end of next month 2028-04-01 -> March | +1M-1d 2028-03-28 | +45m 12:45 2028-02-29\n',
    ],
  ])('%s', async (_name, now, expected) => {
    const h = await setup({
      now: new Date(now),
      settings: { fileNamePattern: '{{date}} {{title}}' },
      files: { [DATES]: DATES_BODY },
    });
    await createPlan(h, 'Dates', 'Dates');
    const day = now.slice(0, 10);
    const text = await read(h, `Plans/${day} Dates.md`);
    expect(text.endsWith(`# Dates\n${expected}`)).toBe(true);
    expect(text).toContain(`created: ${day}\nupdated: ${day}\n`);
  });
});
