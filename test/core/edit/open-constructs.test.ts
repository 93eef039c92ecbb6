import { planAppend, type AppendRequest } from '../../../src/core/edit';
import { openConstruct } from '../../../src/core/edit/open-construct';
import { findSection } from '../../../src/core/markdown';
import { quietRanges } from '../../../src/core/read/regions';
import { AT, TIME, applied, lines, parse } from './helpers';

/** Issue 13, "Text that hides the rest of the note". */
function request(req: Partial<AppendRequest> & Pick<AppendRequest, 'kind' | 'text'>): AppendRequest {
  return { at: AT, time: TIME, ...req };
}

/** True when `needle` in `text` is read as note text: not inside code, a comment or a `%%` comment. */
function visible(text: string, needle: string): boolean {
  const doc = parse(text);
  const at = text.indexOf(needle);
  return at >= 0 && quietRanges(doc).blocks.indexAt(at) < 0;
}

describe('an unclosed construct before the place of a new entry', () => {
  it.each([
    ['a fence', '```\nlet x = 1', 'a code block (```)'],
    ['a tilde fence', '~~~~\nlet x = 1', 'a code block (~~~)'],
    ['a %% comment block', '%%\ndraft', 'a %% comment'],
    ['an HTML comment', '<!--\ndraft', 'an HTML comment (<!--)'],
  ])('%s: an entry after it is refused with the line; one before it lands before it', (_name, open, what) => {
    const text = lines('# Plan', '', '## Progress', '', '- [ ] one', '', open, '', '## Decision Log', '', '- Decision: keep it.', '');
    // The Decision Log heading is inside the construct: no section to write to, and a new one
    // would be hidden too.
    const refused = planAppend(parse(text), request({ kind: 'decision', text: 'Hidden?' }));
    expect(refused.ok ? null : refused.code).toBe('hidden-by-open-construct');
    expect(refused.ok ? '' : refused.message).toContain(`Line 7 opens ${what} that is never closed`);
    const after = applied(text, planAppend(parse(text), request({ kind: 'progress', text: 'Seen', done: false })));
    expect(visible(after, 'Seen')).toBe(true);
  });

  it('a lone %% in a step hides the rest of the note: the next step would be after it, so it is refused too', () => {
    const text = lines('# Plan', '', '## Progress', '', '- [ ] one', '- [ ] draft %% hidden from here', '', '## Decision Log', '');
    const result = planAppend(parse(text), request({ kind: 'progress', text: 'Hidden?' }));
    expect(result.ok ? '' : result.message).toBe(
      'Line 6 opens a %% comment that is never closed, so a progress entry added after it would be hidden. Close it, then try again.',
    );
  });

  it('a section whose heading is hidden is not created again on every run', () => {
    const text = lines('# Plan', '', '## Progress', '', '```', 'code', '', '## Decision Log', '');
    const result = planAppend(parse(text), request({ kind: 'decision', text: 'Use a queue' }));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/^Line 5 opens a code block/);
  });

  it('an unclosed construct after the section does not stop the entry, which lands before it', () => {
    const text = lines('# Plan', '', '## Progress', '', '- [ ] one', '', '## Outcomes & Retrospective', '', '```', 'open', '');
    const after = applied(text, planAppend(parse(text), request({ kind: 'progress', text: 'Seen', done: false })));
    expect(after.indexOf('Seen')).toBeLessThan(after.indexOf('```'));
    expect(visible(after, 'Seen')).toBe(true);
  });

  it('closed constructs are no reason to refuse', () => {
    const text = lines('# Plan', '', '## Progress', '', '```', 'x', '```', '%% a %%', '<!-- b -->', '- [ ] one %%c%%', '');
    expect(openConstruct(parse(text))).toBeNull();
    expect(planAppend(parse(text), request({ kind: 'progress', text: 'Fine' })).ok).toBe(true);
  });
});

describe('entry text never opens a construct that swallows the note', () => {
  const text = lines('# Plan', '', '## Progress', '', '- [ ] one', '', '## Decision Log', '', '- Decision: keep it.', '', '## Surprises & Discoveries', '', 'None yet.', '');

  it.each([
    ['a lone %%', 'progress', 'Use 50%% of the budget', 'Use 50%\\% of the budget'],
    ['a run of %', 'progress', 'odd %%% run', 'odd %\\%\\% run'],
    ['an HTML comment that is not closed', 'decision', 'Keep <!-- the old path', 'Keep <\\!-- the old path'],
    ['a fence line', 'surprise', 'It broke:\n```\nstack trace', '\\```'],
    ['a tilde fence line', 'progress', 'Then\n~~~ sh', '\\~~~ sh'],
  ] as const)('%s is escaped and the rest of the note stays visible', (_name, kind, entry, written) => {
    const after = applied(text, planAppend(parse(text), request({ kind, text: entry })));
    expect(after).toContain(written);
    const doc = parse(after);
    expect(openConstruct(doc)).toBeNull();
    expect(findSection(doc, 'surprises')).toBeDefined();
    expect(visible(after, 'None yet.')).toBe(true);
  });

  it.each([
    ['a closed %% comment', 'Chose A %%private note%% over B'],
    ['a closed HTML comment', 'Chose A <!-- why --> over B'],
    ['a closed code block', 'Output:\n```\nok\n```'],
  ])('%s is the user\'s own and is written as typed', (_name, entry) => {
    const after = applied(text, planAppend(parse(text), request({ kind: 'progress', text: entry })));
    for (const line of entry.split('\n')) expect(after).toContain(line);
    expect(visible(after, 'None yet.')).toBe(true);
  });
});
