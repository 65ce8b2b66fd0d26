/**
 * Print ownership filings as the official form, the way EDGAR's page prints
 * from a browser: XML (or SGML submission) → Filing → form view → PDF in
 * headless Chromium, one browser for all files.
 *
 *   npx tsx scripts/render-print.ts [--paper Letter|A4] [--landscape] [--scale 0.7]
 *                                   [--out DIR] [--html] FILE...
 *
 * Writes DIR/<name>.pdf per file (and <name>.html with --html); DIR defaults to ".".
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readOwnershipXml } from '../src/core/xml/read-xml';
import {
  FormPrinter,
  formPageHtml,
  printOptionsLabel,
  type Paper,
  type PrintOptions,
} from './lib/print-forms';

const USAGE =
  'usage: tsx scripts/render-print.ts [--paper Letter|A4] [--landscape] [--scale 0.1-2] [--out DIR] [--html] FILE...';

function printOptionsFrom(values: { paper?: string; landscape?: boolean; scale?: string }): PrintOptions {
  const paper = values.paper ?? 'Letter';
  if (paper !== 'Letter' && paper !== 'A4') throw new Error(`--paper must be Letter or A4, not ${paper}`);
  const scale = Number(values.scale ?? '1');
  if (!(scale >= 0.1 && scale <= 2))
    throw new Error(`--scale must be between 0.1 and 2, not ${values.scale}`);
  return { paper: paper as Paper, landscape: values.landscape ?? false, scale };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      paper: { type: 'string' },
      landscape: { type: 'boolean' },
      scale: { type: 'string' },
      out: { type: 'string' },
      html: { type: 'boolean' },
    },
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let options: PrintOptions;
  try {
    options = printOptionsFrom(values);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const outDir = values.out ?? '.';
  mkdirSync(outDir, { recursive: true });
  const printer = await FormPrinter.open(2);
  let failures = 0;
  try {
    await Promise.all(
      positionals.map(async (file) => {
        try {
          const page = formPageHtml(readOwnershipXml(readFileSync(file, 'utf8')));
          const name = basename(file, extname(file));
          const printed = await printer.printHtml(page, options);
          writeFileSync(join(outDir, `${name}.pdf`), printed.pdf);
          if (values.html) writeFileSync(join(outDir, `${name}.html`), page);
          const shrunk = printed.overflowPx > 0 ? ` (shrunk to fit: ${printed.overflowPx}px too wide)` : '';
          console.log(`${file} → ${join(outDir, `${name}.pdf`)} [${printOptionsLabel(options)}]${shrunk}`);
        } catch (err) {
          failures++;
          console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }),
    );
  } finally {
    await printer.close();
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
