/**
 * Cross-check footnote references against the footnotes the filing defines:
 * a reference to an id with no footnote text is something the reader should
 * see (EDGAR suspends such filings, so it points at a damaged or hand-made file).
 */
import { TABLE_KEYS, type Filing } from '../filing';

export function checkFootnoteReferences(filing: Filing): void {
  const defined = new Set(filing.footnotes.map((footnote) => footnote.id));
  for (const table of TABLE_KEYS) {
    filing[table].forEach((row, index) => {
      for (const [field, ids] of Object.entries(row.footnotes)) {
        for (const id of ids) {
          if (defined.has(id)) continue;
          filing.warnings.push({
            code: 'unknown-footnote',
            message: `Footnote ${id} is referenced here but the filing has no footnote ${id}.`,
            path: `${table}[${index}].${field}`,
          });
        }
      }
    });
  }
}
