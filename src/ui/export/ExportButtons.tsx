/**
 * Export the filing as JSON (the interchange contract), CSV (one row per
 * table row, for spreadsheets) or EDGAR ownership XML, named after the
 * issuer, owner and date.
 */
import { toCsv } from '../../core/export/to-csv';
import { toJson } from '../../core/export/to-json';
import { toOwnershipXml } from '../../core/export/to-ownership-xml';
import type { Filing } from '../../core/filing';
import { downloadText } from './download';
import { exportFileName } from './file-name';

interface Format {
  extension: 'json' | 'csv' | 'xml';
  label: string;
  description: string;
  mimeType: string;
  write(filing: Filing): string;
}

const FORMATS: readonly Format[] = [
  {
    extension: 'json',
    label: 'JSON',
    description: 'Filing JSON, every field of the form',
    mimeType: 'application/json',
    write: toJson,
  },
  {
    extension: 'csv',
    label: 'CSV',
    description: 'one line per table row, for spreadsheets',
    mimeType: 'text/csv',
    write: (filing) => toCsv(filing),
  },
  {
    extension: 'xml',
    label: 'XML',
    description: 'EDGAR ownership XML',
    mimeType: 'application/xml',
    write: toOwnershipXml,
  },
];

export function ExportButtons({ filing }: { filing: Filing }) {
  return (
    <div class="export-buttons" role="group" aria-label="Export this filing">
      <span class="export-label">Export</span>
      {FORMATS.map((format) => (
        <button
          key={format.extension}
          type="button"
          class="quiet"
          data-export={format.extension}
          title={`${exportFileName(filing, format.extension)}: ${format.description}`}
          aria-label={`Export ${format.label}: ${format.description}`}
          onClick={() =>
            downloadText(format.write(filing), exportFileName(filing, format.extension), format.mimeType)
          }
        >
          {format.label}
        </button>
      ))}
    </div>
  );
}
