/**
 * The PDF form engine: positioned words → Filing plus where every value was
 * read. DOM-free, and blind to where the words came from (pdf.js or OCR):
 * everything is found from the form's printed wording.
 */
import { ParseFailure } from '../errors';
import { emptyFiling, type DocumentType, type Filing } from '../filing';
import type { PositionedText, Provenance } from '../words';
import { closesForm, findAnchors } from './anchors';
import { checkFiling } from './checks';
import { makeFormDoc, PagedText, pageInfo, type FormDoc } from './doc';
import { readHeaderBoxes } from './header';
import { headerBoxes } from './header-boxes';
import { readAddress } from './name-box';
import { readFootnotes, readRemarks } from './notes';
import { assembleOwners } from './owners';
import { readOwnersTable } from './owners-table';
import { Recorder } from './recorder';
import { findSections, spanLines, spanWords, type Sections } from './sections';
import { readSignature } from './signatures';
import { readTables } from './tables';
import { readTopBoxes } from './top-boxes';

/** Pages up to the one that closes the form; all pages when the closing sentence is missing. */
function formLastPage(paged: PagedText, text: PositionedText): number {
  const pages = text.pages.map((p) => p.page).sort((a, b) => a - b);
  return pages.find((p) => closesForm(paged.page(p).lines)) ?? pages[pages.length - 1] ?? 1;
}

function readExtraOwners(doc: FormDoc, sections: Sections) {
  return sections.extraNameBoxes.map(({ hit, span }) => {
    const words = spanWords(doc, span).filter((w) => !hit.words.includes(w) && w.text !== '*');
    return readAddress(words, {
      page: hit.page,
      x0: hit.x0,
      x1: pageInfo(doc, hit.page).width,
      top: hit.top,
      bottom: span.end.y,
    });
  });
}

/**
 * `paged`: the same words already split by page (and perhaps grouped into
 * lines) while the PDF was read, when the caller has them (parse-file.ts).
 */
export function readForm(
  text: PositionedText,
  paged: PagedText = new PagedText(text.words),
): { filing: Filing; provenance: Provenance } {
  if (text.words.length === 0) {
    throw new ParseFailure(
      'no-text-layer',
      'This PDF is an image, no text layer: there are no words to read. Use the filing’s XML or a text PDF.',
    );
  }
  const doc = makeFormDoc(paged, text.pages, formLastPage(paged, text));
  const a = findAnchors(doc);
  const rec = new Recorder();
  const sections = findSections(doc, a);
  const tables = readTables(
    doc,
    a.formNumber,
    { tableI: a.tableI, tableII: a.tableII, tableIEnd: sections.tableIEnd, tableIIEnd: sections.tableIIEnd },
    rec,
  );
  const firstTable = a.tableI ?? a.tableII;
  const boxes = headerBoxes(a.header, pageInfo(doc, a.title.page).width, (page) =>
    firstTable && firstTable.page === page ? firstTable.top : pageInfo(doc, page).height,
  );
  const header = readHeaderBoxes(doc, a.header, boxes);
  const ownersTable = sections.ownersTable ? readOwnersTable(spanWords(doc, sections.ownersTable)) : null;
  const owners = assembleOwners(
    header.owner,
    header.relationship,
    readExtraOwners(doc, sections),
    ownersTable,
    rec,
  );

  const amended = header.amendment.date !== null;
  const filing = emptyFiling(`${a.formNumber}${amended ? '/A' : ''}` as DocumentType);
  rec.put(
    'documentType',
    a.title.words.map((w) => ({ page: w.page, x0: w.x0, x1: w.x1, top: w.top, bottom: w.bottom })),
  );
  filing.periodOfReport = header.period.date;
  rec.put('periodOfReport', header.period.boxes);
  filing.dateOfOriginalSubmission = header.amendment.date;
  rec.put('dateOfOriginalSubmission', header.amendment.boxes);
  if (header.issuer) {
    filing.issuer = { name: header.issuer.name, tradingSymbol: header.issuer.ticker, cik: null };
    rec.put('issuer.name', header.issuer.boxes);
    rec.put('issuer.tradingSymbol', header.issuer.tickerBoxes);
  }
  filing.reportingOwners = owners;
  Object.assign(filing, tables);

  if (a.formNumber !== '3') {
    const top = readTopBoxes(doc, a.tableI ?? a.tableII);
    filing.notSubjectToSection16 = top.section16.present ? top.section16.checked : null;
    rec.put('notSubjectToSection16', top.section16.boxes);
    filing.aff10b5One = top.rule10b51.present ? top.rule10b51.checked : null;
    rec.put('aff10b5One', top.rule10b51.boxes);
  }
  const heading = doc.lines.find((l) => l.words.some((w) => a.explanation?.words.includes(w))) ?? null;
  const notes = sections.footnotes ? readFootnotes(spanLines(doc, sections.footnotes), heading, rec) : null;
  filing.footnotes = notes?.footnotes ?? [];
  const remarks = sections.remarks ? readRemarks(spanLines(doc, sections.remarks), rec) : null;
  filing.remarks = remarks?.remarks ?? null;
  if (a.formNumber === '3')
    filing.noSecuritiesOwned = !!(notes?.noSecuritiesOwned || remarks?.noSecuritiesOwned);
  sections.signatures.forEach((block) => {
    const sig = readSignature(block.words, block.caption, filing.signatures.length, rec);
    if (sig) filing.signatures.push(sig);
  });
  checkFiling(filing, header.relationship, rec);
  filing.warnings = rec.issues.map(({ code, message, path }) => ({ code, message, path }));
  return { filing, provenance: rec.provenance };
}
