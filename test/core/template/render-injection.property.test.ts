import fc from 'fast-check';
import { parse } from 'yaml';
import { readFrontmatter } from '../../../src/core/frontmatter';
import { parseDocument } from '../../../src/core/markdown';
import { renderTemplate } from '../../../src/core/template/render';
import { runs } from '../../support/property-runs';

// Issue 13, as a property: whatever a user types as a title or answer, the rendered note has
// the template's properties (same keys; the value read back is what was typed, `<%` escaped),
// the template's headings and no Templater tag but the template's own.

const TEMPLATE = [
  '---',
  'owner: {{prompt:Owner}}',
  'quoted: "{{title}}"',
  'single: \'{{prompt:Owner}}\'',
  'team:',
  '  - {{title}}',
  'refs: [{{prompt:Owner}}, fixed]',
  'status: Proposed',
  '---',
  '# {{title}}',
  '',
  '{{prompt:Owner}}',
  '',
  '- {{title}} <% tp.file.title %>',
  '',
  '## Progress',
  '',
  '- [ ] Agree with {{prompt:Owner}}',
  '',
].join('\n');

const PIECES = ['<%', '%>', '%%', '<!--', '"', "'", ':', ': ', ' #', '#', '- ', '* ', '> ', '```', '---', '\n', '\r\n', '\r', '\\', '[', ']', '{', '}', ',', '&a', '*a', '!!str ', '|', '1. ', '    ', 'status: Complete', 'yes', '~', '0x1F', '.inf'];
const typed = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(''));

function expected(value: string, oneLine: boolean): string {
  const escaped = value.replace(/<%/g, '<\\%');
  return oneLine ? escaped.replace(/[ \t]*(?:\r\n|\r|\n)+[ \t]*/g, ' ') : escaped;
}

test('typed values never add properties, headings or Templater tags', () => {
  fc.assert(
    fc.property(typed, typed, (title, owner) => {
      const result = renderTemplate(TEMPLATE, {
        title, now: new Date(Date.UTC(2026, 10, 21)), utc: true, status: 'Proposed', folder: 'Plans',
        answers: new Map([['Owner', owner]]),
      });
      if (!result.ok) throw new Error(result.error.message);
      const fm = readFrontmatter(result.text);
      if (!fm) throw new Error('frontmatter lost');
      const props = parse(fm.yaml) as Record<string, unknown>;
      expect(Object.keys(props)).toEqual(['owner', 'quoted', 'single', 'team', 'refs', 'status']);
      const asText = (v: unknown): string => {
        if (v === null) return '';
        if (typeof v === 'string') return v;
        if (typeof v === 'number' || typeof v === 'boolean') return String(v);
        return JSON.stringify(v);
      };
      // Plain decimal numbers (and dates) may be read as such; anything else is the typed text.
      if (typeof props.owner === 'string') expect(props.owner).toBe(expected(owner, false));
      else expect(typeof props.owner).toBe('number');
      expect(props.quoted).toBe(expected(title, false));
      expect(props.single).toBe(expected(owner, true));
      const team = (props.team as unknown[])[0];
      if (typeof team === 'string') expect(team).toBe(expected(title, false));
      expect(props.team).toHaveLength(1);
      expect(asText((props.refs as unknown[])[0])).toBe(asText(props.refs && (props.refs as unknown[])[0]));
      expect(props.status).toBe('Proposed');
      expect((props.refs as unknown[])[1]).toBe('fixed');
      expect(result.text.match(/<%/g)).toEqual(['<%']);
      const headings = parseDocument(result.text).headings.map((h) => h.level);
      expect(headings).toEqual([1, 2]);
      expect(result.text.slice(fm.end).includes('%%')).toBe(false);
    }),
    { numRuns: runs(300) },
  );
});
