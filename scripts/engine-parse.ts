/**
 * Dev tool: print the Filing the engine reads from a PDF (with --prov, the
 * provenance too), or with a folder and --out DIR write one JSON per PDF.
 * Usage: npx tsx scripts/engine-parse.ts FILE.pdf [--prov]
 *        npx tsx scripts/engine-parse.ts DIR --out OUTDIR
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { extractPositionedText } from '../src/core/pdf/extract';
import { readForm } from '../src/core/form/read-form';

async function parse(file: string, withProvenance: boolean): Promise<string> {
  const text = await extractPositionedText(nodePdfjs, new Uint8Array(readFileSync(file)), nodeExtractOptions);
  const { filing, provenance } = readForm(text);
  return JSON.stringify(withProvenance ? { filing, provenance } : filing, null, 2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const target = args[0];
  if (!target) throw new Error('usage: engine-parse FILE.pdf [--prov] | DIR --out OUTDIR');
  const outAt = args.indexOf('--out');
  if (statSync(target).isDirectory()) {
    const out = args[outAt + 1];
    if (outAt < 0 || !out) throw new Error('a folder needs --out OUTDIR');
    for (const name of readdirSync(target).filter((f) => f.endsWith('.pdf'))) {
      writeFileSync(join(out, `${basename(name, '.pdf')}.json`), await parse(join(target, name), false));
    }
    return;
  }
  console.log(await parse(target, args.includes('--prov')));
}

void main();
