/** Runs the CLI's logic in-process (it still reads in its own worker thread) and parses what it prints. */
import { join } from 'node:path';
import { runCli } from '../../../src/cli/cli';

export const GOOD_PDF = join(import.meta.dirname, '../../fixtures/cli/rklb-form4-saintil-2022-06-27.pdf');
export const PASSWORD_PDF = join(import.meta.dirname, '../../fixtures/bad/password.pdf');

export interface CliLine {
  file: string;
  documentType?: string;
  issuer?: { tradingSymbol: string | null };
  error?: { code: string; message: string };
  [field: string]: unknown;
}

export async function runCliLines(
  argv: string[],
): Promise<{ status: number; lines: CliLine[]; errors: string[] }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const status = await runCli(
    argv,
    (line) => lines.push(line),
    (line) => errors.push(line),
  );
  return { status, lines: lines.map((line) => JSON.parse(line) as CliLine), errors };
}
