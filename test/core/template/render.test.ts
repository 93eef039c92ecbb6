import { collectPrompts, renderTemplate } from '../../../src/core/template/render';
import { hasTemplaterTags, scanTemplate } from '../../../src/core/template/scan';
import type { RenderResult, TemplateContext } from '../../../src/core/template/types';

// Saturday 21 November 2026, 14:05:09 UTC.
const NOW = new Date(Date.UTC(2026, 10, 21, 14, 5, 9));

function ctx(overrides: Partial<TemplateContext> = {}): TemplateContext {
  return {
    title: 'Ship the dashboard',
    now: NOW,
    utc: true,
    status: 'proposed',
    folder: 'Plans/Work',
    answers: new Map(),
    ...overrides,
  };
}

function text(result: RenderResult): string {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.text;
}

const render = (template: string, overrides: Partial<TemplateContext> = {}): string =>
  text(renderTemplate(template, ctx(overrides)));

describe('variables', () => {
  test('title, status, folder', () => {
    expect(render('{{title}} | {{status}} | {{folder}}')).toBe('Ship the dashboard | proposed | Plans/Work');
  });

  test('date, time and utc defaults', () => {
    expect(render('{{date}}')).toBe('2026-11-21');
    expect(render('{{time}}')).toBe('14:05');
    // Seconds included, no milliseconds, Z suffix.
    expect(render('{{utc}}')).toBe('2026-11-21T14:05:09Z');
  });

  test('formats and offsets', () => {
    expect(render('{{date:dddd D MMMM}}')).toBe('Saturday 21 November');
    expect(render('{{date+7d}}')).toBe('2026-11-28');
    expect(render('{{date+7d:ddd DD}}')).toBe('Sat 28');
    expect(render('{{date-1w:YYYY-MM-DD}}')).toBe('2026-11-14');
    expect(render('{{date+2M}}')).toBe('2027-01-21');
    expect(render('{{date+1y:YYYY}}')).toBe('2027');
    expect(render('{{time-3h}}')).toBe('11:05');
    expect(render('{{time+30m}}')).toBe('14:35');
    expect(render('{{utc+1d}}')).toBe('2026-11-22T14:05:09Z');
    expect(render('{{utc:YYYY-MM-DD HH:mm[Z]}}')).toBe('2026-11-21 14:05Z');
    expect(render('{{date:[Week] W}}')).toBe('Week 47');
  });

  test('format may contain colons', () => {
    expect(render('{{date:HH:mm:ss}}')).toBe('14:05:09');
  });

  test('whitespace inside braces and case-insensitive names', () => {
    expect(render('{{ title }}')).toBe('Ship the dashboard');
    expect(render('{{TITLE}} {{Date}} {{ Time }}')).toBe('Ship the dashboard 2026-11-21 14:05');
    expect(render('{{ date + 7d : YYYY }}')).toBe('2026');
    expect(render('{{ PROMPT : Owner | me }}')).toBe('me');
  });

  test('utc:false uses local time (TZ=UTC here; see time-zones.test.ts for other zones)', () => {
    expect(render('{{date}} {{time}}', { utc: false })).toBe('2026-11-21 14:05');
  });

  test('values are inserted literally and never rendered again', () => {
    // `<%` in a value is escaped so Templater never runs it (render-injection.test.ts).
    expect(render('# {{title}}', { title: 'About {{date}} and <% x %>' })).toBe('# About {{date}} and <\\% x %>');
    const answers = new Map([['Owner', '{{title}}']]);
    expect(render('{{prompt:Owner}}', { answers })).toBe('{{title}}');
  });

  test('text around variables is kept byte for byte', () => {
    const template = 'a\r\n{{title}}\tb\u00a0é🙂\n';
    expect(render(template)).toBe('a\r\nShip the dashboard\tb\u00a0é🙂\n');
  });
});

describe('errors', () => {
  test('unknown variable names the variable', () => {
    const result = renderTemplate('Hello {{author}}', ctx());
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-variable', variable: 'author' } });
    if (!result.ok) expect(result.error.message).toContain('{{author}}');
  });

  test('a known name with extra characters is unknown, not a format', () => {
    expect(renderTemplate('{{title2}}', ctx())).toMatchObject({ ok: false, error: { code: 'unknown-variable', variable: 'title2' } });
  });

  test('empty braces', () => {
    expect(renderTemplate('{{ }}', ctx())).toMatchObject({ ok: false, error: { code: 'unknown-variable', variable: '' } });
  });

  test('bad offsets and formats', () => {
    const bad = renderTemplate('{{date+7x}}', ctx());
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-format', variable: 'date+7x' } });
    if (!bad.ok) expect(bad.error.message).toContain('{{date+7x}}');
    expect(renderTemplate('{{date:}}', ctx())).toMatchObject({ ok: false, error: { code: 'bad-format' } });
    expect(renderTemplate('{{title:upper}}', ctx())).toMatchObject({ ok: false, error: { code: 'bad-format', variable: 'title:upper' } });
    expect(renderTemplate('{{cursor+1d}}', ctx())).toMatchObject({ ok: false, error: { code: 'bad-format' } });
    expect(renderTemplate('{{prompt}}', ctx())).toMatchObject({ ok: false, error: { code: 'bad-format', variable: 'prompt' } });
    expect(renderTemplate('{{prompt: |x}}', ctx())).toMatchObject({ ok: false, error: { code: 'bad-format' } });
  });

  test('the first problem in template order is reported', () => {
    expect(renderTemplate('{{nope}} {{date+1q}}', ctx())).toMatchObject({ ok: false, error: { variable: 'nope' } });
  });
});

describe('escapes and literal braces', () => {
  test('\\{{ renders as {{ and is not a variable', () => {
    expect(render('\\{{title}}')).toBe('{{title}}');
    expect(render('\\{{unknown}} {{title}}')).toBe('{{unknown}} Ship the dashboard');
  });

  test('only the backslash right before {{ is consumed', () => {
    expect(render('\\\\{{title}}')).toBe('\\{{title}}');
    expect(render('a\\b \\{')).toBe('a\\b \\{');
  });

  test('a {{ without }} on its line is literal', () => {
    expect(render('{{ not closed\n}} later {{title}}')).toBe('{{ not closed\n}} later Ship the dashboard');
    expect(render('tail {{')).toBe('tail {{');
  });

  test('single braces are literal', () => {
    expect(render('{title} {}')).toBe('{title} {}');
  });
});

describe('Templater tags', () => {
  test('are copied untouched, even with braces inside', () => {
    const template = '<% tp.file.title %> {{title}} <%* if (x) { tR += "{{date}}" } %> \\{{ <%+ "a" -%>';
    expect(render(template)).toBe('<% tp.file.title %> Ship the dashboard <%* if (x) { tR += "{{date}}" } %> {{ <%+ "a" -%>');
  });

  test('an unclosed tag keeps the rest verbatim', () => {
    expect(render('{{title}} <% oops {{date}}')).toBe('Ship the dashboard <% oops {{date}}');
  });

  test('hasTemplaterTags', () => {
    expect(hasTemplaterTags('x <% tp.date.now() %> y')).toBe(true);
    expect(hasTemplaterTags('<%* tR += "a" %>')).toBe(true);
    expect(hasTemplaterTags('{{title}} 5 <% 6')).toBe(false);
    expect(hasTemplaterTags('50%> of <%')).toBe(false);
    expect(hasTemplaterTags('')).toBe(false);
  });

  test('scan exposes parts', () => {
    expect(scanTemplate('a {{title}} <% x %>')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'variable', inner: 'title', start: 2, end: 11 },
      { kind: 'text', text: ' ' },
      { kind: 'templater', text: '<% x %>', start: 12, end: 19 },
    ]);
  });
});

describe('prompts', () => {
  const template = [
    '{{prompt:Who owns this plan?}}',
    '{{prompt: Due   date? | next Friday}}',
    '{{prompt:Who owns this plan?|nobody}}',
    '{{prompt:Team}}',
    '{{prompt:Team|platform}}',
    '{{prompt:Due date?|later}}',
    '\\{{prompt:Escaped}}',
    '<% tp.system.prompt("Templater") %> {{prompt:Inside <% x %>}}',
  ].join('\n');

  test('collectPrompts: distinct questions, first appearance order, first default wins', () => {
    expect(collectPrompts(template)).toEqual([
      { question: 'Who owns this plan?', defaultValue: 'nobody' },
      { question: 'Due date?', defaultValue: 'next Friday' },
      { question: 'Team', defaultValue: 'platform' },
      { question: 'Inside <% x %>', defaultValue: null },
    ]);
  });

  test('answers fill every occurrence; defaults fill the rest', () => {
    const answers = new Map([
      ['Who owns this plan?', 'Ada'],
      ['Inside <% x %>', 'yes'],
    ]);
    expect(render(template, { answers }).split('\n')).toEqual([
      'Ada',
      'next Friday',
      'Ada',
      'platform',
      'platform',
      'next Friday',
      '{{prompt:Escaped}}',
      '<% tp.system.prompt("Templater") %> yes',
    ]);
  });

  test('an empty answer is an answer', () => {
    expect(render('[{{prompt:Note}}]', { answers: new Map([['Note', '']]) })).toBe('[]');
  });

  test('an empty default is a default', () => {
    expect(render('[{{prompt:Note|}}]')).toBe('[]');
  });

  test('an unanswered prompt without default is an error naming the question', () => {
    const result = renderTemplate('Owner: {{prompt:Who owns this plan?}}', ctx());
    expect(result).toMatchObject({ ok: false, error: { code: 'unanswered-prompt', variable: 'Who owns this plan?' } });
    if (!result.ok) expect(result.error.message).toContain('Who owns this plan?');
  });

  test('the default keeps | after the first one', () => {
    expect(render('{{prompt:Pick|a|b}}')).toBe('a|b');
  });
});

describe('cursor', () => {
  test('offset of the first marker, markers removed', () => {
    const result = renderTemplate('# {{title}}\n\n{{cursor}}\n\nmore {{ CURSOR }} end', ctx());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe('# Ship the dashboard\n\n\n\nmore  end');
    expect(result.cursor).toBe('# Ship the dashboard\n\n'.length);
  });

  test('offsets count UTF-16 units of the rendered text', () => {
    const result = renderTemplate('🙂 {{title}}{{cursor}}', ctx({ title: 'é' }));
    expect(result).toEqual({ ok: true, text: '🙂 é', cursor: 4 });
  });

  test('null without a marker, escaped markers do not count', () => {
    expect(renderTemplate('\\{{cursor}}', ctx())).toEqual({ ok: true, text: '{{cursor}}', cursor: null });
  });
});
