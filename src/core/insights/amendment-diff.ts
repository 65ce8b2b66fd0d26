/**
 * What an amendment changed, field by field, against the filing it amends:
 * header boxes, reporting owners, every row of Tables I and II (with the
 * footnote markers on each cell), the footnotes, remarks and signatures.
 */
import { TABLE_KEYS, type Filing, type TableKey } from '../filing';
import { sameOwner } from './identity';
import { alignRows } from './row-alignment';
import { rowRef, type AnyRow, type RowRef } from './rows';

export type DiffValue = string | number | boolean | null;

export interface FieldChange {
  /** Field name as in the Filing contract; row footnote markers as "footnotes.<field>". */
  field: string;
  before: DiffValue;
  after: DiffValue;
  /**
   * The reader warned about this value on one side (a PDF tick it could not
   * see, an unreadable cell): the difference may be a misreading, not an amendment.
   */
  uncertain: boolean;
}

export interface RowChange {
  table: TableKey;
  kind: 'changed' | 'added' | 'removed';
  /** The row in the original (null when added). */
  before: RowRef | null;
  /** The row in the amendment (null when removed). */
  after: RowRef | null;
  /** For 'changed': the fields that differ. */
  changes: FieldChange[];
}

export interface OwnerChange {
  kind: 'changed' | 'added' | 'removed';
  name: string;
  changes: FieldChange[];
}

export interface FootnoteChange {
  id: string;
  kind: 'changed' | 'added' | 'removed';
  before: string | null;
  after: string | null;
}

export interface AmendmentDiff {
  header: FieldChange[];
  owners: OwnerChange[];
  rows: RowChange[];
  footnotes: FootnoteChange[];
  remarks: FieldChange | null;
  signatures: FieldChange[];
  /**
   * True when the amendment restates the original's content unchanged: header,
   * owners, rows, footnotes and remarks. Signatures are left out (an amendment
   * is signed on its own date).
   */
  contentUnchanged: boolean;
}

type Flat = Record<string, DiffValue>;

/** Where a value sits in each filing ("reportingOwners[0]", "nonDerivativeTransactions[2]"; '' for the header). */
interface Place {
  before: string;
  after: string;
}

interface Sides {
  original: Filing;
  amendment: Filing;
}

function warnedAbout(filing: Filing, prefix: string, field: string): boolean {
  const bare = field.startsWith('footnotes.') ? field.slice('footnotes.'.length) : field;
  const path = prefix === '' ? bare : `${prefix}.${bare}`;
  return filing.warnings.some(
    (warning) => warning.path === path || (prefix !== '' && warning.path === prefix),
  );
}

function compare(
  before: Flat,
  after: Flat,
  sides: Sides,
  place: Place = { before: '', after: '' },
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => (before[field] ?? null) !== (after[field] ?? null))
    .map((field) => ({
      field,
      before: before[field] ?? null,
      after: after[field] ?? null,
      uncertain:
        warnedAbout(sides.original, place.before, field) || warnedAbout(sides.amendment, place.after, field),
    }));
}

function headerOf(filing: Filing): Flat {
  return {
    periodOfReport: filing.periodOfReport,
    notSubjectToSection16: filing.notSubjectToSection16,
    aff10b5One: filing.aff10b5One,
    noSecuritiesOwned: filing.noSecuritiesOwned,
    'issuer.name': filing.issuer.name,
    'issuer.tradingSymbol': filing.issuer.tradingSymbol,
    'issuer.cik': filing.issuer.cik,
  };
}

/** A row's values plus one "footnotes.<field>" entry per marked cell ("F1,F2"). */
function flattenRow(row: AnyRow): Flat {
  const flat: Flat = {};
  for (const [field, value] of Object.entries(row)) {
    if (field !== 'footnotes') flat[field] = value as DiffValue;
  }
  for (const [field, ids] of Object.entries(row.footnotes)) {
    if (ids.length > 0) flat[`footnotes.${field}`] = ids.join(',');
  }
  return flat;
}

function diffTable(table: TableKey, sides: Sides): RowChange[] {
  const before = sides.original[table] as readonly AnyRow[];
  const after = sides.amendment[table] as readonly AnyRow[];
  return alignRows(before, after).flatMap(([b, a]): RowChange[] => {
    const beforeRef = b === null ? null : rowRef(table, b);
    const afterRef = a === null ? null : rowRef(table, a);
    if (beforeRef === null) return [{ table, kind: 'added', before: null, after: afterRef, changes: [] }];
    if (afterRef === null) return [{ table, kind: 'removed', before: beforeRef, after: null, changes: [] }];
    const place = { before: beforeRef.path, after: afterRef.path };
    const changes = compare(
      flattenRow(before[beforeRef.index]!),
      flattenRow(after[afterRef.index]!),
      sides,
      place,
    );
    return changes.length === 0
      ? []
      : [{ table, kind: 'changed', before: beforeRef, after: afterRef, changes }];
  });
}

function diffOwners(sides: Sides): OwnerChange[] {
  const before = sides.original.reportingOwners;
  const after = sides.amendment.reportingOwners;
  const matched = new Set<number>();
  const changes: OwnerChange[] = [];
  before.forEach((owner, index) => {
    const sameSlot = before.length === after.length ? index : -1;
    const found =
      sameSlot >= 0 ? sameSlot : after.findIndex((other, k) => !matched.has(k) && sameOwner(owner, other));
    if (found < 0) return changes.push({ kind: 'removed', name: owner.name, changes: [] });
    matched.add(found);
    const place = { before: `reportingOwners[${index}]`, after: `reportingOwners[${found}]` };
    const fields = compare({ ...owner }, { ...after[found]! }, sides, place);
    if (fields.length > 0) changes.push({ kind: 'changed', name: after[found]!.name, changes: fields });
  });
  after.forEach((owner, k) => {
    if (!matched.has(k)) changes.push({ kind: 'added', name: owner.name, changes: [] });
  });
  return changes;
}

function diffFootnotes(original: Filing, amendment: Filing): FootnoteChange[] {
  const before = new Map(original.footnotes.map((note) => [note.id, note.text]));
  const after = new Map(amendment.footnotes.map((note) => [note.id, note.text]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids.flatMap((id): FootnoteChange[] => {
    const [b, a] = [before.get(id) ?? null, after.get(id) ?? null];
    if (b === a) return [];
    return [{ id, kind: b === null ? 'added' : a === null ? 'removed' : 'changed', before: b, after: a }];
  });
}

function signatureFields(filing: Filing, index: number): Flat {
  const signature = filing.signatures[index];
  return {
    [`signatures[${index}].name`]: signature?.name ?? null,
    [`signatures[${index}].date`]: signature?.date ?? null,
  };
}

function diffSignatures(sides: Sides): FieldChange[] {
  const count = Math.max(sides.original.signatures.length, sides.amendment.signatures.length);
  return Array.from({ length: count }, (_, index) =>
    compare(signatureFields(sides.original, index), signatureFields(sides.amendment, index), sides),
  ).flat();
}

export function diffAmendment(original: Filing, amendment: Filing): AmendmentDiff {
  const sides = { original, amendment };
  const header = compare(headerOf(original), headerOf(amendment), sides);
  const owners = diffOwners(sides);
  const rows = TABLE_KEYS.flatMap((table) => diffTable(table, sides));
  const footnotes = diffFootnotes(original, amendment);
  const remarks = compare({ remarks: original.remarks }, { remarks: amendment.remarks }, sides)[0] ?? null;
  const signatures = diffSignatures(sides);
  const contentUnchanged =
    header.length + owners.length + rows.length + footnotes.length === 0 && remarks === null;
  return { header, owners, rows, footnotes, remarks, signatures, contentUnchanged };
}
