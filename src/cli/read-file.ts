/**
 * One file, read and parsed the way the CLI does it (inside the reader
 * thread): every outcome is a FileResult, never an exception, and the
 * password messages say how to give a password on the command line.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ParseFailure, toParseError, type ParseError, type ParseErrorCode } from '../core/errors';
import type { Filing } from '../core/filing';
import { parseBytes } from '../core/parse-file';
import type { ExtractOptions } from '../core/pdf/extract';
import { nodeExtractOptions, nodePdfjs } from './pdfjs-node';
import type { FileResult } from './protocol';

export async function readAndParse(path: string, password?: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err);
    return { file: path, error: { code: 'unreadable-file', message: `Cannot read ${path}: ${reason}.` } };
  }
  const name = basename(path);
  try {
    return { file: path, filing: await parseWithPassword(bytes, name, password) };
  } catch (err) {
    return { file: path, error: forCommandLine(toParseError(err), name) };
  }
}

/** Only the Filing is printed: the PDF's producer (metadata) is not read. */
const CLI_OPTIONS: ExtractOptions = { ...nodeExtractOptions, readProducer: false };

/**
 * The password is tried only when the PDF asks for one: most issuer-site PDFs
 * are encrypted with an empty password, which pdf.js would not try once it
 * is given another, so `--password` for a batch would otherwise break them.
 */
async function parseWithPassword(bytes: Uint8Array, name: string, password?: string): Promise<Filing> {
  try {
    return (await parseBytes(nodePdfjs, bytes, name, CLI_OPTIONS)).filing;
  } catch (err) {
    const asksForOne = err instanceof ParseFailure && err.code === 'password-required';
    if (password === undefined || !asksForOne) throw err;
    return (await parseBytes(nodePdfjs, bytes, name, { ...CLI_OPTIONS, password })).filing;
  }
}

/** The engine's password messages speak of a form field; on the command line it is an option. */
const COMMAND_LINE_MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  'password-required':
    'This PDF is protected by a password: use --password PASSWORD to open it (the password is used only to read the file).',
  'wrong-password': 'The password given with --password does not open this PDF. Check it and try again.',
};

function forCommandLine(error: ParseError, name: string): ParseError {
  const message = COMMAND_LINE_MESSAGES[error.code];
  return message ? { code: error.code, message: `${name}: ${message}` } : error;
}
