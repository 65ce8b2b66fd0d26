/**
 * One round trip per ownership file: XML → Filing → form view HTML → PDF
 * printed by Chromium (cached) → parseBytes (pdf.js legacy build + the form
 * engine) → Filing, compared field by field with the XML's Filing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { toParseError } from '../../../src/core/errors';
import type { Filing } from '../../../src/core/filing';
import { parseBytes } from '../../../src/core/parse-file';
import { extractPositionedText } from '../../../src/core/pdf/extract';
import type { PositionedText } from '../../../src/core/words';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import { formPageHtml } from '../../../scripts/lib/print-forms';
import { filingDiffs, type FieldDiff } from './field-diff';
import type { PrintCache } from './print-cache';

export interface RoundTrip {
  /** Path relative to the corpus folder. */
  file: string;
  documentType: string | null;
  /** XML → HTML → PDF failed (the part that must always work). */
  printError: string | null;
  /** The engine could not read the printed PDF ("code: message"). */
  parseError: string | null;
  diffs: FieldDiff[];
  /** Words of the printed PDF lying (partly) outside their page: cut off. */
  wordsOffPage: number;
  pages: number;
  fromCache: boolean;
}

export function ownershipFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ownershipFiles(path);
      return /\.(xml|txt|nc)$/.test(name) ? [path] : [];
    });
}

const PAGE_EDGE_TOLERANCE = 0.5;

function wordsOffPage(text: PositionedText): number {
  const pages = new Map(text.pages.map((page) => [page.page, page]));
  return text.words.filter((word) => {
    const page = pages.get(word.page);
    if (!page) return true;
    const within = (value: number, limit: number) =>
      value >= -PAGE_EDGE_TOLERANCE && value <= limit + PAGE_EDGE_TOLERANCE;
    return !(
      within(word.x0, page.width) &&
      within(word.x1, page.width) &&
      within(word.top, page.height) &&
      within(word.bottom, page.height)
    );
  }).length;
}

function message(err: unknown): string {
  const parsed = toParseError(err);
  return `${parsed.code}: ${parsed.message}`;
}

async function readBack(
  pdf: Uint8Array,
  name: string,
  expected: Filing,
): Promise<Pick<RoundTrip, 'parseError' | 'diffs' | 'wordsOffPage' | 'pages'>> {
  try {
    const output = await parseBytes(nodePdfjs, pdf, name, nodeExtractOptions);
    const text = output.text;
    return {
      parseError: null,
      diffs: filingDiffs(expected, output.filing),
      wordsOffPage: text ? wordsOffPage(text) : 0,
      pages: text?.pages.length ?? 0,
    };
  } catch (err) {
    const text = await extractPositionedText(nodePdfjs, pdf, nodeExtractOptions);
    return {
      parseError: message(err),
      diffs: [],
      wordsOffPage: wordsOffPage(text),
      pages: text.pages.length,
    };
  }
}

export async function roundTrip(path: string, corpusDir: string, cache: PrintCache): Promise<RoundTrip> {
  const file = relative(corpusDir, path);
  const result: RoundTrip = {
    file,
    documentType: null,
    printError: null,
    parseError: null,
    diffs: [],
    wordsOffPage: 0,
    pages: 0,
    fromCache: false,
  };
  let expected: Filing;
  let printed: Uint8Array;
  try {
    expected = readOwnershipXml(readFileSync(path, 'utf8'));
    result.documentType = expected.documentType;
    const cached = await cache.print(formPageHtml(expected));
    printed = cached.pdf;
    result.fromCache = cached.fromCache;
  } catch (err) {
    return { ...result, printError: message(err) };
  }
  return { ...result, ...(await readBack(printed, `${file}.pdf`, expected)) };
}

/** Round trips for all files, `parallel` at a time (printing and pdf.js reading overlap). */
export async function roundTrips(
  paths: readonly string[],
  corpusDir: string,
  cache: PrintCache,
  parallel = 2,
): Promise<RoundTrip[]> {
  const results: RoundTrip[] = new Array<RoundTrip>(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      results[index] = await roundTrip(paths[index] ?? '', corpusDir, cache);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
