/**
 * Export file names a person can find again in a downloads folder:
 * ticker (or issuer), first reporting owner, period, form type —
 * "RKLB_Olson-Jon-A_2024-11-19_Form-4.csv". Only letters, digits, dots
 * and dashes, so every file system and every browser keeps the name.
 */
import type { Filing } from '../../core/filing';

const MAX_PART = 40;

function part(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_PART)
    .replace(/-+$/, '');
}

export function exportFileName(filing: Filing, extension: 'json' | 'csv' | 'xml'): string {
  const parts = [
    part(filing.issuer.tradingSymbol) || part(filing.issuer.name) || 'issuer',
    part(filing.reportingOwners[0]?.name) || 'owner',
    part(filing.periodOfReport) || 'undated',
    `Form-${filing.documentType.replace('/', '')}`,
  ];
  return `${parts.join('_')}.${extension}`;
}
