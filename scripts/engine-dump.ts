/**
 * Dev tool: print a PDF's positioned words grouped into lines, to see what the
 * engine sees. Usage: npx tsx scripts/engine-dump.ts FILE.pdf [maxPages]
 */
import { readFileSync } from 'node:fs';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { extractPositionedText } from '../src/core/pdf/extract';
import { groupLines } from '../src/core/layout/lines';

async function main(): Promise<void> {
  const [file, maxPagesArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: engine-dump FILE.pdf [maxPages]');
  const text = await extractPositionedText(nodePdfjs, new Uint8Array(readFileSync(file)), {
    ...nodeExtractOptions,
    maxPages: maxPagesArg ? Number(maxPagesArg) : undefined,
  });
  console.log(
    `producer: ${text.producer ?? '?'}; pages: ${text.pages.map((p) => `${p.width}x${p.height}`).join(', ')}`,
  );
  for (const line of groupLines(text.words)) {
    const cells = line.words.map((w) => `${w.text}@${w.x0.toFixed(0)}-${w.x1.toFixed(0)}`).join(' ');
    console.log(`p${line.page} ${line.top.toFixed(1)} s${line.size.toFixed(1)}: ${cells}`);
  }
}

void main();
