/**
 * The reporting owners: from the "Reporting Owners" table when the PDF has
 * one (names, addresses, relationships of every owner), else from box 1 and
 * box 5 for the first owner and from the further name boxes EDGAR prints
 * after the tables for the others.
 */
import { emptyReportingOwner, type ReportingOwner } from '../filing';
import type { Box } from '../words';
import type { AddressParts } from './name-box';
import type { OwnersTableRead } from './owners-table';
import type { Recorder } from './recorder';
import type { Relationship } from './relationship';

function fromAddress(a: AddressParts): ReportingOwner {
  const o = emptyReportingOwner(a.name);
  Object.assign(o, { street1: a.street1, street2: a.street2, city: a.city, state: a.state, zip: a.zip });
  return o;
}

function sameAddress(a: AddressParts, b: AddressParts): boolean {
  // Compared as printed text: the same address may wrap differently in boxes of different widths.
  const key = (x: AddressParts) =>
    [x.name, x.street1, x.street2, x.city, x.state, x.zip].join(' ').replace(/\s+/g, ' ');
  return key(a) === key(b);
}

function record(rec: Recorder, i: number, boxes: Partial<Record<string, Box[]>>): void {
  for (const [field, b] of Object.entries(boxes))
    if (b && b.length > 0) rec.put(`reportingOwners[${i}].${field}`, b);
}

export function assembleOwners(
  header: AddressParts | null,
  relationship: Relationship | null,
  extra: AddressParts[],
  table: OwnersTableRead | null,
  rec: Recorder,
): ReportingOwner[] {
  if (table && table.owners.length > 0) {
    table.boxes.forEach((b, i) => record(rec, i, b));
    return table.owners;
  }
  const owners: ReportingOwner[] = [];
  if (header) {
    const first = fromAddress(header);
    record(rec, 0, header.boxes);
    if (relationship) {
      Object.assign(first, relationship.flags, {
        officerTitle: relationship.officerTitle,
        otherText: relationship.otherText,
      });
      record(rec, 0, relationship.boxes);
    }
    owners.push(first);
  }
  // EDGAR's page lists every owner again after the tables, the first one included.
  const further = header && extra[0] && sameAddress(extra[0], header) ? extra.slice(1) : extra;
  for (const a of further) {
    record(rec, owners.length, a.boxes);
    owners.push(fromAddress(a));
  }
  if (further.length > 0) {
    rec.warn(
      'owner-relationship-not-shown',
      `This rendering prints the relationship boxes for the first reporting owner only; the relationships of owners 2 to ${owners.length} are not shown (read here as none). Check them in the filing itself.`,
      'reportingOwners',
    );
  }
  return owners;
}
