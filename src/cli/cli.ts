/**
 * The command-line parser's logic, over the same core as the app:
 *   npm run --silent parse -- [--pretty] FILE...
 * One file prints one Filing JSON object; several print one object per line,
 * each with a "file" key. A file that cannot be read prints
 * {"file", "error": {code, message}}; the others go on; exit status 1 if any failed.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { toParseError, type ParseError } from '../core/errors';
import type { Filing } from '../core/filing';
import { parseBytes } from '../core/parse-file';
import { nodeExtractOptions, nodePdfjs } from './pdfjs-node';

interface CliArgs {
  pretty: boolean;
  files: string[];
}

const USAGE =
  'Usage: npm run --silent parse -- [--pretty] FILE...\nReads SEC Form 3/4/5 PDFs or ownership XML.';

export function parseArgs(argv: string[]): CliArgs | { usage: string } {
  const files: string[] = [];
  let pretty = false;
  for (const arg of argv) {
    if (arg === '--pretty') pretty = true;
    else if (arg === '--help' || arg === '-h') return { usage: USAGE };
    else if (arg.startsWith('--') && !files.length && arg !== '--')
      return { usage: `Unknown option ${arg}\n${USAGE}` };
    else if (arg !== '--') files.push(arg);
  }
  return files.length ? { pretty, files } : { usage: USAGE };
}

export type FileResult = { file: string; filing: Filing } | { file: string; error: ParseError };

export async function parseFile(path: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err);
    return { file: path, error: { code: 'unreadable-file', message: `Cannot read ${path}: ${reason}.` } };
  }
  try {
    const out = await parseBytes(nodePdfjs, bytes, basename(path), nodeExtractOptions);
    return { file: path, filing: out.filing };
  } catch (err) {
    return { file: path, error: toParseError(err) };
  }
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
  let failed = 0;
  const single = args.files.length === 1;
  for (const file of args.files) {
    const result = await parseFile(file);
    if ('error' in result) failed++;
    out(formatResult(result, single, args.pretty));
  }
  return failed ? 1 : 0;
}
