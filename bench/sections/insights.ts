/**
 * The library insights at library scale: 10,000 filings built from every
 * ownership XML in ../shared/corpus/xml (each filing copied, so no two entries
 * share objects), then totals by issuer and person (aggregateLibrary), one
 * insider's holdings over time (holdingsTimeline, Elon Musk at Tesla: the
 * busiest history in the corpus), its SVG chart, and the per-filing insights.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  aggregateLibrary,
  createIdentityResolver,
  filingInsights,
  holdingsChartSvg,
  holdingsTimeline,
  type LibraryEntry,
} from '../../src/core/insights';
import { readOwnershipXml } from '../../src/core/xml/read-xml';
import { CORPUS } from '../lib/corpus';
import type { BenchOptions, BenchSection, SectionResult } from '../lib/section';
import { median, round } from '../lib/stats';

const XML_DIR = join(CORPUS, 'xml');
const LIBRARY_SIZE = 10_000;

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return xmlFiles(path);
      return /\.(xml|txt|nc)$/.test(name) ? [path] : [];
    });
}

function library(): LibraryEntry[] {
  const filings = xmlFiles(XML_DIR).map((path) => readOwnershipXml(readFileSync(path, 'utf8')));
  return Array.from({ length: LIBRARY_SIZE }, (_, i) => ({
    id: String(i),
    filing: structuredClone(filings[i % filings.length]!),
  }));
}

function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export const insights: BenchSection = {
  id: 'insights',
  title: 'Library insights over 10,000 filings',
  async run(options: BenchOptions): Promise<SectionResult> {
    if (!existsSync(XML_DIR)) return { rows: [], skipped: `no corpus at ${XML_DIR}` };
    const entries = library();
    const resolver = createIdentityResolver(entries.map((entry) => entry.filing));
    const musk = entries.find((entry) => entry.filing.issuer.tradingSymbol === 'TSLA')!.filing;
    const who = {
      ownerKey: resolver.ownerKey(musk.reportingOwners[0]!),
      issuerKey: resolver.issuerKey(musk),
    };
    const rounds = options.quick ? 3 : 9;
    const samples = {
      aggregate: [] as number[],
      timeline: [] as number[],
      chart: [] as number[],
      perFiling: [] as number[],
    };
    let points = 0;
    // One untimed round first: the first calls pay for compiling the code, not for the work.
    aggregateLibrary(entries);
    holdingsChartSvg(holdingsTimeline(entries, who));
    for (let round = 0; round < rounds; round++) {
      samples.aggregate.push(timeMs(() => aggregateLibrary(entries)));
      const timeline = holdingsTimeline(entries, who);
      samples.timeline.push(timeMs(() => holdingsTimeline(entries, who)));
      samples.chart.push(timeMs(() => holdingsChartSvg(timeline)));
      samples.perFiling.push(
        (timeMs(() => entries.forEach((entry) => filingInsights(entry.filing))) / entries.length) * 1000,
      );
      points = timeline.series.reduce((sum, series) => sum + series.points.length, 0);
    }
    const rows = entries.reduce(
      (sum, { filing }) =>
        sum + filing.nonDerivativeTransactions.length + filing.derivativeTransactions.length,
      0,
    );
    return {
      rows: [
        {
          metric: 'aggregateLibrary, 10,000 filings',
          value: round(median(samples.aggregate)),
          unit: 'ms',
          target: { op: '<=', limit: 500 },
          note: `${rows} transaction rows`,
        },
        {
          metric: 'holdingsTimeline, one insider',
          value: round(median(samples.timeline)),
          unit: 'ms',
          target: { op: '<=', limit: 500 },
          note: `${points} points`,
        },
        { metric: 'holdingsChartSvg of that timeline', value: round(median(samples.chart)), unit: 'ms' },
        { metric: 'filingInsights per filing', value: round(median(samples.perFiling)), unit: 'µs' },
      ],
      details: { rounds, librarySize: LIBRARY_SIZE, samples },
    };
  },
};
