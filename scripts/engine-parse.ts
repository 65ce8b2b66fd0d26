/**
 * Dev tool: print the Filing the engine reads from a PDF (and, with --prov,
 * the provenance). Usage: npx tsx scripts/engine-parse.ts FILE.pdf [--prov]
 */
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPositionedText, type PdfjsModule } from '../src/core/pdf/extract';
import { readForm } from '../src/core/form/read-form';

async function main(): Promise<void> {
  const [file, flag] = process.argv.slice(2);
  if (!file) throw new Error('usage: engine-parse FILE.pdf [--prov]');
  const text = await extractPositionedText(pdfjs as unknown as PdfjsModule, new Uint8Array(readFileSync(file)));
  const { filing, provenance } = readForm(text);
  console.log(JSON.stringify(flag === '--prov' ? { filing, provenance } : filing, null, 2));
}

void main();
