/** The benchmark's inputs: real filings from ../shared/corpus/ir-pdfs, by page count. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../../src/cli/pdfjs-node';

export const ROOT = join(import.meta.dirname, '../..');
export const CORPUS = join(ROOT, '../shared/corpus');
export const IR_PDFS = join(CORPUS, 'ir-pdfs');

export interface BenchFile {
  path: string;
  name: string;
  bytes: Uint8Array;
  pages: number;
}

export function corpusMissing(): string | null {
  return existsSync(IR_PDFS) ? null : `no corpus at ${IR_PDFS}`;
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const task = nodePdfjs.getDocument({ ...nodeExtractOptions, data: bytes.slice(), isEvalSupported: false });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

/** Every ir-pdfs filing, sorted by name, with its page count. */
export async function irPdfs(): Promise<BenchFile[]> {
  const names = readdirSync(IR_PDFS)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const files: BenchFile[] = [];
  for (const name of names) {
    const path = join(IR_PDFS, name);
    const bytes = new Uint8Array(readFileSync(path));
    files.push({ path, name, bytes, pages: await pageCount(bytes) });
  }
  return files;
}

/** The "1-3 page filing": the common case a person drops. */
export const isShortFiling = (f: BenchFile) => f.pages >= 1 && f.pages <= 3;
