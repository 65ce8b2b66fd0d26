/**
 * The per-code totals of every stored filing, rolled up by issuer and by
 * reporting person. One pass over the filings with hash maps: linear in the
 * number of rows, with no pairwise work, so 10,000 filings stay quick.
 * A filing with several reporting persons counts once for each of them
 * (their joint rows are each person's report) and once for the issuer.
 */
import type { Filing, IsoDate } from '../filing';
import { supersededOriginals } from './amendment';
import { createIdentityResolver } from './identity';
import type { LibraryEntry } from './rows';
import {
  addTotals,
  emptyCodeTotals,
  summariseByCode,
  tableSummary,
  type CodeTotals,
  type TableCodeSummary,
} from './summary-by-code';

export interface GroupTotals {
  /** Identity key ("cik:1318605", "name:…"); pass it to holdingsTimeline. */
  key: string;
  /** Name as printed on the latest filing of the group. */
  name: string;
  filings: number;
  /** Earliest and latest transaction date (period of report where a filing has no transaction). */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  nonDerivative: TableCodeSummary;
  derivative: TableCodeSummary;
}

export interface LibraryAggregates {
  byIssuer: GroupTotals[];
  byOwner: GroupTotals[];
  all: GroupTotals;
  /** Filings whose rows were counted. */
  filingsCounted: number;
  /** Originals left out because an amendment in the library restates them. */
  supersededIds: string[];
}

export interface AggregateOptions {
  /** 'prefer-amendment' (default) counts an amended filing once, as amended; 'count-all' counts every filing. */
  amendments?: 'prefer-amendment' | 'count-all';
}

interface Accumulator {
  key: string;
  name: string;
  namedAt: string;
  filings: number;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  nonDerivative: Map<string, CodeTotals>;
  derivative: Map<string, CodeTotals>;
}

function newAccumulator(key: string): Accumulator {
  return {
    key,
    name: '',
    namedAt: '',
    filings: 0,
    firstDate: null,
    lastDate: null,
    nonDerivative: new Map(),
    derivative: new Map(),
  };
}

function mergeTable(into: Map<string, CodeTotals>, from: TableCodeSummary): void {
  for (const totals of from.byCode) {
    let target = into.get(totals.code);
    if (target === undefined) into.set(totals.code, (target = emptyCodeTotals(totals.code)));
    addTotals(target, totals);
  }
}

function filingDates(filing: Filing): IsoDate[] {
  const dates = [...filing.nonDerivativeTransactions, ...filing.derivativeTransactions]
    .map((row) => row.transactionDate)
    .filter((date): date is IsoDate => date !== null);
  if (dates.length > 0) return dates;
  return filing.periodOfReport === null ? [] : [filing.periodOfReport];
}

interface FilingFacts {
  summary: ReturnType<typeof summariseByCode>;
  first: IsoDate | null;
  last: IsoDate | null;
  sortDate: string;
}

function factsOf(filing: Filing): FilingFacts {
  const dates = filingDates(filing);
  let [first, last]: [IsoDate | null, IsoDate | null] = [null, null];
  for (const date of dates) {
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { summary: summariseByCode(filing), first, last, sortDate: last ?? filing.periodOfReport ?? '' };
}

function addFiling(group: Accumulator, facts: FilingFacts, name: string): void {
  group.filings += 1;
  if (facts.sortDate >= group.namedAt || group.name === '')
    [group.name, group.namedAt] = [name, facts.sortDate];
  if (facts.first !== null && (group.firstDate === null || facts.first < group.firstDate))
    group.firstDate = facts.first;
  if (facts.last !== null && (group.lastDate === null || facts.last > group.lastDate))
    group.lastDate = facts.last;
  mergeTable(group.nonDerivative, facts.summary.nonDerivative);
  mergeTable(group.derivative, facts.summary.derivative);
}

function finish(group: Accumulator): GroupTotals {
  const { key, name, filings, firstDate, lastDate } = group;
  return {
    key,
    name,
    filings,
    firstDate,
    lastDate,
    nonDerivative: tableSummary(group.nonDerivative.values()),
    derivative: tableSummary(group.derivative.values()),
  };
}

function groupOf(groups: Map<string, Accumulator>, key: string): Accumulator {
  let group = groups.get(key);
  if (group === undefined) groups.set(key, (group = newAccumulator(key)));
  return group;
}

const byName = (a: GroupTotals, b: GroupTotals) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);

export function aggregateLibrary(
  entries: readonly LibraryEntry[],
  options: AggregateOptions = {},
): LibraryAggregates {
  const resolver = createIdentityResolver(entries.map((entry) => entry.filing));
  const superseded =
    options.amendments === 'count-all' ? new Set<string>() : supersededOriginals(entries, resolver);
  const issuers = new Map<string, Accumulator>();
  const owners = new Map<string, Accumulator>();
  const all = newAccumulator('*');
  for (const { id, filing } of entries) {
    if (superseded.has(id)) continue;
    const facts = factsOf(filing);
    addFiling(all, facts, 'All filings');
    addFiling(groupOf(issuers, resolver.issuerKey(filing)), facts, filing.issuer.name);
    const seen = new Set<string>();
    for (const owner of filing.reportingOwners) {
      const key = resolver.ownerKey(owner);
      if (seen.has(key)) continue;
      seen.add(key);
      addFiling(groupOf(owners, key), facts, owner.name);
    }
  }
  return {
    byIssuer: [...issuers.values()].map(finish).sort(byName),
    byOwner: [...owners.values()].map(finish).sort(byName),
    all: finish(all),
    filingsCounted: all.filings,
    supersededIds: [...superseded],
  };
}
