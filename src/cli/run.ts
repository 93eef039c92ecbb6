import { parseArgs } from './args';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { createContext } from './context';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './errors';
import { commandHelp, globalHelp } from './help';
import type { CliIo } from './io';
import { CLI_VERSION } from './version';
import { parseSectionNames } from '../core/section-names-config';
import { configureSectionNames } from '../core/sections';

export const SECTION_NAMES_ENV = 'EXECPLAN_SECTION_NAMES';
const SECTION_NAME_OPTION = '--section-name';

/**
 * The whole CLI as a function of its arguments and io, so tests drive it without a process.
 * Every failure becomes one `execplan: <message>` line on stderr and a non-zero exit code;
 * commands write files only after everything that can fail has been checked.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<number> {
  try {
    return await Promise.resolve(dispatch(applySectionNames(argv, env), io));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // One line, always: a multi-line message would break scripts that read stderr.
    io.stderr(`execplan: ${message.split('\n')[0] ?? message}\n`);
    return e instanceof CliError ? e.exitCode : EXIT_FAILURE;
  }
}

/**
 * The user's extra section names, from EXECPLAN_SECTION_NAMES and any number of global
 * `--section-name KIND=NAME[,NAME]` options (before or after the command); returns the other
 * arguments. Names are set for every run, so an earlier run's names never leak into this one.
 */
function applySectionNames(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const specs: string[] = [env[SECTION_NAMES_ENV] ?? ''];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === SECTION_NAME_OPTION) {
      const value = argv[i + 1];
      if (value === undefined) throw new CliError(`option ${SECTION_NAME_OPTION} needs a value (KIND=NAME)`, EXIT_USAGE);
      specs.push(value);
      i++;
    } else if (arg.startsWith(`${SECTION_NAME_OPTION}=`)) {
      specs.push(arg.slice(SECTION_NAME_OPTION.length + 1));
    } else {
      rest.push(arg);
    }
  }
  const parsed = parseSectionNames(specs.join('\n'));
  if (parsed.errors.length > 0) throw new CliError(`section names: ${parsed.errors[0] ?? ''}`, EXIT_USAGE);
  configureSectionNames(parsed.names);
  return rest;
}

function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.spec.name === name);
}

function dispatch(argv: readonly string[], io: CliIo): number {
  const [first, ...rest] = argv;
  const specs = COMMANDS.map((c) => c.spec);
  if (first === undefined || first === '--help' || first === '-h') {
    io.stdout(globalHelp(specs, CLI_VERSION));
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    io.stdout(`${CLI_VERSION}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(globalHelp(specs, CLI_VERSION));
      return EXIT_OK;
    }
    const command = findCommand(topic);
    if (!command) throw new CliError(`unknown command '${topic}' (see execplan --help)`, EXIT_USAGE);
    io.stdout(commandHelp(command.spec));
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw new CliError(`unknown option ${first} (see execplan --help)`, EXIT_USAGE);
  const command = findCommand(first);
  if (!command) throw new CliError(`unknown command '${first}' (see execplan --help)`, EXIT_USAGE);
  const args = parseArgs(command.spec, rest);
  if (args.help) {
    io.stdout(commandHelp(command.spec));
    return EXIT_OK;
  }
  return command.run(args, createContext(io));
}
