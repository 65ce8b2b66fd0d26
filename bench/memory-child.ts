/**
 * Run by the memory section in its own process (node --expose-gc --import tsx):
 * reads the given PDFs one after another through parseBytes and prints the
 * process's peak resident memory, and the JS heap still in use after a
 * garbage collection once the first and once the last file is done (equal
 * means nothing is kept between files). Nothing of the bench itself counts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { parseBytes } from '../src/core/parse-file';

const MB = 1024 * 1024;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

function liveHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / MB;
}

async function main(files: string[]): Promise<void> {
  const baselinePeakMb = peakMb();
  let failed = 0;
  let afterFirstHeapMb = 0;
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(readFileSync(file));
    await parseBytes(nodePdfjs, bytes, basename(file), nodeExtractOptions).catch(() => failed++);
    if (i === 0) afterFirstHeapMb = liveHeapMb();
  }
  const afterLastHeapMb = liveHeapMb();
  console.log(
    JSON.stringify({
      files: files.length,
      failed,
      baselinePeakMb,
      peakMb: peakMb(),
      afterFirstHeapMb,
      afterLastHeapMb,
    }),
  );
}

void main(process.argv.slice(2));
