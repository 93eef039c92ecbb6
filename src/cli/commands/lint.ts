import { lintOrder } from '../../core/read';
import { positional } from '../args';
import type { Command } from '../command';
import { EXIT_FAILURE, EXIT_OK } from '../errors';
import { readFolder, readNote, reportProblems, type Note } from '../notes';
import { findingLine, summariseNote } from '../summary';

export const lintCommand: Command = {
  spec: {
    name: 'lint',
    summary: 'Report health findings as path:line: code message',
    usage: 'lint [file|folder]',
    positionals: ['target'],
    defaults: { target: '.' },
    options: {},
    notes: [
      'A file is checked whatever it holds; in a folder (the current one when none is given) only notes recognised as plans are. ' +
        'Codes: malformed-frontmatter, no-status, missing-section, placeholder, untimed-step. ' +
        'Findings about the whole note have no line. Exit code 1 when there is any finding, 0 when none.',
    ],
  },
  run(args, ctx) {
    const target = positional(args, 'target');
    const isFolder = ctx.io.isDirectory(ctx.resolve(target));
    let notes: Note[];
    let problems: string[] = [];
    if (isFolder) {
      const scan = readFolder(ctx, target);
      notes = scan.notes;
      problems = scan.problems;
    } else {
      notes = [readNote(ctx, target)];
    }
    let findings = 0;
    for (const note of notes) {
      const summary = summariseNote(ctx, note);
      if (isFolder && !summary.isPlan) continue;
      for (const finding of lintOrder(summary.health)) {
        ctx.io.stdout(`${findingLine(note.shown, finding)}\n`);
        findings++;
      }
    }
    reportProblems(ctx, problems);
    return findings > 0 || problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};
