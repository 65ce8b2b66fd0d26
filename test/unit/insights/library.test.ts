import { describe, expect, it } from 'vitest';
import { aggregateLibrary, type CodeTotals, type GroupTotals } from '../../../src/core/insights';
import { LIVEPERSON, YELP_RABOIS, xmlEntries } from './fixtures';

const ENTRIES = xmlEntries([
  ...YELP_RABOIS,
  'affirm-2024-10b5-1-box.xml',
  LIVEPERSON,
  'sec-sample-form4.xml',
  'sec-sample-form4a.xml',
]);

function group(list: GroupTotals[], key: string): GroupTotals {
  const found = list.find((entry) => entry.key === key);
  if (!found) throw new Error(`no group ${key}`);
  return found;
}

function code(list: CodeTotals[], letter: string): CodeTotals | undefined {
  return list.find((entry) => entry.code === letter);
}

describe('aggregateLibrary', () => {
  const aggregates = aggregateLibrary(ENTRIES);

  it('Keith Rabois across Yelp and Affirm: what he converted and sold, in shares and dollars', () => {
    const rabois = group(aggregates.byOwner, 'cik:1539865');
    expect(rabois).toMatchObject({
      name: 'Rabois Keith',
      filings: 6,
      firstDate: '2012-03-01',
      lastDate: '2024-06-03',
    });
    // Yelp: Class A from conversions 2,800 + 12,870 + 9,330 + 30,000 + 25,665, all at $0.
    expect(code(rabois.nonDerivative.byCode, 'C')).toMatchObject({ sharesAcquired: 80665, valueAcquired: 0 });
    // Sold: the same 80,665 Yelp shares plus Affirm's 9,176 + 100; Σ shares × weighted-average price per row.
    expect(code(rabois.nonDerivative.byCode, 'S')).toMatchObject({
      sharesDisposed: 89941,
      valueDisposed: 2258365.85,
      rowsWithoutPrice: 0,
    });
    // Table II: Series D 72,660 and Class B 2,800 + 12,870 + 9,330 + 30,000 + 25,665 converted;
    // 18,165 Class B received; the Series D row prints no price.
    expect(code(rabois.derivative.byCode, 'C')).toMatchObject({
      sharesAcquired: 18165,
      sharesDisposed: 153325,
      rowsWithoutPrice: 1,
    });
  });

  it('groups by issuer, and the issuers add up to the whole library', () => {
    const yelp = group(aggregates.byIssuer, 'cik:1345016');
    expect(yelp).toMatchObject({ name: 'YELP INC', filings: 5 });
    expect(code(yelp.nonDerivative.byCode, 'S')?.valueDisposed).toBe(1990966.56);
    const sum = (pick: (g: GroupTotals) => number) =>
      aggregates.byIssuer.reduce((total, g) => total + pick(g), 0);
    expect(sum((g) => g.filings)).toBe(aggregates.filingsCounted);
    expect(sum((g) => g.nonDerivative.total.rows)).toBe(aggregates.all.nonDerivative.total.rows);
    expect(sum((g) => g.derivative.total.sharesDisposed)).toBeCloseTo(
      aggregates.all.derivative.total.sharesDisposed,
      6,
    );
  });

  it('counts an amended filing once, as amended, unless told to count everything', () => {
    expect(aggregates.supersededIds).toEqual(['sec-sample-form4.xml']);
    expect(aggregates.filingsCounted).toBe(ENTRIES.length - 1);
    const all = aggregateLibrary(ENTRIES, { amendments: 'count-all' });
    expect(all.supersededIds).toEqual([]);
    expect(all.filingsCounted).toBe(ENTRIES.length);
    // Table I rows: Yelp 0 + 0 + 6 + 2 + 2, Affirm 2, LivePerson 6, SEC sample 2 (twice when both count).
    expect(aggregates.all.nonDerivative.total.rows).toBe(20);
    expect(all.all.nonDerivative.total.rows).toBe(22);
  });

  it('counts a joint filing once for each reporting person', () => {
    const joint = aggregateLibrary(xmlEntries(['linkedin-2012-02-27-hoffman-trust.xml']));
    expect(
      joint.byOwner.map((owner) => [owner.name, owner.filings, owner.nonDerivative.total.sharesDisposed]),
    ).toEqual([
      ['Hoffman Reid', 1, 18251 + 40816 + 19600],
      ['Reid Hoffman & Michelle Yee Living Trust', 1, 18251 + 40816 + 19600],
    ]);
    expect(joint.byIssuer).toHaveLength(1);
  });
});
