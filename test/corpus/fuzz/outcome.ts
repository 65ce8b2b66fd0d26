/**
 * Runs one mutated file through parseBytes and says whether the outcome is
 * allowed: a Filing that keeps the contract, or one of our typed failures
 * about the file. An
 * 'internal' failure (our bug), any other exception, or no answer within a
 * generous bound (a hang detector, not a speed check) is an offence.
 */
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { ParseFailure, type ParseErrorCode } from '../../../src/core/errors';
import type { Filing } from '../../../src/core/filing';
import { parseBytes } from '../../../src/core/parse-file';
import { restoreFiling } from '../../../src/core/restore';

/**
 * Codes that describe the file: what a damaged or hostile input may honestly get.
 * Not 'timeout': the CLI's watchdog firing on a mutant means a runaway parse, an offence here.
 */
export const FILE_CODES: readonly ParseErrorCode[] = [
  'not-pdf',
  'empty-file',
  'damaged-pdf',
  'password-required',
  'wrong-password',
  'not-ownership-form',
  'no-text-layer',
  'too-large',
  'malformed-xml',
  'forbidden-xml',
];

/** Far above any real parse (~0.1 s); only a hang or runaway reaches it. */
export const HANG_BOUND_MS = 30_000;

export type Outcome = { ok: true; result: string } | { ok: false; problem: string };

export async function parseOutcome(bytes: Uint8Array, fileName: string): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG_BOUND_MS);
  });
  try {
    const result = await Promise.race([parseBytes(nodePdfjs, bytes, fileName, nodeExtractOptions), hang]);
    if (result === 'hang') return { ok: false, problem: `no answer within ${HANG_BOUND_MS} ms` };
    return checkFiling(result.filing);
  } catch (err) {
    return classifyError(err, fileName);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A filing read from any bytes must keep the contract: it passes the same
 * validation as an untrusted Filing from a share link, with nothing repaired.
 */
export function checkFiling(filing: Filing): Outcome {
  const restored = restoreFiling(JSON.parse(JSON.stringify(filing)));
  if (!restored.ok) return { ok: false, problem: `filing breaks the contract: ${restored.error.message}` };
  if (restored.repaired.length)
    return { ok: false, problem: `filing needed repair: ${restored.repaired.join('; ')}` };
  return { ok: true, result: `Form ${filing.documentType}` };
}

export function classifyError(err: unknown, fileName: string): Outcome {
  if (!(err instanceof ParseFailure))
    return { ok: false, problem: `untyped exception escaped: ${String(err)}` };
  if (!FILE_CODES.includes(err.code)) return { ok: false, problem: `${err.code}: ${err.message}` };
  if (!err.message.startsWith(`${fileName}: `))
    return { ok: false, problem: `message without file name: ${err.message}` };
  return { ok: true, result: err.code };
}
