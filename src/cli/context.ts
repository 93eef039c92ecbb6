import * as path from 'node:path';
import type { YamlParser } from '../core/types';
import type { CliIo } from './io';
import { parseYamlStrictly } from './yaml-parse';

/** What every command gets: the io, a YAML parser, and path helpers bound to the io's cwd. */
export interface CliContext {
  io: CliIo;
  parseYaml: YamlParser;
  /** Absolute path for a command-line path argument. */
  resolve(arg: string): string;
  /**
   * A path as shown to the user and in JSON: relative to the working directory when it lies
   * inside it, always with `/` separators (which every platform accepts) so output is portable.
   */
  display(absolute: string): string;
}

// The plugin hands the engine Obsidian's parser; the CLI bundles `yaml` (see yaml-parse.ts).
const parseYaml: YamlParser = parseYamlStrictly;

export function createContext(io: CliIo): CliContext {
  return {
    io,
    parseYaml,
    resolve: (arg) => path.resolve(io.cwd, arg),
    display: (absolute) => {
      const relative = path.relative(io.cwd, absolute);
      if (relative === '') return '.';
      const shown = !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
      return shown.split(path.sep).join('/');
    },
  };
}
