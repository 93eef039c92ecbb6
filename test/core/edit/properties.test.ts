import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import YAML from 'yaml';
import { planAppend, planSetProperties, planSetStatusLine, planTickStep } from '../../../src/core/edit';
import type { PlanDocument } from '../../../src/core/markdown';
import { findSection } from '../../../src/core/markdown';
import { statusLineOf } from '../../../src/core/rules/edit-targets';
import { ENTRY_SECTION, outermostSections, ownRanges } from '../../../src/core/read/plan-sections';
import { entriesOfKind } from '../../support/rule-entries';
import { readStepSource, readTasks } from '../../../src/core/read/steps';
import { applySplices } from '../../../src/core/text';
import { findStamps, readLeadingStamp } from '../../../src/core/timestamps';
import type { EntryKind, Splice } from '../../../src/core/types';
import { AT, parse, TIME } from './helpers';
import { planNote, sentence } from './plan-arbitrary';

/**
 * Property tests over generated plan notes (see plan-arbitrary.ts). Entries are counted with
 * the reading rules' entry walk (entriesOfKind, and readTasks for progress steps), so the writer and the
 * reader are checked to agree on what one entry is.
 */

const KINDS: readonly EntryKind[] = ['progress', 'decision', 'surprise', 'retrospective', 'handoff'];

/** Removes inserted text again: for splices that only insert, this must give back the input. */
function unapplyInserts(after: string, splices: readonly Splice[]): string {
  let out = after;
  let shift = 0;
  const ordered = [...splices].sort((a, b) => a.offset - b.offset);
  const positions = ordered.map((s) => {
    const at = s.offset + shift;
    shift += s.insert.length - s.deleteCount;
    return { at, length: s.insert.length };
  });
  for (const p of positions.reverse()) out = out.slice(0, p.at) + out.slice(p.at + p.length);
  return out;
}

function progressTasks(doc: PlanDocument): number {
  // Each section's own text only: a progress section nested under another kind is its own.
  return outermostSections(doc, 'progress')
    .flatMap((s) => ownRanges(doc, s))
    .reduce((n, [start, end]) => n + readTasks(doc, start, end).length, 0);
}

function usesOnly(eol: string, inserted: string): boolean {
  return eol === '\n' ? !inserted.includes('\r') : inserted.split('\n').slice(0, -1).every((part) => part.endsWith('\r'));
}

function expectOneMoreEntry(doc: PlanDocument, next: PlanDocument, kind: EntryKind, splices: readonly Splice[]): void {
  const offset = splices[0]?.offset ?? 0;
  // A step goes where the steps are read from: Progress, else the checklist when Progress has none.
  const stepList = kind === 'progress' ? readStepSource(doc).section : null;
  const intoChecklist = stepList !== null && stepList.kind !== 'progress';
  if (kind === 'progress') {
    const tasks = intoChecklist
      ? readTasks(next, 0, next.text.length).length - readTasks(doc, 0, doc.text.length).length
      : progressTasks(next) - progressTasks(doc);
    const entries = entriesOfKind(next, kind).length - entriesOfKind(doc, kind).length;
    const section = findSection(next, 'progress');
    // A log bullet added under a milestone sub-heading is read as part of that sub-heading's entry.
    const underSubHeading = section !== undefined && offset >= section.bodyEnd;
    expect(tasks === 1 || (tasks === 0 && (entries === 1 || (entries === 0 && underSubHeading)))).toBe(true);
  } else {
    expect(entriesOfKind(next, kind).length).toBe(entriesOfKind(doc, kind).length + 1);
  }
  const at = next.text.indexOf('Zq ', offset);
  const sections = intoChecklist ? next.sections.filter((s) => s.kind === stepList.kind) : [findSection(next, ENTRY_SECTION[kind])];
  expect(sections.some((section) => section !== undefined && at >= section.contentStart && at < section.end)).toBe(true);
}

const entryText = fc.tuple(sentence, fc.option(sentence, { nil: undefined })).map(([a, b]) => (b ? `Zq ${a}\n${b}` : `Zq ${a}`));

describe('edit properties', () => {
  it('appends only insert text, in the note line ending, and the reader sees one more entry', () => {
    fc.assert(
      fc.property(planNote, entryText, fc.boolean(), fc.constantFrom(...KINDS), ({ text, eol: written }, entry, done, checked) => {
        const doc = parse(text);
        // A note without any line break has no line ending of its own: new lines use LF.
        const eol = text.includes('\n') ? written : '\n';
        expect(doc.eol).toBe(eol);
        for (const kind of KINDS) {
          const result = planAppend(doc, {
            kind, text: entry, at: AT, time: TIME, done, rationale: 'because', evidence: 'seen',
            handoff: kind === 'handoff' ? { next: 'more' } : undefined,
          });
          if (!result.ok) throw new Error(result.message);
          // (a) byte preservation: only insertions, and removing them gives the input back.
          expect(result.splices.every((s) => s.deleteCount === 0)).toBe(true);
          const after = applySplices(text, result.splices);
          expect(unapplyInserts(after, result.splices)).toBe(text);
          const inserted = result.splices.map((s) => s.insert).join('');
          expect(usesOnly(eol, inserted)).toBe(true);
          // Stamped with the clock, in the note's own stamp format when it has one.
          expect(findStamps(inserted).some((d) => d.getTime() === AT.getTime())).toBe(true);
          // (b) one more entry (or step) in the intended section, as the read side counts them.
          // Parsing dominates the run time, so (b) re-parses for one kind per generated note.
          if (kind === checked) expectOneMoreEntry(doc, parse(after), kind, result.splices);
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('ticking changes only the check character and inserts a stamp; the step is then done', () => {
    fc.assert(
      fc.property(planNote, fc.nat(), fc.boolean(), ({ text }, pick, byLine) => {
        const doc = parse(text);
        const open = readTasks(doc, 0, text.length).filter((s) => !s.done);
        const target = open.length > 0 ? open[pick % open.length] : undefined;
        for (const line of [byLine ? target?.line : undefined]) {
          const result = planTickStep(doc, { at: AT, time: TIME, line });
          if (!result.ok) {
            expect(line === undefined ? ['no-open-step'] : []).toContain(result.code);
            continue;
          }
          const [check, stamp] = result.splices;
          expect(check?.deleteCount).toBe(1);
          expect(['x', 'X']).toContain(check?.insert);
          if (!check || !stamp) throw new Error('two splices expected');
          // A step carries one stamp: what a tick deletes is only the step's own leading stamp.
          const replaced = text.slice(stamp.offset, stamp.offset + stamp.deleteCount);
          if (stamp.deleteCount > 0) expect(readLeadingStamp(replaced)?.raw.trimEnd()).toBe(replaced);
          const after = applySplices(text, result.splices);
          // Everything but the check character and the stamp is the input.
          const restored = applySplices(after, [{ offset: check.offset, deleteCount: 1, insert: text.charAt(check.offset) }]);
          expect(restored.slice(0, stamp.offset) + replaced + restored.slice(stamp.offset + stamp.insert.length)).toBe(text);
          const next = parse(after);
          const steps = line === undefined ? readStepSource(next).steps : readTasks(next, 0, after.length);
          const ticked = steps.find((s) => s.checkOffset === check?.offset);
          expect(ticked?.done).toBe(true);
          expect(ticked?.timestamp?.getTime()).toBe(AT.getTime());
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('setting the status line replaces only its value', () => {
    const statusLine = fc.constantFrom('Status: Draft', '- Status: In progress', '**Status**: Blocked', '**Status:** draft  ', 'Status:: wip', '> Status: x', 'Status:');
    fc.assert(
      fc.property(planNote, fc.option(statusLine, { nil: undefined }), fc.constantFrom('Complete', 'In progress', 'Blocked 🔴'), ({ text, eol }, line, value) => {
        const withLine = line ? `${line}${eol}${eol}${text.replace(/^\uFEFF/, '')}` : text;
        const doc = parse(withLine);
        const before = statusLineOf(doc);
        const result = planSetStatusLine(doc, value);
        if (!before) {
          expect(result).toMatchObject({ ok: false, code: 'no-status-line' });
          return;
        }
        if (!result.ok) throw new Error(result.message);
        const after = applySplices(withLine, result.splices);
        expect(after.slice(0, before.valueStart)).toBe(withLine.slice(0, before.valueStart));
        expect(after.endsWith(withLine.slice(before.valueEnd))).toBe(true);
        expect(statusLineOf(parse(after))?.value).toBe(value);
      }),
      { numRuns: runs(100) },
    );
  });

  it('setting properties keeps the other properties and writes values YAML reads back', () => {
    const yamlBody = fc.array(
      fc.constantFrom('title: My plan', 'Status: draft # comment', "status: 'x'", 'owner: "me"', 'tags:\n  - a', 'tags: [a, b]', 'empty:', 'n: 3'),
      { maxLength: 4 },
    );
    const value = fc.constantFrom('in-progress', 'Complete', "it's", 'a: b', '#x', 'yes', '2025-10-01', 'with # hash', '');
    fc.assert(
      fc.property(yamlBody, fc.boolean(), fc.boolean(), value, value, (body, crlf, hasFm, status, updated) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = (hasFm ? ['---', ...body, '---', '# Plan', 'text'] : ['# Plan', 'text']).join(eol).replace(/\n/g, eol).replace(/\r\r/g, '\r');
        const doc = parse(text);
        const result = planSetProperties(doc, { status, updated });
        if (!result.ok) {
          expect(['malformed-frontmatter', 'complex-value']).toContain(result.code);
          expect(doc.frontmatter).not.toBeNull();
          return;
        }
        const after = applySplices(text, result.splices);
        for (const s of result.splices) expect(usesOnly(eol, s.insert)).toBe(true);
        const next = parse(after);
        expect(next.frontmatter?.error ?? null).toBeNull();
        const data = next.frontmatter?.data ?? {};
        const key = Object.keys(data).find((k) => k.toLowerCase() === 'status');
        expect(String(data[key ?? 'status'])).toBe(status);
        expect(String(data.updated)).toBe(updated);
        const old = doc.frontmatter?.data ?? {};
        for (const [k, v] of Object.entries(old)) {
          if (k.toLowerCase() === 'status' || k === 'updated') continue;
          expect(data[k]).toEqual(v);
        }
        expect(after.endsWith(eol === '\n' ? '# Plan\ntext' : '# Plan\r\ntext')).toBe(true);
        expect(YAML.parse(next.frontmatter?.yaml ?? '') as unknown).toBeTruthy();
      }),
      { numRuns: runs(250) },
    );
  });
});
