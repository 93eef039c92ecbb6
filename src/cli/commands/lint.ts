import { lintOrder } from '../../core/read';
import { positional } from '../args';
import type { Command } from '../command';
import { EXIT_FAILURE, EXIT_OK } from '../errors';
import { readFolder, readNote, reportProblems, type FolderScan } from '../notes';
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
    const scan: FolderScan = isFolder ? readFolder(ctx, target) : { notes: [readNote(ctx, target)], problems: [], warnings: [] };
    let findings = 0;
    let plans = 0;
    for (const note of scan.notes) {
      const summary = summariseNote(ctx, note);
      if (isFolder && !summary.isPlan) continue;
      plans++;
      for (const finding of lintOrder(summary.health)) {
        ctx.io.stdout(`${findingLine(note.shown, finding)}\n`);
        findings++;
      }
    }
    // Silence would read as "all plans healthy"; say there was nothing to check, as list does.
    if (isFolder && plans === 0) ctx.io.stdout(`No plans under ${ctx.display(ctx.resolve(target))}\n`);
    reportProblems(ctx, scan);
    return findings > 0 || scan.problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};
