/**
 * Entry point: npm run --silent parse -- [--pretty] [--timeout SECONDS] [--password PASSWORD] FILE...
 * (logic in cli.ts so tests can drive it without spawning a process).
 */
import { runCli } from './cli';

runCli(
  process.argv.slice(2),
  (line) => process.stdout.write(line + '\n'),
  (line) => process.stderr.write(line + '\n'),
).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Unexpected failure: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
