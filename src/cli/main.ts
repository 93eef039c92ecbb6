import { nodeIo } from './node-io';
import { runCli } from './run';

// `execplan list . | head` closes the pipe early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// The bundle's entry point: everything testable lives in runCli; this only binds it to Node.
void runCli(process.argv.slice(2), nodeIo, process.env).then((code) => {
  process.exitCode = code;
});
