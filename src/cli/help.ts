import type { CommandSpec } from './args';

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: execplan ${spec.usage}`, '', spec.summary];
  const options = Object.entries(spec.options);
  if (options.length > 0) {
    lines.push('', 'Options:');
    const labels = options.map(([name, o]) => `--${name}${o.kind === 'boolean' ? '' : ` <${o.value ?? 'value'}>`}`);
    const width = Math.max(...labels.map((l) => l.length), '-h, --help'.length);
    options.forEach(([, o], i) => {
      const repeat = o.kind === 'list' ? ' (repeatable)' : '';
      lines.push(`  ${(labels[i] ?? '').padEnd(width)}  ${o.description}${repeat}`);
    });
    lines.push(`  ${'-h, --help'.padEnd(width)}  Show this help`);
  }
  for (const note of spec.notes ?? []) lines.push('', note);
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
    '',
    'Exit codes: 0 success, 1 failure (or lint findings), 2 usage error.',
    'Times are written in UTC; --at takes an ISO 8601 time such as 2025-10-01T13:00Z.',
    '',
  ].join('\n');
}
