/*
 * For the library UI (and FileCard): render one filing with
 *
 *   <FilingView
 *     filing={record.filing}                      // required
 *     provenance={record.source?.provenance}      // PDF only: field path → boxes; enables highlights
 *     original={bytesOrFile}                      // the original file: Uint8Array (library.getFile(id).bytes)
 *                                                 //   or the File/Blob; a PDF's pages are drawn beside the
 *                                                 //   tables (sniffed from the bytes; XML shows no pane)
 *     fileName={record.fileName}                  // for messages
 *     library={records}                           // optional: every stored { id, filing } (LibraryRecord fits);
 *     entryId={record.id}                         //   enables amendment link/diff and holdings-over-time
 *     onOpenEntry={(id) => open(id)}              // optional: "open the original / the amendment"
 *   />
 *
 * For the library page itself: <LibraryInsights entries={records} /> (totals by issuer and person, holdings
 * over time). Both only read what they are given; nothing here touches storage.
 * Note: restoreRecord drops a record's whole `source` when one path has more than 64 boxes (a footnote of
 * 65+ words), which leaves such PDFs without highlights; test/browser/filing-pdf.test.ts needs that raised.
 */
export { FilingView, type FilingViewProps } from './FilingView';
export { LibraryInsights, type LibraryInsightsProps } from '../insights/LibraryInsights';
