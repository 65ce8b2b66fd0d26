/**
 * The command-line parser's logic, over the same core as the app:
 *   npm run --silent parse -- [--pretty] [--timeout SECONDS] [--password PASSWORD] FILE...
 * One file prints one Filing JSON object; several print one object per line,
 * each with a "file" key. A file that cannot be read prints
 * {"file", "error": {code, message}}; the others go on; exit status 1 if any failed.
 * Files are read in one reader thread under a watchdog (reader-thread.ts), so
 * a file that stalls pdf.js costs its time budget, not the run.
 */
import type { FileResult } from './protocol';
import { ReaderThread } from './reader-thread';

export type { FileResult } from './protocol';

export interface CliArgs {
  pretty: boolean;
  files: string[];
  /** Time budget per file. */
  timeoutSeconds: number;
  /** Used on every PDF that asks for a password. */
  password?: string;
}

export const DEFAULT_TIMEOUT_SECONDS = 30;

const USAGE = [
  'Usage: npm run --silent parse -- [--pretty] [--timeout SECONDS] [--password PASSWORD] FILE...',
  'Reads SEC Form 3/4/5 PDFs or ownership XML.',
  `  --timeout SECONDS    give up on a file after this long (default ${DEFAULT_TIMEOUT_SECONDS})`,
  '  --password PASSWORD  open password-protected PDFs with it (tried only on PDFs that ask)',
].join('\n');

type Parsed = CliArgs | { usage: string };

export function parseArgs(argv: string[]): Parsed {
  const args: CliArgs = { pretty: false, files: [], timeoutSeconds: DEFAULT_TIMEOUT_SECONDS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inlineValue] = splitOption(arg);
    if (name === '--timeout' || name === '--password') {
      const value = inlineValue ?? argv[++i];
      const problem = value === undefined ? `${name} needs a value` : setOption(args, name, value);
      if (problem) return { usage: `${problem}\n${USAGE}` };
    } else if (arg === '--pretty') args.pretty = true;
    else if (arg === '--help' || arg === '-h') return { usage: USAGE };
    else if (arg.startsWith('--') && !args.files.length && arg !== '--')
      return { usage: `Unknown option ${arg}\n${USAGE}` };
    else if (arg !== '--') args.files.push(arg);
  }
  return args.files.length ? args : { usage: USAGE };
}

/** "--timeout=5" → ["--timeout", "5"]; anything else → [arg, undefined]. */
function splitOption(arg: string): [string, string | undefined] {
  const match = /^(--timeout|--password)=(.*)$/s.exec(arg);
  return match ? [match[1]!, match[2]!] : [arg, undefined];
}

/** Sets the option; returns what is wrong with the value, if anything. */
function setOption(args: CliArgs, name: '--timeout' | '--password', value: string): string | null {
  if (name === '--password') {
    args.password = value;
    return null;
  }
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) return `--timeout wants a number of seconds, not "${value}"`;
  args.timeoutSeconds = seconds;
  return null;
}

export function formatResult(result: FileResult, single: boolean, pretty: boolean): string {
  const value =
    'filing' in result ? (single ? result.filing : { file: result.file, ...result.filing }) : result;
  return JSON.stringify(value, null, pretty ? 2 : undefined);
}

export async function runCli(argv: string[], out: (line: string) => void, err: (line: string) => void) {
  const args = parseArgs(argv);
  if ('usage' in args) {
    err(args.usage);
    return 2;
  }
  const reader = new ReaderThread({ timeoutMs: args.timeoutSeconds * 1000, password: args.password });
  let failed = 0;
  const single = args.files.length === 1;
  try {
    for (const file of args.files) {
      const result = await reader.read(file);
      if ('error' in result) failed++;
      out(formatResult(result, single, args.pretty));
    }
  } finally {
    await reader.close();
  }
  return failed ? 1 : 0;
}
