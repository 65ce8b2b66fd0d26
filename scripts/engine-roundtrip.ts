/**
 * Dev tool: XML → form view → Chromium PDF (same cache as the round-trip
 * test) → engine, for a few filings, printing each field that differs. The
 * printed PDFs are copied to OUTDIR to look at with engine-dump.
 * Usage: npx tsx scripts/engine-roundtrip.ts [--a4] [--landscape] [--scale 0.7] OUTDIR XML...
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { parseBytes } from '../src/core/parse-file';
import { readOwnershipXml } from '../src/core/xml/read-xml';
import { DEFAULT_PRINT, formPageHtml } from './lib/print-forms';
import { filingDiffs } from '../test/corpus/roundtrip/field-diff';
import { PrintCache } from '../test/corpus/roundtrip/print-cache';
import { writeFileSync } from 'node:fs';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = { ...DEFAULT_PRINT };
  if (args.includes('--a4')) options.paper = 'A4';
  if (args.includes('--landscape')) options.landscape = true;
  const scaleAt = args.indexOf('--scale');
  if (scaleAt >= 0) options.scale = Number(args[scaleAt + 1]);
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scale');
  const [out, ...files] = positional;
  if (!out || files.length === 0)
    throw new Error('usage: engine-roundtrip [--a4] [--landscape] [--scale S] OUTDIR XML...');
  mkdirSync(out, { recursive: true });
  const cache = new PrintCache(options);
  try {
    for (const file of files) {
      const expected = readOwnershipXml(readFileSync(file, 'utf8'));
      const { pdf } = await cache.print(formPageHtml(expected));
      const name = `${basename(dirname(file))}-${basename(file, '.xml')}`;
      writeFileSync(join(out, `${name}.pdf`), pdf);
      const { filing } = await parseBytes(nodePdfjs, pdf, name, nodeExtractOptions);
      const diffs = filingDiffs(expected, filing);
      const codes = filing.warnings.map((w) => w.code).join(', ');
      console.log(`${name}: ${diffs.length} differences${codes ? `; warnings: ${codes}` : ''}`);
      for (const d of diffs.slice(0, 12))
        console.log(`  ${d.path}: expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.actual)}`);
    }
  } finally {
    await cache.close();
  }
}

void main();
