import { parseDocument } from '../../../src/core/markdown';
import { readHealth } from '../../../src/core/read/health';
import type { HealthFinding } from '../../../src/core/types';
import { doc, lines } from './helpers';

const LIVING = ['## Progress', '## Surprises & Discoveries', '## Decision Log', '## Outcomes & Retrospective'];

/** A healthy plan with `extra` lines in its progress section, from line 7 on. */
function healthy(...extra: string[]): string {
  return lines('---', 'status: active', '---', '# Plan', '', ...LIVING.slice(0, 1), ...extra, '', ...LIVING.slice(1));
}

const codes = (findings: HealthFinding[]): string[] => findings.map((f) => `${f.code}@${f.line ?? '-'}`);

describe('readHealth', () => {
  it('finds nothing wrong with a healthy plan', () => {
    expect(readHealth(doc(healthy('- [x] (2025-01-01 10:00Z) stamped', '- [ ] open and unstamped is fine')))).toEqual([]);
  });

  it('reports each missing living section once, in order, without a line', () => {
    expect(readHealth(doc(lines('Status: active', '## Decision Log')))).toEqual([
      { code: 'missing-section', message: 'No "Progress" section', line: null },
      { code: 'missing-section', message: 'No "Surprises & Discoveries" section', line: null },
      { code: 'missing-section', message: 'No "Outcomes & Retrospective" section', line: null },
    ]);
  });

  it('reports no status, a placeholder status and an unknown status', () => {
    expect(readHealth(doc(lines('# Plan', ...LIVING)))).toEqual([
      { code: 'no-status', message: 'No status: add a status property or a "Status:" line', line: null },
    ]);
    const placeholder = readHealth(doc(lines('# Plan', 'Status: <Proposed | Complete>', ...LIVING)));
    expect(codes(placeholder)).toEqual(['no-status@2', 'placeholder@2']);
    expect(placeholder[0]?.message).toBe("The status is still the template's choice list: <Proposed | Complete>");
    expect(readHealth(doc(lines('---', 'status: shipping soon', '---', ...LIVING)))).toEqual([
      {
        code: 'no-status',
        message: 'Unknown status "shipping soon": use one of Proposed, In progress, Blocked, Complete, Abandoned',
        line: 2,
      },
    ]);
  });

  it('reports malformed frontmatter on its first line', () => {
    const findings = readHealth(doc(lines('---', 'status: [active', '---', ...LIVING)));
    expect(findings[0]).toMatchObject({ code: 'malformed-frontmatter', line: 1 });
    expect(findings[0]?.message).toMatch(/^The properties block is not valid YAML: /);
  });

  it('reports frontmatter that is not a mapping', () => {
    expect(readHealth(doc(lines('---', '- a', '- b', '---', 'Status: active', ...LIVING)))).toEqual([
      { code: 'malformed-frontmatter', message: 'The properties block is not valid YAML: the frontmatter is not a list of properties', line: 1 },
    ]);
  });

  it('reports a done progress step without a readable timestamp', () => {
    const findings = readHealth(doc(healthy('- [x] no stamp', '  - [X] nested no stamp', '- [x] (2025-02-30 10:00Z) bad day', '- [-] cancelled no stamp')));
    expect(findings).toEqual([
      { code: 'untimed-step', message: 'Done step without a timestamp: no stamp', line: 7 },
      { code: 'untimed-step', message: 'Done step without a timestamp: nested no stamp', line: 8 },
      { code: 'untimed-step', message: 'Unreadable timestamp (2025-02-30 10:00Z): bad day', line: 9 },
    ]);
  });

  it('does not ask for stamps on concrete steps', () => {
    expect(readHealth(doc(lines('Status: active', '## Concrete Steps', '- [x] unstamped', ...LIVING)))).toEqual([]);
  });
});

describe('readHealth: placeholders', () => {
  it.each([
    ['<Explain what changes for the user.>', '<Explain what changes for the user.>'],
    ['Owner: <name>', '<name>'],
    ['Due <YYYY-MM-DD>', '<YYYY-MM-DD>'],
    ['<...>', '<...>'],
    ['- Date/Author: [YYYY-MM-DD] / me', '[YYYY-MM-DD]'],
    ['- [ ] (YYYY-MM-DD HH:MMZ) step', 'YYYY-MM-DD HH:MMZ'],
    ['Started YYYY-MM-DD', 'YYYY-MM-DD'],
    ['Budget: TBD', 'TBD'],
    ['...', '...'],
    ['…', '…'],
    ['- ...', '...'],
    ['- Observation: …', '…'],
    ['- **Decision:** ...', '...'],
  ])('flags %s', (line, found) => {
    expect(readHealth(doc(healthy(line)))).toEqual([{ code: 'placeholder', message: `Template placeholder left: ${found}`, line: 7 }]);
  });

  it.each([
    'Line one<br>line two',
    '<details open><summary>More</summary>',
    '</details>',
    '<span class="muted">quiet</span>',
    '<img src="a.png"/>',
    'See <https://example.com/a?b=c> and <mailto:me@example.com> and <me@example.com>',
    '<!-- <placeholder in a comment> -->',
    '%% <placeholder in an obsidian comment> %%',
    'Generic `Array<string>` in code and Map<K, V> in prose',
    'if a < b and c > d',
    'arrows <- and <= and -> stay',
    'Wait... then go',
    'Dates like 2025-01-10 are real',
    'TBDs in lower-case tbd are words',
    '[link](<./file with spaces.md>)',
  ])('does not flag %s', (line) => {
    expect(readHealth(doc(healthy(line)))).toEqual([]);
  });

  it('does not flag placeholders in code', () => {
    expect(readHealth(doc(healthy('```', '<placeholder>', 'TBD', '...', '```', '', '    <indented code>')))).toEqual([]);
  });

  it('reports placeholders in the frontmatter with their lines, one per line', () => {
    const findings = readHealth(doc(lines('---', 'title: <title>', 'status: active', 'created: YYYY-MM-DD # <ignored comment>', '---', ...LIVING)));
    expect(codes(findings)).toEqual(['placeholder@2', 'placeholder@4']);
  });

  it('sorts line findings by line after the whole-note findings', () => {
    const text = lines('# <title>', '## Progress', '- [x] unstamped', 'TBD');
    expect(codes(readHealth(doc(text)))).toEqual([
      'no-status@-',
      'missing-section@-',
      'missing-section@-',
      'missing-section@-',
      'placeholder@1',
      'untimed-step@3',
      'placeholder@4',
    ]);
  });

  it('works on a note parsed without a YAML parser', () => {
    expect(readHealth(parseDocument(healthy()))).toEqual([]);
  });

  it('reports an empty note as lacking everything', () => {
    expect(codes(readHealth(doc('')))).toEqual(['no-status@-', 'missing-section@-', 'missing-section@-', 'missing-section@-', 'missing-section@-']);
  });
});
