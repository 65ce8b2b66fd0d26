/**
 * Share-link sizes for real filings: every PDF in ../shared/corpus/ir-pdfs
 * (read by the same core as the app) and every ownership XML under
 * ../shared/corpus/xml, as the fragment length after "#" and the whole link
 * under a typical GitHub Pages address. Prints a summary and the filings over
 * the ~8 KB soft limit. `npx tsx scripts/share-link-sizes.ts [--pdf-only|--xml-only]`
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import type { Filing } from '../src/core/filing';
import { parseBytes } from '../src/core/parse-file';
import { SHARE_LINK_SOFT_LIMIT, encodeShareFragment } from '../src/core/share/share-link';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
/** A realistic published address: GitHub Pages under a repository name. */
const EXAMPLE_PAGE = 'https://example.github.io/form4-reader/';

interface Measured {
  file: string;
  json: number;
  link: number;
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, keep));
    else if (keep(name)) found.push(path);
  }
  return found;
}

async function measure(path: string): Promise<Measured | null> {
  let filing: Filing;
  try {
    filing = (await parseBytes(nodePdfjs, new Uint8Array(readFileSync(path)), path, nodeExtractOptions))
      .filing;
  } catch {
    return null; // not a readable filing (corpus holds a few on purpose); the app says so instead of sharing
  }
  const fragment = await encodeShareFragment(filing);
  return {
    file: relative(CORPUS, path),
    json: JSON.stringify(filing).length,
    link: EXAMPLE_PAGE.length + 1 + fragment.length,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(label: string, rows: Measured[]): void {
  const links = rows.map((r) => r.link).sort((a, b) => a - b);
  const over = rows.filter((r) => r.link > SHARE_LINK_SOFT_LIMIT).sort((a, b) => b.link - a.link);
  console.log(
    `${label}: ${rows.length} filings; link length min ${links[0]}, median ${percentile(links, 50)}, ` +
      `p95 ${percentile(links, 95)}, max ${links[links.length - 1]} characters; ` +
      `${over.length} over ${SHARE_LINK_SOFT_LIMIT}`,
  );
  for (const row of over.slice(0, 10)) console.log(`  over: ${row.file} link ${row.link} (JSON ${row.json})`);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only !== '--xml-only') {
    const pdfs = filesUnder(join(CORPUS, 'ir-pdfs'), (n) => n.endsWith('.pdf'));
    report(
      'ir-pdfs',
      (await Promise.all(pdfs.map(measure))).filter((m): m is Measured => m !== null),
    );
  }
  if (only !== '--pdf-only') {
    const xmls = filesUnder(join(CORPUS, 'xml'), (n) => /\.(xml|txt|nc)$/.test(n));
    const measured: Measured[] = [];
    for (const path of xmls) {
      const m = await measure(path);
      if (m) measured.push(m);
    }
    report('xml', measured);
  }
}

await main();
