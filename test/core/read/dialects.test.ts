import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { summarisePlan } from '../../../src/core/read/summary';
import type { PlanSummary } from '../../../src/core/types';
import { parseYaml } from './helpers';

/**
 * Plans written in the dialects people use, each with its exact expected summary next to it
 * (`<name>.expected.json`). Every fixture is compared in full, so a change in any rule shows up
 * as a diff here.
 */
const DIR = join(__dirname, '../../fixtures/dialects');

const DIALECTS = [
  'frontmatter-status', // status property, PLANS.md-style entries with field lines
  'metadata-bullets', // `- Status: In progress` bullets under the title, 3-bullet decisions
  'bold-status-emoji', // `**Status**: 🟡 …`, emoji headings, bold-block decisions, [/] and [-]
  'numbered-milestones-table', // numbered tasks with [stamps], a table decision log, ### surprises
  'lower-h3.crlf', // lower-case level-3 headings, CRLF, Dataview `status::`, no title
  'setext-bom-subheadings', // BOM, setext headings, ### decisions, fake entries in code and comments
  'template-placeholder', // an untouched template: nothing counts, placeholders reported
  'running-log', // "Progress (Running Log)" of stamped bullets, steps under Concrete Steps
  'unhealthy', // malformed YAML, no status, missing sections, unstamped and impossible stamps
  'chinese-fields-line', // Chinese headings, `**状态:**` in the middle of a line of fields
  'japanese-status-line.crlf', // Japanese headings and `ステータス:` line, CRLF
  'german-french-headings', // German and French headings, [/] [~] [>] task markers
];

function read(name: string): string {
  return readFileSync(join(DIR, `${name}.md`), 'utf8');
}

function expected(name: string): PlanSummary {
  return JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as PlanSummary;
}

describe('dialect fixtures', () => {
  it.each(DIALECTS)('%s summarises exactly as expected', (name) => {
    expect(summarisePlan(read(name), { path: `plans/${name}.md`, parseYaml })).toEqual(expected(name));
  });

  it('covers every fixture in the folder', () => {
    const onDisk = readdirSync(DIR)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    expect(onDisk).toEqual([...DIALECTS].sort());
  });

  it('keeps the CRLF fixture in CRLF and the BOM fixture with its BOM', () => {
    const crlfText = read('lower-h3.crlf');
    expect(crlfText).toContain('\r\n');
    expect(crlfText.replace(/\r\n/g, '')).not.toContain('\n');
    expect(read('setext-bom-subheadings').charCodeAt(0)).toBe(0xfeff);
  });

  it('reads a dialect the same with LF or CRLF line endings', () => {
    for (const name of DIALECTS) {
      const text = read(name);
      const lf = text.replace(/\r\n/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = summarisePlan(lf, { path: 'p.md', parseYaml });
      const b = summarisePlan(crlf, { path: 'p.md', parseYaml });
      // The YAML parser's error message quotes a position, which is the same line either way.
      expect(b).toEqual(a);
    }
  });
});
