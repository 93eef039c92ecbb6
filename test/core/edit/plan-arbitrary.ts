import fc from 'fast-check';

/**
 * Random plan notes for the property tests: sections in many dialects and heading levels,
 * each holding a few blocks its kind would hold (task lists, decision fields, tables, bold
 * blocks, sub-heading entries) mixed with noise that must not be taken for plan content
 * (code fences with fake `## Progress` headings and task items, callouts, `%%` and HTML
 * comments, wikilinks, tabs), in LF or CRLF, with or without BOM, frontmatter and final newline.
 * Section names and words come in several languages (Chinese, Japanese, Korean, German, French,
 * Spanish), and task markers include the theme markers `/`, `~`, `>` and `!`.
 */

type Lines = string[];

const WORDS = [
  'alpha', 'beta', 'parser', 'cache', 'view', 'sync', 'index', 'offset', '[[Some Note]]', '[[Other|alias]]',
  '`code`', '#tag', 'émoji🚀', 'snake_case', 'a|b', 'tab\there', '(aside)', 'v1.2', 'x*y', 'done.',
  '同步队列', '検索インデックス', '결정', 'Übergabe', 'à faire',
];
const word = fc.constantFrom(...WORDS);
export const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `Word ${w.join(' ')}`);

const STAMPS = ['(2025-09-01 10:00Z)', '[2025-09-02 11:30Z]', '2025-09-03', '2025-09-04T08:00Z', '(2025-09-05)'];
const stamp = fc.option(fc.constantFrom(...STAMPS), { nil: undefined });

const bullet = fc.constantFrom('-', '*', '+');
const marker = fc.oneof({ weight: 3, arbitrary: bullet }, { weight: 1, arbitrary: fc.constantFrom('1.', '3)') });
const childIndent = fc.constantFrom('  ', '    ', '\t');

const subItem = fc.tuple(bullet, fc.boolean(), sentence).map(([m, task, s]) => `${m} ${task ? '[ ] ' : ''}${s}`);

const item = fc.record({
  check: fc.option(fc.constantFrom(' ', 'x', 'X', '-', '/', '~', '>', '!'), { nil: undefined }),
  stamp,
  text: sentence,
  children: fc.array(subItem, { maxLength: 2 }),
  more: fc.option(sentence, { nil: undefined }),
});

const list = (tasks: boolean): fc.Arbitrary<Lines> =>
  fc.tuple(marker, childIndent, fc.array(item, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([m, indent, items, loose]) => {
    const out: Lines = [];
    items.forEach((it, i) => {
      if (loose && i > 0) out.push('');
      const check = tasks ? `[${it.check ?? ' '}] ` : it.check === 'x' ? '[x] ' : '';
      const mk = /\d/.test(m) ? `${i + 1}${m.slice(-1)}` : m;
      out.push(`${mk} ${check}${it.stamp ? `${it.stamp} ` : ''}${it.text}`);
      const pad = ' '.repeat(mk.length + 1);
      if (it.more) out.push(pad + it.more);
      for (const child of it.children) out.push((indent === '\t' ? '\t' : pad) + child);
    });
    return out;
  });

const LABEL_SETS: Record<string, string[][]> = {
  decision: [['Decision', 'Rationale', 'Date/Author'], ['Decision', 'Why', 'When'], ['Decision', 'Rationale']],
  surprise: [['Observation', 'Evidence'], ['Observation', 'Evidence', 'Date']],
  handoff: [['Done', 'Next', 'Risks']],
};

const labelStyle = fc.constantFrom((l: string) => `${l}:`, (l: string) => `**${l}**:`, (l: string) => `**${l}:**`);

const fieldEntries = (kind: 'decision' | 'surprise'): fc.Arbitrary<Lines> =>
  fc.tuple(
    fc.constantFrom(...(LABEL_SETS[kind] ?? [])),
    labelStyle,
    fc.constantFrom('continuation', 'nested', 'separate'),
    fc.array(fc.array(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: fc.constantFrom(...STAMPS) }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  ).map(([labels, label, layout, entries]) => {
    const out: Lines = [];
    entries.forEach((values, e) => {
      if (layout === 'separate' && e > 0) out.push('');
      labels.forEach((l, i) => {
        const text = `${label(l)} ${values[i] ?? ''}`;
        if (i === 0 || layout === 'separate') out.push(`- ${text}`);
        else out.push(layout === 'nested' ? `  - ${text}` : `  ${text}`);
      });
    });
    return out;
  });

const boldBlocks = fc.tuple(fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 2 }), fc.boolean()).map(
  ([entries, stamped]) => {
    const out: Lines = [];
    entries.forEach(([a, b], i) => {
      if (i > 0) out.push('');
      if (stamped) out.push(`**2025-01-1${i} 14:30**: ${a}`, b);
      else out.push(`**Decision**: ${a}`, `**Rationale**: ${b}`);
    });
    return out;
  },
);

const TABLE_HEADERS = [
  ['Date', 'Decision', 'Rationale'], ['#', 'Decision', 'Why', 'Author'], ['When', 'Observation', 'Evidence'],
  ['Step', 'Status', 'Date'], ['Name', 'Value'],
];

const table = fc.tuple(fc.constantFrom(...TABLE_HEADERS), fc.array(sentence, { maxLength: 3 }), fc.boolean()).map(
  ([header, rows, pipes]) => {
    const row = (cells: string[]): string => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    // Blank lines around: a table glued to the next block takes its lines in as rows.
    return [
      '',
      row(header),
      row(header.map(() => '---')),
      ...rows.map((r, i) => row(header.map((h, c) => (c === 0 ? (h === '#' ? `${i + 1}` : r.replace(/\|/g, '\\|')) : `c${c}`)))),
      '',
    ];
  },
);

const stampedBullets = fc.array(fc.tuple(fc.constantFrom(...STAMPS), sentence), { minLength: 1, maxLength: 3 }).map((items) =>
  items.map(([s, t]) => `- ${s} ${t}`),
);

const prose = fc.array(sentence, { minLength: 1, maxLength: 3 });

const codeFence = fc.tuple(fc.constantFrom('```', '~~~', '````'), sentence).map(([fence, s]) => [
  `${fence}md`, '## Progress', '- [ ] fake task', 'Status: fake', `# ${s}`, fence,
]);

const callout = fc.tuple(sentence, fc.boolean()).map(([s, task]) => [
  '> [!note] Callout', task ? `> - [ ] quoted ${s}` : `> ${s}`, '> ## Progress in a quote',
]);

const comment = fc.tuple(sentence, fc.boolean()).map(([s, multi]) =>
  multi ? ['%%', '## Decision Log', `- [ ] template ${s}`, '%%'] : [`%% ${s} %%`],
);

const htmlComment = sentence.map((s) => [`<!-- ${s} -->`]);

/** Metadata kept in the body instead of properties, in the shapes people write it. */
const metadataLines = fc.subarray(
  ['Status: In progress', '- Status: **Blocked**', '**Status:** 🟢', 'Last updated: 2025-09-10', '**Created:** 2025-09-02', 'Updated: 2025-09-11 09:00Z'],
  { minLength: 1, maxLength: 3 },
);

const generic: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 3, arbitrary: prose },
  { weight: 2, arbitrary: list(false) },
  { weight: 1, arbitrary: codeFence },
  { weight: 1, arbitrary: callout },
  { weight: 1, arbitrary: comment },
  { weight: 1, arbitrary: htmlComment },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: fc.constant<Lines>(['***']) },
  { weight: 1, arbitrary: metadataLines },
);

type Kind = 'progress' | 'decisions' | 'surprises' | 'retrospective' | 'handoff' | 'purpose' | 'other';

const NAMES: Record<Kind, string[]> = {
  progress: ['Progress', 'Progress log', 'Running log', 'Progress (WBS)', '进度', '進捗', 'Fortschritt', 'Avancement'],
  decisions: ['Decision Log', 'Decisions', 'Key decisions', '决策日志', '決定ログ', 'Journal des décisions', '결정 로그'],
  surprises: ['Surprises & Discoveries', 'Surprises', 'Discoveries', '意外与发现', 'Überraschungen & Erkenntnisse'],
  retrospective: ['Outcomes & Retrospective', 'Retrospective', 'Lessons learned', '结果与复盘', 'Retrospectiva'],
  handoff: ['Handoff', 'Hand-off notes', 'Next steps / handoff', '交接', 'Übergabe'],
  purpose: ['Purpose / Big Picture', 'Context and Orientation', 'Plan of Work', 'Concrete Steps', 'Validation'],
  other: ['Notes', 'Appendix', 'Open questions'],
};

const POOLS: Record<Kind, fc.Arbitrary<Lines>> = {
  progress: fc.oneof({ weight: 4, arbitrary: list(true) }, { weight: 1, arbitrary: stampedBullets }),
  decisions: fc.oneof(fieldEntries('decision'), boldBlocks, table, stampedBullets),
  surprises: fc.oneof(fieldEntries('surprise'), table, stampedBullets),
  retrospective: fc.oneof(stampedBullets, prose),
  handoff: stampedBullets,
  purpose: fc.oneof(prose, list(true)),
  other: generic,
};

const caseOf = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => `1. ${s}`,
  (s: string) => `${s} 🚀`,
);

const blocksFor = (kind: Kind): fc.Arbitrary<Lines[]> =>
  fc.array(fc.oneof({ weight: 3, arbitrary: POOLS[kind] }, { weight: 1, arbitrary: generic }), { maxLength: 3 });

const sectionArb = fc.constantFrom<Kind>('progress', 'decisions', 'surprises', 'retrospective', 'handoff', 'purpose', 'other', 'other')
  .chain((kind) =>
    fc.record({
      level: fc.integer({ min: 1, max: 3 }),
      name: fc.tuple(fc.constantFrom(...NAMES[kind]), caseOf).map(([n, c]) => c(n)),
      body: blocksFor(kind),
      subs: fc.array(fc.record({ name: fc.oneof(sentence, fc.tuple(fc.constantFrom(...STAMPS), sentence).map(([st, t]) => `${st} ${t}`)), body: blocksFor(kind) }), { maxLength: 2 }),
    }),
  );

const FRONTMATTER: (string[] | null)[] = [
  null,
  ['---', 'status: in-progress', 'tags: [plan]', '---'],
  ['---', 'Status: "Draft"', 'created: 2025-09-01', 'tags:', '  - a', '---'],
  ['---', '---'],
  ['---', 'type: execplan', 'status: 🟡', 'updated: 2025-09-09', '---'],
];

export interface GeneratedNote {
  text: string;
  eol: '\n' | '\r\n';
}

export const planNote: fc.Arbitrary<GeneratedNote> = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    frontmatter: fc.constantFrom(...FRONTMATTER),
    title: fc.option(sentence, { nil: undefined }),
    sections: fc.array(sectionArb, { maxLength: 6 }),
    gaps: fc.array(fc.constantFrom(0, 1, 1, 1, 2), { minLength: 40, maxLength: 40 }),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, crlf, frontmatter, title, sections, gaps, finalNewline }) => {
    const out: Lines = [];
    let g = 0;
    const gap = (): void => {
      const n = gaps[g++ % gaps.length] ?? 1;
      for (let i = 0; i < n; i++) out.push('');
    };
    if (frontmatter) out.push(...frontmatter);
    if (title) out.push(`# ${title}`);
    for (const s of sections) {
      if (out.length > 0) gap();
      out.push(`${'#'.repeat(s.level)} ${s.name}`);
      for (const block of s.body) {
        gap();
        out.push(...block);
      }
      for (const sub of s.subs) {
        out.push('');
        out.push(`${'#'.repeat(Math.min(6, s.level + 1))} ${sub.name}`);
        for (const block of sub.body) {
          gap();
          out.push(...block);
        }
      }
    }
    // Blank lines between blocks keep them apart; a zero gap after a paragraph lets the next
    // block merge into it, which is allowed (that is what people write too).
    const eol = crlf ? '\r\n' : '\n';
    let text = out.join(eol);
    if (finalNewline && text !== '') text += eol;
    return { text: (bom ? '\uFEFF' : '') + text, eol };
  });
