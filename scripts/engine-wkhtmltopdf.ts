/**
 * Dev tool: the round trip through a producer other than Chromium. Each
 * ownership XML's form view (the EDGAR layout) is printed by wkhtmltopdf
 * (Qt WebKit: `apt-get install wkhtmltopdf`) or, with --weasyprint, by
 * WeasyPrint (`apt-get install weasyprint`), read back by the engine and
 * compared field by field with the XML. Qt breaks table rows across pages
 * and draws the line on the break on both pages, which Chromium never does;
 * WeasyPrint squeezes narrow columns until labels break inside words.
 *
 *   npx tsx scripts/engine-wkhtmltopdf.ts [--weasyprint] [--keep OUTDIR] [XML or folder…]
 *
 * Without paths it sweeps ../shared/corpus/xml. --keep copies each printed
 * PDF that differs to OUTDIR as wk-<folder>.pdf (how the wk-* engine fixtures
 * were made).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ownershipFiles, roundTrips, type RoundTrip } from '../test/corpus/roundtrip/run-roundtrip';
import type { PrintCache } from '../test/corpus/roundtrip/print-cache';
import { readOwnershipXml } from '../src/core/xml/read-xml';
import { formPageHtml } from './lib/print-forms';

const CORPUS = join(import.meta.dirname, '../../shared/corpus/xml');

/** Prints page HTML with wkhtmltopdf or WeasyPrint; the same `print` the round trip asks of its Chromium cache. */
class OtherPrinter {
  private readonly dir = mkdtempSync(join(tmpdir(), 'other-printer-'));
  private count = 0;
  readonly printed = new Map<string, Uint8Array>();

  constructor(private readonly command: 'wkhtmltopdf' | 'weasyprint') {}

  async print(html: string): Promise<{ pdf: Uint8Array; fromCache: boolean }> {
    const name = join(this.dir, `form-${this.count++}`);
    writeFileSync(`${name}.html`, html);
    execFileSync(this.command, ['--quiet', `${name}.html`, `${name}.pdf`], { stdio: 'ignore' });
    const pdf = new Uint8Array(readFileSync(`${name}.pdf`));
    this.printed.set(html, pdf);
    return Promise.resolve({ pdf, fromCache: false });
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function describe(r: RoundTrip): string {
  if (r.printError || r.parseError) return `${r.file}: ${r.printError ?? r.parseError}`;
  const shown = r.diffs
    .slice(0, 4)
    .map((d) => `${d.path}: ${JSON.stringify(d.expected)} → ${JSON.stringify(d.actual)}`);
  return `${r.file}: ${r.diffs.length} differences; ${shown.join(' | ')}`;
}

async function main(): Promise<void> {
  const weasyprint = process.argv.includes('--weasyprint');
  const args = process.argv.slice(2).filter((a) => a !== '--weasyprint');
  const keepAt = args.indexOf('--keep');
  const keep = keepAt >= 0 ? args[keepAt + 1] : undefined;
  const paths = keepAt < 0 ? args : args.filter((_, i) => i !== keepAt && i !== keepAt + 1);
  const files = (paths.length ? paths : [CORPUS]).flatMap((p) =>
    statSync(p).isDirectory() ? ownershipFiles(p) : [p],
  );
  const printer = new OtherPrinter(weasyprint ? 'weasyprint' : 'wkhtmltopdf');
  try {
    const results = await roundTrips(files, CORPUS, printer as unknown as PrintCache, 2);
    const differing = results.filter((r) => r.printError || r.parseError || r.diffs.length > 0);
    for (const r of differing) {
      console.log(describe(r));
      if (keep && !r.printError) {
        const html = formPageHtml(readOwnershipXml(readFileSync(join(CORPUS, r.file), 'utf8')));
        const pdf = printer.printed.get(html);
        if (pdf) writeFileSync(join(keep, `wk-${basename(dirname(r.file))}.pdf`), pdf);
      }
    }
    console.log(`exact: ${results.length - differing.length} of ${results.length} filings`);
  } finally {
    printer.close();
  }
}

void main();
