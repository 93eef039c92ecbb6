import { nodeIo } from './node-io';
import { runCli } from './run';

// The bundle's entry point: everything testable lives in runCli; this only binds it to Node.
void runCli(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
