/**
 * Filing → EDGAR ownership XML in the X0508 layout (the current schema), such
 * that readOwnershipXml gives back the same Filing (warnings aside). Null
 * values are left out, as the schema asks for absent optional data; what the
 * contract does not carry (CCC, transaction form type, equity swap flag) is
 * written with the schema's ordinary defaults.
 */
import type { Filing, ReportingOwner } from '../filing';
import { writeTables } from './ownership-xml-rows';
import { formatBoolean, XmlWriter } from './xml-writer';

export const EXPORT_SCHEMA_VERSION = 'X0508';

const optionalBoolean = (value: boolean | null): string | null =>
  value === null ? null : formatBoolean(value);

function writeOwner(writer: XmlWriter, owner: ReportingOwner): void {
  writer.open('reportingOwner');
  writer.open('reportingOwnerId').leaf('rptOwnerCik', owner.cik).leaf('rptOwnerName', owner.name).close();
  const address = [owner.street1, owner.street2, owner.city, owner.state, owner.zip];
  if (address.some((part) => part !== null)) {
    writer.open('reportingOwnerAddress');
    writer.leaf('rptOwnerStreet1', owner.street1).leaf('rptOwnerStreet2', owner.street2);
    writer
      .leaf('rptOwnerCity', owner.city)
      .leaf('rptOwnerState', owner.state)
      .leaf('rptOwnerZipCode', owner.zip);
    writer.close();
  }
  writer.open('reportingOwnerRelationship');
  writer
    .leaf('isDirector', formatBoolean(owner.isDirector))
    .leaf('isOfficer', formatBoolean(owner.isOfficer));
  writer
    .leaf('isTenPercentOwner', formatBoolean(owner.isTenPercentOwner))
    .leaf('isOther', formatBoolean(owner.isOther));
  writer.leaf('officerTitle', owner.officerTitle).leaf('otherText', owner.otherText);
  writer.close();
  writer.close();
}

function writeHeader(writer: XmlWriter, filing: Filing): void {
  writer.leaf('schemaVersion', EXPORT_SCHEMA_VERSION);
  writer.leaf('documentType', filing.documentType);
  writer.leaf('periodOfReport', filing.periodOfReport);
  writer.leaf('dateOfOriginalSubmission', filing.dateOfOriginalSubmission);
  writer.leaf('noSecuritiesOwned', optionalBoolean(filing.noSecuritiesOwned));
  writer.leaf('notSubjectToSection16', optionalBoolean(filing.notSubjectToSection16));
  writer.open('issuer');
  writer.leaf('issuerCik', filing.issuer.cik).leaf('issuerName', filing.issuer.name);
  writer.leaf('issuerTradingSymbol', filing.issuer.tradingSymbol);
  writer.close();
  for (const owner of filing.reportingOwners) writeOwner(writer, owner);
  writer.leaf('aff10b5One', optionalBoolean(filing.aff10b5One));
}

function writeClosing(writer: XmlWriter, filing: Filing): void {
  if (filing.footnotes.length > 0) {
    writer.open('footnotes');
    for (const footnote of filing.footnotes)
      writer.leafWithAttribute('footnote', 'id', footnote.id, footnote.text);
    writer.close();
  }
  writer.leaf('remarks', filing.remarks);
  for (const signature of filing.signatures) {
    writer
      .open('ownerSignature')
      .leaf('signatureName', signature.name)
      .leaf('signatureDate', signature.date)
      .close();
  }
}

export function toOwnershipXml(filing: Filing): string {
  const writer = new XmlWriter();
  writer.open('ownershipDocument');
  writeHeader(writer, filing);
  writeTables(writer, filing);
  writeClosing(writer, filing);
  writer.close();
  return writer.toString();
}
