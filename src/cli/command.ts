import type { CommandSpec, ParsedArgs } from './args';
import type { CliContext } from './context';

/** One `execplan <name>` command: its declared arguments and what it does with them. */
export interface Command {
  spec: CommandSpec;
  /** Returns the exit code; throws CliError for a one-line failure. */
  run(args: ParsedArgs, ctx: CliContext): number;
}
