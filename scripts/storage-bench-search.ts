/**
 * Measures the library's data layer on realistic data, once (a script, not a
 * test): every ownership XML in ../shared/corpus/xml is read into a Filing,
 * records are made from them and repeated with distinct ids and dates up to
 * 10,000, then: validating and summarizing them all (what list() does once
 * for a library kept before summaries were stored),
 * building the search index, and a set of typical queries. Also share-link
 * sizes for every corpus filing against the 8 KiB soft limit.
 * Usage: npx tsx scripts/storage-bench-search.ts [count]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Filing } from '../src/core/filing';
import type { LibraryRecord } from '../src/core/library/record';
import { restoreRecord } from '../src/core/library/restore-record';
import { buildSummaryIndex, queryLibrary, type LibraryQuery } from '../src/core/library/search';
import { summarize } from '../src/core/library/summary';
import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LINK_SOFT_LIMIT,
} from '../src/core/share/share-link';
import { readOwnershipXml } from '../src/core/xml/read-xml';

const CORPUS_XML = join(import.meta.dirname, '../../shared/corpus/xml');
const COUNT = Number(process.argv[2] ?? 10_000);

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return xmlFiles(path);
    return /\.(xml|txt)$/i.test(name) ? [path] : [];
  });
}

function readCorpus(): { name: string; filing: Filing }[] {
  const filings: { name: string; filing: Filing }[] = [];
  for (const path of xmlFiles(CORPUS_XML)) {
    try {
      filings.push({
        name: path.slice(CORPUS_XML.length + 1),
        filing: readOwnershipXml(readFileSync(path, 'utf8')),
      });
    } catch {
      // Not an ownership document (or one the reader refuses): not part of this measurement.
    }
  }
  return filings;
}

/** Distinct ids and added dates, spread over three years, so sorting has real work to do. */
function makeRecords(filings: { name: string; filing: Filing }[], count: number): LibraryRecord[] {
  const start = Date.parse('2022-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const { name, filing } = filings[i % filings.length];
    return {
      recordVersion: 1,
      id: (i * 2654435761).toString(16).padStart(64, '0').slice(-64),
      fileName: name.split('/').pop() ?? name,
      fileType: 'xml',
      byteLength: 10_000,
      addedAt: new Date(start + ((i * 7_919_000) % 94_608_000_000)).toISOString(),
      filing: structuredClone(filing),
    };
  });
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const QUERIES: [string, LibraryQuery][] = [
  ['everything, newest added first', {}],
  ['free text, two words', { text: 'common stock' }],
  ['free text, no match', { text: 'zzzz qqqq' }],
  ['owner part', { owner: 'buffett' }],
  ['issuer part + sort by date', { issuer: 'inc', sort: 'date' }],
  ['ticker', { ticker: 'MSFT' }],
  [
    'Form 4/4A + code S + date range, sort issuer',
    {
      formTypes: ['4', '4/A'],
      transactionCode: 'S',
      dateFrom: '2015-01-01',
      dateTo: '2020-12-31',
      sort: 'issuer',
    },
  ],
  ['sort by owner', { sort: 'owner' }],
];

async function shareSizes(filings: { filing: Filing }[]) {
  const lengths: number[] = [];
  let failures = 0;
  for (const { filing } of filings) {
    const fragment = await encodeShareFragment(filing);
    const back = await decodeShareFragment(fragment);
    if (!back.ok) failures++;
    lengths.push(fragment.length);
  }
  return { lengths, failures };
}

async function main() {
  const filings = readCorpus();
  console.log(`corpus: ${filings.length} ownership XML filings read`);
  const records = makeRecords(filings, COUNT);
  const stored = records.map((record) => JSON.parse(JSON.stringify(record)) as unknown);

  const restored = time(() => stored.map((value) => restoreRecord(value)));
  const failed = restored.value.filter((r) => !r.ok).length;
  console.log(`restoreRecord × ${COUNT}: ${restored.ms.toFixed(0)} ms (${failed} rejected)`);
  const summaries = time(() => records.map(summarize));
  console.log(`summarize × ${COUNT}: ${summaries.ms.toFixed(0)} ms`);
  const index = time(() => buildSummaryIndex(summaries.value));
  console.log(`buildSummaryIndex × ${COUNT}: ${index.ms.toFixed(0)} ms`);

  for (const [label, query] of QUERIES) {
    const runs = Array.from({ length: 7 }, () => time(() => queryLibrary(index.value, query)));
    const ms = runs.map((r) => r.ms);
    console.log(
      `query ${label}: ${runs[0].value.length} hits, median ${median(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`,
    );
  }

  const share = await shareSizes(filings);
  const sorted = [...share.lengths].sort((a, b) => a - b);
  const over = sorted.filter((n) => n > SHARE_LINK_SOFT_LIMIT - 100).length;
  console.log(
    `share fragments for ${sorted.length} corpus filings: median ${median(sorted)} chars, ` +
      `90th pct ${sorted[Math.floor(sorted.length * 0.9)]}, max ${sorted.at(-1)}; ` +
      `${over} would push a link over ${SHARE_LINK_SOFT_LIMIT}; ${share.failures} failed to round-trip`,
  );
}

await main();
