import type { Command } from '../command';
import { inspectCommand } from './inspect';
import { lintCommand } from './lint';
import { listCommand } from './list';
import { logCommand } from './log';
import { newCommand } from './new';
import { reviewCommand } from './review';
import { statusCommand } from './status';
import { tickCommand } from './tick';

/** Every command, in the order `execplan --help` lists them. */
export const COMMANDS: readonly Command[] = [
  inspectCommand,
  listCommand,
  reviewCommand,
  lintCommand,
  logCommand,
  tickCommand,
  statusCommand,
  newCommand,
];
