/**
 * Cross-check a Filing read from XML against the SGML header EDGAR filed with
 * it (datamule's metadata.json): form type, period, issuer CIK and name,
 * reporting owners' CIKs and names. Returns what disagrees, empty when all
 * agree. Names are compared on letters and digits only (EDGAR's conformed
 * names differ from the XML in case and punctuation, e.g. "INC." vs "Inc").
 */
import type { Filing } from '../../../src/core/filing';

interface MetaCompany {
  'CONFORMED-NAME'?: string;
  CIK?: string;
}

export interface EdgarMetadata {
  submission?: {
    TYPE?: string;
    PERIOD?: string;
    'REPORTING-OWNER'?: { 'OWNER-DATA'?: MetaCompany }[] | null;
    ISSUER?: { 'COMPANY-DATA'?: MetaCompany }[] | null;
  };
}

const letters = (name: string | undefined): string => (name ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
const cikNumber = (cik: string | null | undefined): string => (cik ?? '').trim().replace(/^0+/, '');

/** Whether the header describes an ownership filing at all (some folders hold SC 13G headers). */
export function describesOwnershipFiling(metadata: EdgarMetadata): boolean {
  return /^[345](\/A)?$/.test(metadata.submission?.TYPE ?? '');
}

export function metadataMismatches(filing: Filing, metadata: EdgarMetadata): string[] {
  const header = metadata.submission ?? {};
  const out: string[] = [];
  if (header.TYPE !== filing.documentType)
    out.push(`form type: header ${header.TYPE}, XML ${filing.documentType}`);
  if (header.PERIOD !== undefined && header.PERIOD !== (filing.periodOfReport ?? '').replace(/-/g, '')) {
    out.push(`period: header ${header.PERIOD}, XML ${filing.periodOfReport}`);
  }
  const issuer = header.ISSUER?.[0]?.['COMPANY-DATA'];
  if (issuer !== undefined) {
    if (cikNumber(issuer.CIK) !== cikNumber(filing.issuer.cik)) {
      out.push(`issuer CIK: header ${issuer.CIK}, XML ${filing.issuer.cik}`);
    }
    if (letters(issuer['CONFORMED-NAME']) !== letters(filing.issuer.name)) {
      out.push(`issuer name: header ${issuer['CONFORMED-NAME']}, XML ${filing.issuer.name}`);
    }
  }
  // datamule's header parse sometimes leaves empty owner entries: check the owners it did parse.
  const owners = (header['REPORTING-OWNER'] ?? []).flatMap((entry) =>
    entry['OWNER-DATA']?.CIK !== undefined ? [entry['OWNER-DATA']] : [],
  );
  for (const owner of owners) {
    const match = filing.reportingOwners.find((o) => cikNumber(o.cik) === cikNumber(owner.CIK));
    if (match === undefined) out.push(`owner ${owner.CIK} (${owner['CONFORMED-NAME']}) missing from the XML`);
    else if (letters(match.name) !== letters(owner['CONFORMED-NAME'])) {
      out.push(`owner ${owner.CIK} name: header ${owner['CONFORMED-NAME']}, XML ${match.name}`);
    }
  }
  const complete = owners.length === (header['REPORTING-OWNER'] ?? []).length;
  if (complete && owners.length !== filing.reportingOwners.length) {
    out.push(`owner count: header ${owners.length}, XML ${filing.reportingOwners.length}`);
  }
  return out;
}
