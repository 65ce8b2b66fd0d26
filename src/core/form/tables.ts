/**
 * Both tables, from title to the next section: header → bands → rows →
 * typed rows in the four lists of the contract.
 */
import type { DerivativeRow, NonDerivativeRow, TableKey } from '../filing';
import type { PhraseHit } from '../layout/phrase';
import type { DocPoint } from '../layout/span';
import type { FormNumber } from './anchors';
import { pageInfo, type FormDoc } from './doc';
import { spanLines } from './sections';
import type { Recorder } from './recorder';
import { columnBands, headerAtTop, readHeader } from './table-columns';
import type { Line } from '../layout/lines';
import { readBody, type ReadRow } from './table-read';
import { isTransactionRow, toDerivative, toNonDerivative } from './table-rows';
import { tableSpec, type TableKind } from './table-spec';

export interface TablesOut {
  nonDerivativeTransactions: NonDerivativeRow[];
  nonDerivativeHoldings: NonDerivativeRow[];
  derivativeTransactions: DerivativeRow[];
  derivativeHoldings: DerivativeRow[];
}

interface TableRead {
  rows: ReadRow[];
  hasV: boolean;
}

/**
 * On a page the table continues onto, the header printed again (a browser
 * repeats a table's header rows) is not body: the lines of header wording
 * above the first other line of that page are dropped (pieces of labels
 * broken inside words and labels cut off at the page edge count as wording,
 * as in the first header).
 */
function dropRepeatedHeader(doc: FormDoc, lines: readonly Line[], firstPage: number): Line[] {
  const out: Line[] = [];
  for (const page of new Set(lines.map((l) => l.page))) {
    const onPage = lines.filter((l) => l.page === page);
    if (page === firstPage) {
      out.push(...onPage);
      continue;
    }
    const { firstBody } = headerAtTop(doc, onPage, page);
    if (firstBody) out.push(...onPage.filter((l) => l.top >= firstBody.top));
  }
  return out;
}

function readTable(
  doc: FormDoc,
  form: FormNumber,
  kind: TableKind,
  title: PhraseHit,
  end: DocPoint,
  rec: Recorder,
): TableRead {
  const specs = tableSpec(form, kind);
  const header = readHeader(doc, title, end.page, end.y);
  const { bands, missing } = columnBands(header, specs, pageInfo(doc, title.page).width);
  const name = `Table ${kind}`;
  if (missing.length > 0) {
    rec.warn(
      'missing-column',
      `${name}: column label(s) ${missing.map((n) => `${n}.`).join(', ')} not found; values of those columns are not read.`,
      null,
    );
  }
  const span = { start: { page: header.page, y: header.bodyTop }, end };
  const lines = dropRepeatedHeader(doc, spanLines(doc, span), header.page);
  const body = readBody(lines, bands, name);
  rec.addIssues(body.issues);
  return { rows: body.rows, hasV: bands.some((b) => b.key === 'voluntarilyReported') };
}

function emptyTables(): TablesOut {
  return {
    nonDerivativeTransactions: [],
    nonDerivativeHoldings: [],
    derivativeTransactions: [],
    derivativeHoldings: [],
  };
}

function rowKey(kind: TableKind, form: FormNumber, row: ReadRow): TableKey {
  const tx = form !== '3' && isTransactionRow(row.cells);
  if (kind === 'I') return tx ? 'nonDerivativeTransactions' : 'nonDerivativeHoldings';
  return tx ? 'derivativeTransactions' : 'derivativeHoldings';
}

export interface TableAnchors {
  tableI: PhraseHit | null;
  tableIEnd: DocPoint;
  tableII: PhraseHit | null;
  tableIIEnd: DocPoint;
}

export function readTables(doc: FormDoc, form: FormNumber, a: TableAnchors, rec: Recorder): TablesOut {
  const out = emptyTables();
  if (a.tableI) {
    const t = readTable(doc, form, 'I', a.tableI, a.tableIEnd, rec);
    for (const row of t.rows) {
      const key = rowKey('I', form, row) as 'nonDerivativeTransactions' | 'nonDerivativeHoldings';
      out[key].push(toNonDerivative(row, key, out[key].length, rec, t.hasV));
    }
  }
  if (a.tableII) {
    const t = readTable(doc, form, 'II', a.tableII, a.tableIIEnd, rec);
    for (const row of t.rows) {
      const key = rowKey('II', form, row) as 'derivativeTransactions' | 'derivativeHoldings';
      out[key].push(toDerivative(row, key, out[key].length, rec, t.hasV));
    }
  }
  return out;
}
