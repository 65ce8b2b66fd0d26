/**
 * The insight functions over every ownership XML in ../shared/corpus/xml:
 * they run on all of them, their totals add up, and the few things they flag
 * are real slips in those filings (each checked by reading the filing).
 * Skips cleanly when ../shared is not there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedDirection } from '../../../src/core/codes';
import type { TableKey } from '../../../src/core/filing';
import {
  EXERCISE_CODES,
  aggregateLibrary,
  createIdentityResolver,
  directionOf,
  dollarCellsOf,
  filingInsights,
  holdingsTimeline,
  type AnyRow,
  type LibraryEntry,
} from '../../../src/core/insights';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/xml/', import.meta.url));

function ownershipFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ownershipFiles(path);
      return /\.(xml|txt|nc)$/.test(name) ? [path] : [];
    });
}

const files = ownershipFiles(CORPUS);
const entries: LibraryEntry[] = files.map((file) => ({
  id: relative(CORPUS, file),
  filing: readOwnershipXml(readFileSync(file, 'utf8')),
}));
const TRANSACTION_TABLES: [TableKey, 'nonDerivative' | 'derivative'][] = [
  ['nonDerivativeTransactions', 'nonDerivative'],
  ['derivativeTransactions', 'derivative'],
];

describe.skipIf(files.length === 0)('insights over the XML corpus', () => {
  it('totals by code account for every transaction row of every filing', () => {
    for (const { id, filing } of entries) {
      const { byCode } = filingInsights(filing);
      for (const [table, side] of TRANSACTION_TABLES) {
        expect(byCode[side].total.rows, id).toBe(filing[table].length);
        const { total } = byCode[side];
        expect(total.netShares, id).toBeCloseTo(total.sharesAcquired - total.sharesDisposed, 6);
      }
    }
  });

  it('rows whose (A)/(D) contradicts their code are slips in those filings', () => {
    const contradictions = entries.flatMap(({ id, filing }) =>
      TRANSACTION_TABLES.flatMap(([table, side]) =>
        filing[table].flatMap((row, index) => {
          const want = expectedDirection(row.transactionCode, side);
          return want !== null && row.acquiredDisposedCode !== null && row.acquiredDisposedCode !== want
            ? [`${id} ${table}[${index}]`]
            : [];
        }),
      ),
    );
    expect(contradictions.sort()).toEqual([
      // Unity: "A" (grant) with (D) on a purchase of Series E preferred at $22.
      'datamule/000089924320025611/doc4.xml derivativeTransactions[0]',
      // LinkedIn: a sale (S) marked (A); owned after falls 8,991 → 3,497, by the 5,494 sold.
      'datamule/000120919113014365/doc4.xml nonDerivativeTransactions[3]',
      // The SEC's own sample Form 5 and 5/A (made-up values): code A with (D).
      'sec-samples/doc5.xml nonDerivativeTransactions[0]',
      'sec-samples/doc5a.xml nonDerivativeTransactions[0]',
    ]);
  });

  it('weighted-average warnings are the two Tesla footnotes that really are wrong', () => {
    const warnings = entries.flatMap(({ id, filing }) =>
      filingInsights(filing).warnings.map((warning) => `${id} ${warning.path} ${warning.code}`),
    );
    expect(warnings.sort()).toEqual([
      // F19 prints "$1,139.920 to $1,1140.890".
      'datamule/000089924321044235/doc4.xml nonDerivativeTransactions[18].pricePerShare weighted-average-range-unreadable',
      // Row 4 at $1,005.129 points at F5, which repeats F6's $1,005.60 to $1,006.39.
      'datamule/000089924321047607/doc4.xml nonDerivativeTransactions[3].pricePerShare weighted-average-outside-range',
    ]);
  });

  it('every exercise group is built from exercise rows and rows of its own day', () => {
    for (const { id, filing } of entries) {
      for (const pair of filingInsights(filing).exerciseSales) {
        for (const ref of pair.exercised) {
          const row = filing.derivativeTransactions[ref.index]!;
          expect(EXERCISE_CODES.has(row.transactionCode ?? ''), id).toBe(true);
          expect(row.acquiredDisposedCode, id).toBe('D');
        }
        for (const ref of [...pair.acquired, ...pair.sold, ...pair.withheld]) {
          expect(filing[ref.table][ref.index]!.transactionDate, id).toBe(pair.date);
        }
      }
    }
  });

  it('no cell the XML reader marks as a dollar value (xml-value-not-shares) counts as shares anywhere', () => {
    const flagged: string[] = [];
    for (const { id, filing } of entries) {
      const cells = dollarCellsOf(filing);
      if (cells.size === 0) continue;
      flagged.push(id);
      const { byCode, holdingsAfter } = filingInsights(filing);
      for (const [table, side] of TRANSACTION_TABLES) {
        // Share totals are the sum over rows with a direction whose amount is not a dollar cell.
        const rows: readonly AnyRow[] = filing[table];
        const shares = rows
          .filter((row, index) => !cells.has(`${table}[${index}].shares`) && directionOf(row).direction)
          .reduce((sum, row) => sum + (row.shares ?? 0), 0);
        const { total } = byCode[side];
        expect(total.sharesAcquired + total.sharesDisposed, id).toBeCloseTo(shares, 6);
      }
      for (const holding of holdingsAfter) {
        const field = holding.basis.startsWith('underlying')
          ? 'underlyingSecurityShares'
          : 'sharesOwnedFollowingTransaction';
        const isDollars = cells.has(`${holding.row.path}.${field}`) || holding.basis === 'value-after';
        expect(holding.unit, `${id} ${holding.row.path}`).toBe(isDollars ? 'dollars' : 'shares');
      }
    }
    // Unity and AbCellera (convertible notes by principal) and the SEC's samples.
    expect(flagged.length).toBeGreaterThanOrEqual(8);
  });

  it('library totals: issuers and the whole library agree', () => {
    const aggregates = aggregateLibrary(entries);
    const issuerRows = aggregates.byIssuer.reduce((sum, group) => sum + group.nonDerivative.total.rows, 0);
    expect(issuerRows).toBe(aggregates.all.nonDerivative.total.rows);
    const issuerFilings = aggregates.byIssuer.reduce((sum, group) => sum + group.filings, 0);
    expect(issuerFilings).toBe(aggregates.filingsCounted);
    expect(aggregates.filingsCounted + aggregates.supersededIds.length).toBe(entries.length);
  });

  it('every timeline of a person at an issuer is in date order', () => {
    const resolver = createIdentityResolver(entries.map((entry) => entry.filing));
    const pairs = new Set(
      entries.flatMap(({ filing }) =>
        filing.reportingOwners.map((owner) => `${resolver.ownerKey(owner)} ${resolver.issuerKey(filing)}`),
      ),
    );
    for (const pair of pairs) {
      const [ownerKey, issuerKey] = pair.split(' ') as [string, string];
      for (const series of holdingsTimeline(entries, { ownerKey, issuerKey }).series) {
        const dates = series.points.map((point) => point.date);
        expect(dates, `${pair} ${series.label}`).toEqual([...dates].sort());
      }
    }
  });
});
