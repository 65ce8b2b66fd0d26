/**
 * Shared by the bad-input tests: read a fixture, parse it the way the CLI
 * does (Node pdf.js, standard fonts), and check a failure is the typed one
 * with a message that names the file and says what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { ParseFailure, type ParseErrorCode } from '../../../src/core/errors';
import { parseBytes, type ParseOutput } from '../../../src/core/parse-file';
import type { ExtractOptions } from '../../../src/core/pdf/extract';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/bad');
export const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');
export const hasCorpus = existsSync(CORPUS);
/** The corpus Form 4 most bad PDFs were made from (see test/fixtures/bad/README.md). */
export const SOURCE_PDF = join(CORPUS, 'ir-pdfs/84c18877-143a-448a-a981-90d3e6485522.pdf');

export const readFixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

export function parse(bytes: Uint8Array, fileName: string, opts: ExtractOptions = {}): Promise<ParseOutput> {
  return parseBytes(nodePdfjs, bytes, fileName, { ...nodeExtractOptions, ...opts });
}

/** Words that start the "what to do" part of our messages. */
const SAYS_WHAT_TO_DO = /\b(download|choose|open|enter|use|check|try|get it|save it|report it)\b/i;

/** Parses and returns the failure, asserting it is typed, coded, named and actionable. */
export async function expectFailure(
  bytes: Uint8Array,
  fileName: string,
  code: ParseErrorCode,
  opts: ExtractOptions = {},
): Promise<ParseFailure> {
  const error: unknown = await parse(bytes, fileName, opts).then(
    (out) => new Error(`expected ${code}, but it read a Form ${out.filing.documentType}`),
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ParseFailure);
  const failure = error as ParseFailure;
  expect({ code: failure.code, message: failure.message }).toMatchObject({ code });
  expect(failure.message.startsWith(`${fileName}: `)).toBe(true);
  expect(failure.message).toMatch(SAYS_WHAT_TO_DO);
  return failure;
}
