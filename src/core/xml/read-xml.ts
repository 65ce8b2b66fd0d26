/**
 * EDGAR ownership XML (every schema version, X0101 to X0508 and later; plain,
 * or inside an SGML full submission) → the contract `Filing`. DOM-free: the
 * tree comes from our own strict parser (xml-tree.ts), which refuses DTDs.
 */
import { ParseFailure } from '../errors';
import {
  DOCUMENT_TYPES,
  emptyFiling,
  emptyReportingOwner,
  type DocumentType,
  type Filing,
  type Footnote,
  type ReportingOwner,
  type Signature,
} from '../filing';
import { readDerivativeRow, readNonDerivativeRow } from './read-rows';
import { extractOwnershipXmlFromSgml, isSgmlSubmission } from './sgml';
import { fitContractLimits } from './contract-limits';
import { isFootnoteId, quoteRaw, toBoolean, toDate } from './field-values';
import { checkFootnoteReferences } from './footnote-check';
import {
  childElements,
  collapseWhitespace,
  fieldText,
  firstChild,
  textContent,
  warn,
  type ReadContext,
} from './xml-fields';
import { parseXml, type XmlElement } from './xml-tree';

/** A full submission may carry exhibits; its XML part is bounded separately by the parser. */
const MAX_SOURCE_CHARS = 64 * 1024 * 1024;

function documentTypeOf(root: XmlElement): DocumentType {
  const raw = fieldText(firstChild(root, 'documentType'));
  const normalised = (raw ?? '')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^([345])A$/, '$1/A');
  const known = DOCUMENT_TYPES.find((type) => type === normalised);
  if (known === undefined) {
    throw new ParseFailure(
      'not-ownership-form',
      raw === null
        ? 'This ownership XML has no <documentType>, so it cannot be read as a Form 3, 4 or 5.'
        : `This ownership XML is a ${quoteRaw(raw)} document; only Forms 3, 3/A, 4, 4/A, 5 and 5/A can be read.`,
    );
  }
  return known;
}

function readOwner(ctx: ReadContext, element: XmlElement, index: number): ReportingOwner {
  const path = `reportingOwners[${index}]`;
  const id = firstChild(element, 'reportingOwnerId');
  const address = firstChild(element, 'reportingOwnerAddress');
  const relationship = firstChild(element, 'reportingOwnerRelationship');
  const owner = emptyReportingOwner(fieldText(firstChild(id, 'rptOwnerName')) ?? '');
  if (owner.name === '')
    warn(ctx, 'xml-missing-owner-name', 'This reporting owner has no name in the XML.', `${path}.name`);
  owner.cik = fieldText(firstChild(id, 'rptOwnerCik'));
  owner.street1 = fieldText(firstChild(address, 'rptOwnerStreet1'));
  owner.street2 = fieldText(firstChild(address, 'rptOwnerStreet2'));
  owner.city = fieldText(firstChild(address, 'rptOwnerCity'));
  owner.state = fieldText(firstChild(address, 'rptOwnerState'));
  owner.zip = fieldText(firstChild(address, 'rptOwnerZipCode'));
  const flag = (name: 'isDirector' | 'isOfficer' | 'isTenPercentOwner' | 'isOther'): boolean =>
    toBoolean(fieldText(firstChild(relationship, name)), ctx, `${path}.${name}`) ?? false;
  owner.isDirector = flag('isDirector');
  owner.isOfficer = flag('isOfficer');
  owner.isTenPercentOwner = flag('isTenPercentOwner');
  owner.isOther = flag('isOther');
  owner.officerTitle = fieldText(firstChild(relationship, 'officerTitle'));
  owner.otherText = fieldText(firstChild(relationship, 'otherText'));
  return owner;
}

/** Long enough for any real footnote's text, so a footnote left out can still be read in its warning. */
const LEFT_OUT_FOOTNOTE_QUOTE = 20_000;

/** Footnotes in order; one whose id is not F1, F2… cannot be referenced in the contract and is left out. */
function readFootnotes(ctx: ReadContext, root: XmlElement): Footnote[] {
  const footnotes: Footnote[] = [];
  for (const element of childElements(firstChild(root, 'footnotes'), 'footnote')) {
    const footnote = {
      id: collapseWhitespace(element.attributes.get('id') ?? ''),
      text: collapseWhitespace(textContent(element)),
    };
    if (isFootnoteId(footnote.id)) {
      footnotes.push(footnote);
      continue;
    }
    warn(
      ctx,
      'xml-bad-footnote-id',
      `A footnote has the id ${quoteRaw(footnote.id)}, not an id like F1, F2…, so it is left out. ` +
        `Its text: ${quoteRaw(footnote.text, LEFT_OUT_FOOTNOTE_QUOTE)}`,
      'footnotes',
    );
  }
  return footnotes;
}

function readSignatures(ctx: ReadContext, root: XmlElement): Signature[] {
  return childElements(root, 'ownerSignature').map((signature, index) => ({
    name: fieldText(firstChild(signature, 'signatureName')) ?? '',
    date: toDate(fieldText(firstChild(signature, 'signatureDate')), ctx, `signatures[${index}].date`),
  }));
}

/** A box the form version prints: false when the XML leaves it out, null where the form has no such box. */
function checkbox(ctx: ReadContext, root: XmlElement, name: string, formHasBox: boolean): boolean | null {
  const value = toBoolean(fieldText(firstChild(root, name)), ctx, name);
  return value ?? (formHasBox ? false : null);
}

function readTables(ctx: ReadContext, root: XmlElement, filing: Filing): void {
  const nonDerivative = firstChild(root, 'nonDerivativeTable');
  childElements(nonDerivative, 'nonDerivativeTransaction').forEach((row, i) =>
    filing.nonDerivativeTransactions.push(
      readNonDerivativeRow(ctx, row, `nonDerivativeTransactions[${i}]`, true),
    ),
  );
  childElements(nonDerivative, 'nonDerivativeHolding').forEach((row, i) =>
    filing.nonDerivativeHoldings.push(readNonDerivativeRow(ctx, row, `nonDerivativeHoldings[${i}]`, false)),
  );
  const derivative = firstChild(root, 'derivativeTable');
  childElements(derivative, 'derivativeTransaction').forEach((row, i) =>
    filing.derivativeTransactions.push(readDerivativeRow(ctx, row, `derivativeTransactions[${i}]`, true)),
  );
  childElements(derivative, 'derivativeHolding').forEach((row, i) =>
    filing.derivativeHoldings.push(readDerivativeRow(ctx, row, `derivativeHoldings[${i}]`, false)),
  );
}

function filingFromTree(root: XmlElement): Filing {
  if (root.localName !== 'ownershipDocument') {
    throw new ParseFailure(
      'not-ownership-form',
      `This XML is a <${root.name}> document, not EDGAR ownership XML (<ownershipDocument>). ` +
        'Choose the XML of a Form 3, 4 or 5 filing.',
    );
  }
  const filing = emptyFiling(documentTypeOf(root));
  const ctx: ReadContext = { warnings: filing.warnings };
  const isForm3 = filing.documentType.startsWith('3');
  filing.periodOfReport = toDate(fieldText(firstChild(root, 'periodOfReport')), ctx, 'periodOfReport');
  filing.dateOfOriginalSubmission = toDate(
    fieldText(firstChild(root, 'dateOfOriginalSubmission')),
    ctx,
    'dateOfOriginalSubmission',
  );
  filing.notSubjectToSection16 = checkbox(ctx, root, 'notSubjectToSection16', !isForm3);
  filing.noSecuritiesOwned = checkbox(ctx, root, 'noSecuritiesOwned', isForm3);
  filing.aff10b5One = checkbox(ctx, root, 'aff10b5One', false);
  const issuer = firstChild(root, 'issuer');
  filing.issuer = {
    name: fieldText(firstChild(issuer, 'issuerName')) ?? '',
    tradingSymbol: fieldText(firstChild(issuer, 'issuerTradingSymbol')),
    cik: fieldText(firstChild(issuer, 'issuerCik')),
  };
  if (filing.issuer.name === '')
    warn(ctx, 'xml-missing-issuer-name', 'The XML gives no issuer name.', 'issuer.name');
  filing.reportingOwners = childElements(root, 'reportingOwner').map((owner, i) => readOwner(ctx, owner, i));
  readTables(ctx, root, filing);
  filing.footnotes = readFootnotes(ctx, root);
  filing.remarks = fieldText(firstChild(root, 'remarks'));
  filing.signatures = readSignatures(ctx, root);
  checkFootnoteReferences(filing);
  fitContractLimits(filing);
  return filing;
}

/**
 * Read EDGAR ownership XML — a plain ownershipDocument or a full SGML
 * submission containing one — into the contract Filing.
 * Throws ParseFailure: 'too-large', 'forbidden-xml' (DOCTYPE/entities),
 * 'malformed-xml', 'not-ownership-form'.
 */
export function readOwnershipXml(source: string): Filing {
  if (source.length > MAX_SOURCE_CHARS) {
    throw new ParseFailure(
      'too-large',
      `The file is ${source.length.toLocaleString('en-US')} characters long, over the ` +
        `${MAX_SOURCE_CHARS.toLocaleString('en-US')} limit for an EDGAR submission. Choose the filing’s XML document instead.`,
    );
  }
  const xml = isSgmlSubmission(source) ? extractOwnershipXmlFromSgml(source) : source;
  return filingFromTree(parseXml(xml));
}
