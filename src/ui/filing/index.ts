/*
 * For the library UI (and FileCard): render one filing with
 *
 *   <FilingView
 *     filing={record.filing}                      // required
 *     provenance={record.source?.provenance}      // PDF only: field path → boxes; enables highlights
 *     original={bytesOrFile}                      // PDF: Uint8Array or Blob/File of the original file;
 *                                                 //   draws its pages beside the tables (not needed for XML)
 *     fileName={record.fileName}                  // for messages
 *     library={records}                           // optional: every stored { id, filing } (LibraryRecord fits);
 *     entryId={record.id}                         //   enables amendment link/diff and holdings-over-time
 *     onOpenEntry={(id) => open(id)}              // optional: "open the original / the amendment"
 *   />
 *
 * For the library page itself: <LibraryInsights entries={records} onOpenEntry={…} /> (totals by issuer and
 * person, holdings over time). Both only read what they are given; nothing here touches storage.
 */
export { FilingView, type FilingViewProps } from './FilingView';
export { LibraryInsights, type LibraryInsightsProps } from '../insights/LibraryInsights';
