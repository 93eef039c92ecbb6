import type { CommandSpec } from './args';

const WIDTH = 78;

/** Wraps a paragraph at word boundaries so help reads well in an 80-column terminal. */
export function wrap(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: execplan ${spec.usage}`, '', spec.summary, '', 'Options:'];
  const options = Object.entries(spec.options);
  const labels = options.map(([name, o]) => `--${name}${o.kind === 'boolean' ? '' : ` <${o.value ?? 'value'}>`}`);
  const width = Math.max(...labels.map((l) => l.length), '-h, --help'.length);
  options.forEach(([, o], i) => {
    const text = `${o.description}${o.kind === 'list' ? ' (repeatable)' : ''}`;
    const [first = '', ...rest] = wrap(text, ' '.repeat(width + 4));
    lines.push(`  ${(labels[i] ?? '').padEnd(width)}  ${first.trimStart()}`, ...rest);
  });
  lines.push(`  ${'-h, --help'.padEnd(width)}  Show this help`);
  for (const note of spec.notes ?? []) lines.push('', ...wrap(note));
  return lines.join('\n') + '\n';
}

export function globalHelp(specs: readonly CommandSpec[], version: string): string {
  const width = Math.max(...specs.map((s) => s.name.length));
  return [
    `execplan ${version}: read and update ExecPlans (living markdown plans) from the terminal.`,
    '',
    'Usage: execplan <command> [arguments] [options]',
    '',
    'Commands:',
    ...specs.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    '',
    'Options:',
    '  -h, --help     Show help (also: execplan <command> --help, execplan help <command>)',
    '  -v, --version  Show the version',
    '  --section-name <KIND=NAME[,NAME]>',
    '                 Also read headings called NAME as the KIND section (repeatable; any',
    '                 command). EXECPLAN_SECTION_NAMES takes the same, separated by ";".',
    '                 Kinds: progress, decisions, surprises, retrospective, handoff, purpose,',
    '                 context, plan, steps, validation, risks.',
    '',
    'Exit codes: 0 success, 1 failure (or lint findings), 2 usage error.',
    'Edits change only the lines they touch and replace the file atomically; runs on one',
    'note take turns, and a change made by another program meanwhile is kept.',
    'log, tick and status edit plans only (--force to edit any note).',
    'Times are written in UTC; --at takes an ISO 8601 time such as 2025-10-01T13:00Z.',
    '',
  ].join('\n');
}
