import { usageError } from './errors';

/**
 * A tiny hand-written argument parser: commands declare their positionals and options, and
 * anything else is a usage error naming the offending word. No dependency, so the bundle stays
 * small and the messages stay ours.
 */

export type OptionKind = 'boolean' | 'string' | 'list';

export interface OptionSpec {
  kind: OptionKind;
  /** Placeholder shown in help, e.g. `ISO`. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** One line for the command list in `execplan --help`. */
  summary: string;
  /** Usage line after `execplan `, e.g. `inspect <file> [--json]`. */
  usage: string;
  /** Further help paragraphs: defaults, examples. */
  notes?: readonly string[];
  /** Positional argument names in order, e.g. `['file', 'text']`. */
  positionals: readonly string[];
  /** The last positional takes every remaining word, joined with spaces. */
  variadicLast?: boolean;
  /** Values for trailing positionals that may be left out, e.g. `{ folder: '.' }`. */
  defaults?: Readonly<Record<string, string>>;
  options: Readonly<Record<string, OptionSpec>>;
}

export interface ParsedArgs {
  positionals: Record<string, string>;
  booleans: Set<string>;
  strings: Map<string, string>;
  lists: Map<string, string[]>;
  help: boolean;
}

export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = {
    positionals: {},
    booleans: new Set(),
    strings: new Map(),
    lists: new Map(),
    help: false,
  };
  const words: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (!arg.startsWith('--')) throw usageError(`unknown option ${arg} for '${spec.name}' (see execplan ${spec.name} --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = spec.options[name];
    if (!option) throw usageError(`unknown option --${name} for '${spec.name}' (see execplan ${spec.name} --help)`);
    if (option.kind === 'boolean') {
      if (eq >= 0) throw usageError(`option --${name} takes no value`);
      parsed.booleans.add(name);
      continue;
    }
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      // A following option means the value was forgotten; `--opt=--x` still passes one.
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw usageError(`option --${name} needs a value${option.value ? ` (${option.value})` : ''}`);
      }
      value = next;
      i++;
    }
    if (option.kind === 'string') {
      if (parsed.strings.has(name)) throw usageError(`option --${name} given more than once`);
      parsed.strings.set(name, value);
    } else {
      parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), value]);
    }
  }
  if (parsed.help) return parsed;
  assignPositionals(spec, words, parsed);
  return parsed;
}

function assignPositionals(spec: CommandSpec, words: string[], parsed: ParsedArgs): void {
  const names = spec.positionals;
  for (let i = words.length; i < names.length; i++) {
    const missing = names[i] ?? '';
    const fallback = spec.defaults?.[missing];
    if (fallback === undefined) {
      throw usageError(`missing <${missing}> for '${spec.name}' (see execplan ${spec.name} --help)`);
    }
    parsed.positionals[missing] = fallback;
  }
  if (words.length > names.length && !(spec.variadicLast && names.length > 0)) {
    throw usageError(`unexpected argument '${words[names.length] ?? ''}' for '${spec.name}'`);
  }
  names.slice(0, words.length).forEach((name, i) => {
    const isLast = i === names.length - 1;
    parsed.positionals[name] = isLast && spec.variadicLast ? words.slice(i).join(' ') : (words[i] ?? '');
  });
}

/** The positional by name; parseArgs guarantees every declared one is present. */
export function positional(args: ParsedArgs, name: string): string {
  return args.positionals[name] ?? '';
}
