import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import { parseDocument } from '../../../src/core/markdown';
import { applySplices } from '../../../src/core/text';
import type { Splice } from '../../../src/core/types';
import { planApplyTemplate } from '../../../src/core/template/apply-template';
import { findBuiltinTemplate } from '../../../src/core/template/builtins';
import { renderTemplate } from '../../../src/core/template/render';

function renderBuiltin(id: string): string {
  const template = findBuiltinTemplate(id);
  if (!template) throw new Error(id);
  const result = renderTemplate(template.body, {
    title: 'Template title',
    now: new Date(Date.UTC(2026, 10, 21, 14, 5)),
    utc: true,
    status: 'proposed',
    folder: '',
    answers: new Map(),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.text;
}

const EXECPLAN = renderBuiltin('execplan');
const JOURNAL = renderBuiltin('learning-journal');

const SMALL_TEMPLATE = '# {{title}}\n\n## Purpose\n\nWhy.\n\n## Progress\n\n## Decision Log\n\nChoices.\n\n### Format\n\nOne per line.\n\n## Handoff\n';

const apply = (note: string, template: string): string => applySplices(note, planApplyTemplate(note, template));
const headingTexts = (text: string): string[] => parseDocument(text).headings.map((h) => `${'#'.repeat(h.level)} ${h.text}`);

/** Removes the inserted text again, walking the splices from the start of the note. */
function removeInserts(result: string, splices: readonly Splice[]): string {
  const ascending = [...splices].sort((a, b) => a.offset - b.offset);
  let out = '';
  let from = 0;
  let shift = 0;
  for (const s of ascending) {
    const at = s.offset + shift;
    out += result.slice(from, at);
    from = at + s.insert.length;
    shift += s.insert.length - s.deleteCount;
  }
  return out + result.slice(from);
}

describe('planApplyTemplate', () => {
  test('adds the missing sections in their places, keeping everything else', () => {
    const note = '# Plan\n\n## Purpose\n\nShip it.\n\n## Handoff\n\nAsk Ada.\n';
    expect(apply(note, SMALL_TEMPLATE)).toBe(
      '# Plan\n\n## Purpose\n\nShip it.\n\n## Progress\n\n## Decision Log\n\nChoices.\n\n### Format\n\nOne per line.\n\n## Handoff\n\nAsk Ada.\n',
    );
  });

  test('missing sections before the first existing one go before it', () => {
    const note = '# Plan\n\n## Decision Log\n\nUse Rust.\n';
    expect(headingTexts(apply(note, SMALL_TEMPLATE))).toEqual([
      '# Plan',
      '## Purpose',
      '## Progress',
      '## Decision Log',
      '## Handoff',
    ]);
    // The note's own Decision Log keeps its text and gains no sub-heading.
    expect(apply(note, SMALL_TEMPLATE)).toContain('## Decision Log\n\nUse Rust.\n\n## Handoff\n');
  });

  test('a note without sections gets them all at the end', () => {
    const note = '---\nstatus: proposed\n---\n# Plan\n\nSome intro without a newline at the end';
    const out = apply(note, SMALL_TEMPLATE);
    expect(out.startsWith(note + '\n\n## Purpose\n\nWhy.\n')).toBe(true);
    expect(out.endsWith('## Handoff\n')).toBe(true);
  });

  test('an empty note gets the sections from the start', () => {
    expect(apply('', SMALL_TEMPLATE)).toBe(SMALL_TEMPLATE.replace('# {{title}}\n\n', ''));
  });

  test('matching is by kind, not by exact text', () => {
    const note = '# Plan\n\n## 1. Goals\n\nx\n\n## Progress log\n\n## Decisions\n\n## Hand-off notes\n';
    expect(planApplyTemplate(note, SMALL_TEMPLATE)).toEqual([]);
  });

  test("'other' sections match by normalised heading text", () => {
    const note = '# Journal\n\n## Goal\n\n## **Wrong Assumptions**\n\n## 3. questions\n';
    const out = apply(note, JOURNAL);
    expect(headingTexts(out)).toEqual([
      '# Journal',
      '## Goal',
      '## Resources',
      '## Progress',
      '## Surprises & Discoveries',
      '## **Wrong Assumptions**',
      '## 3. questions',
      '## Retrospective',
    ]);
  });

  test("uses the note's own section level", () => {
    const note = '# Plan\n\n### Purpose\n\nx\n\n### Handoff\n';
    expect(headingTexts(apply(note, SMALL_TEMPLATE))).toEqual([
      '# Plan',
      '### Purpose',
      '### Progress',
      '### Decision Log',
      '#### Format',
      '### Handoff',
    ]);
  });

  test('a section at a deeper level counts as present but is never an anchor', () => {
    const note = '# Plan\n\n## Work\n\n### Progress\n\n- [ ] a\n\n### Other\n\n## Handoff\n';
    const out = apply(note, SMALL_TEMPLATE);
    expect(out.match(/Progress/g)).toHaveLength(1);
    // Nothing lands between "### Progress" and "### Other".
    expect(out).toContain('### Progress\n\n- [ ] a\n\n### Other\n');
  });

  test('CRLF notes get CRLF insertions', () => {
    const note = '# Plan\r\n\r\n## Purpose\r\n\r\nShip it.\r\n';
    const out = apply(note, EXECPLAN);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out.startsWith(note)).toBe(true);
  });

  test('idempotent: a second run adds nothing', () => {
    const note = '# Plan\n\n## Purpose\n\nShip it.\n';
    expect(planApplyTemplate(apply(note, EXECPLAN), EXECPLAN)).toEqual([]);
  });

  test('the note and the template titles are never matched or inserted', () => {
    // "Plan for…" would classify as plan-of-work if the title counted as a section.
    const note = '# Plan for the migration\n';
    const out = apply(note, EXECPLAN);
    expect(out.match(/^## Plan of Work$/m)).not.toBeNull();
    expect(out).not.toContain('Template title');
  });

  test('splices are insert-only, one per offset, sorted descending', () => {
    const splices = planApplyTemplate('# P\n\n## Progress\n\n## Handoff\n', EXECPLAN);
    expect(splices.every((s) => s.deleteCount === 0)).toBe(true);
    const offsets = splices.map((s) => s.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => b - a));
    expect(new Set(offsets).size).toBe(offsets.length);
  });

  test('a template without sections adds nothing', () => {
    expect(planApplyTemplate('# Plan\n', 'Just text\n')).toEqual([]);
  });

  test('property: byte-preserving, complete, ordered, idempotent, line endings kept', () => {
    const kinds = parseDocument(EXECPLAN).sections.slice(1);
    const canonical = kinds.map((s) => s.heading.text);
    const line = fc.constantFrom('Some text.', '- [ ] step', '- [x] (2026-01-01 10:00Z) done', '', '> quote', '```', 'a | b', '###### Detail', '%% note %%');
    const section = fc.record({ index: fc.nat({ max: canonical.length - 1 }), lines: fc.array(line, { maxLength: 4 }) });
    const note = fc.record({
      sections: fc.uniqueArray(section, { selector: (s) => s.index, maxLength: canonical.length }),
      sorted: fc.boolean(),
      title: fc.boolean(),
      frontmatter: fc.boolean(),
      crlf: fc.boolean(),
      trailingNewline: fc.boolean(),
      level: fc.constantFrom(2, 3),
    });
    fc.assert(
      fc.property(note, (n) => {
        const chosen = n.sorted ? [...n.sections].sort((a, b) => a.index - b.index) : n.sections;
        const fences = chosen.map((s) => s.lines.filter((l) => l === '```').length).reduce((a, b) => a + b, 0);
        const lines: string[] = [];
        if (n.frontmatter) lines.push('---', 'status: proposed', '---');
        if (n.title) lines.push('# Title', '');
        for (const s of chosen) lines.push(`${'#'.repeat(n.level)} ${canonical[s.index] ?? ''}`, '', ...s.lines, '');
        if (fences % 2 === 1) lines.push('```');
        let text = lines.join('\n');
        if (!n.trailingNewline) text = text.replace(/\n+$/, '');
        if (n.crlf) text = text.replace(/\n/g, '\r\n');

        const before = parseDocument(text).sections.filter((s) => s.heading.level === n.level);
        const splices = planApplyTemplate(text, EXECPLAN);
        const out = applySplices(text, splices);
        expect(splices.every((s) => s.deleteCount === 0 && s.offset >= 0 && s.offset <= text.length)).toBe(true);
        expect(removeInserts(out, splices)).toBe(text);
        // A note without any line break has no line ending to follow: LF is used.
        if (text.includes('\r\n')) expect(out.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(out).not.toContain('\r');
        // Inserted sections never make a block of the note move out of place.
        const after = parseDocument(out);
        for (const s of before) expect(after.headings.some((h) => h.text === s.heading.text)).toBe(true);
        // Every template section is now present; a second run adds nothing.
        expect(planApplyTemplate(out, EXECPLAN)).toEqual([]);
        // A note in canonical order stays in canonical order (when no code fence hides headings).
        if ((n.sorted || chosen.length <= 1) && fences === 0) {
          const level = chosen.length > 0 ? n.level : 2;
          const texts = after.headings.filter((h) => h.level === level).map((h) => h.text);
          expect(texts).toEqual(canonical);
        }
      }),
      { numRuns: runs(100) },
    );
  });
});
