import type { Command } from '../command';

/** Every command, in the order `execplan --help` lists them. */
export const COMMANDS: readonly Command[] = [];
