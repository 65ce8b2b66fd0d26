/**
 * Small builders for the table cells the form tables share: column headers
 * with EDGAR's spans and widths, and data cells that put a value and its
 * footnote markers together.
 */
import type { FootnoteRefs } from '../filing';
import { dataSpan, formatDate, formatNumber, marksFor, priceHtml } from './format';
import type { FormNumber } from './form-kind';

export interface HeaderCell {
  label: string;
  /** Width class, e.g. "w36" (36% of the table). */
  width: string;
  rowspan?: number;
  colspan?: number;
  /** Leaf headers under a group (Code, V, Amount…) sit centred at the bottom. */
  leaf?: boolean;
  textClass?: string;
}

/** Lets "(Month/Day/Year)" wrap at its slashes, so narrow date columns need not widen the table. */
function breakableLabel(label: string): string {
  return label.replace('(Month/Day/Year)', '(Month/<wbr>Day/<wbr>Year)');
}

export function headerCell(cell: HeaderCell): string {
  const spans = [
    cell.rowspan ? ` rowspan="${cell.rowspan}"` : '',
    cell.colspan ? ` colspan="${cell.colspan}"` : '',
  ].join('');
  const placement = cell.leaf ? 'bottom center' : 'top left';
  const textClass = cell.textClass ?? 'SmallFormText';
  return `<th${spans} class="${cell.width} ${placement} ${textClass}">${breakableLabel(cell.label)}</th>`;
}

export function headerRow(cells: readonly HeaderCell[]): string {
  return `<tr>\n${cells.map(headerCell).join('\n')}\n</tr>`;
}

/** The table's title row, spanning every column. */
export function titleRow(columns: number, lines: readonly string[]): string {
  const text = lines.map((line) => `<b>${line}</b>`).join('<br>');
  return `<tr><th colspan="${columns}" class="w100 top center FormTextC">${text}</th></tr>`;
}

/** "left" cells hold free text (titles, nature of ownership) and may wrap anywhere. */
export type Align = 'left' | 'center';

export function td(content: string, align: Align = 'center'): string {
  return `<td class="${align}">${content}</td>`;
}

/** Each data cell of a row knows its row's footnote references. */
export class RowCells {
  constructor(
    private readonly refs: FootnoteRefs,
    private readonly dataClass: string,
  ) {}

  text(value: string | null, field: string, align: Align = 'center'): string {
    return td(dataSpan(value ?? '', this.dataClass) + marksFor(this.refs, field), align);
  }

  date(value: string | null, field: string): string {
    return this.text(formatDate(value), field);
  }

  number(value: number | null, field: string): string {
    return this.text(formatNumber(value), field);
  }

  price(value: number | null, field: string): string {
    return td(priceHtml(value, this.dataClass) + marksFor(this.refs, field));
  }

  /** Code cells use EDGAR's smaller data type whatever the table's type. */
  code(value: string | null, field: string): string {
    return td(dataSpan(value ?? '', 'SmallFormData') + marksFor(this.refs, field));
  }

  /** The "V" column: a V when the transaction was voluntarily reported. */
  voluntary(value: boolean | null, field: string): string {
    return td((value === true ? dataSpan('V', this.dataClass) : '') + marksFor(this.refs, field));
  }

  /** Column 3 of either table: the code, then the "V" cell, which Form 5 does not have. */
  codeAndV(row: { transactionCode: string | null; voluntarilyReported: boolean | null }, form: FormNumber) {
    const code = this.code(row.transactionCode, 'transactionCode');
    return form === '5' ? [code] : [code, this.voluntary(row.voluntarilyReported, 'voluntarilyReported')];
  }

  /**
   * Amount owned after the transactions: shares, or a dollar value for the
   * rare rows that report value instead of shares.
   */
  ownedAfter(shares: number | null, value: number | null): string {
    const marks =
      marksFor(this.refs, 'sharesOwnedFollowingTransaction') +
      marksFor(this.refs, 'valueOwnedFollowingTransaction');
    if (shares == null && value != null) return td(priceHtml(value, this.dataClass) + marks);
    return td(dataSpan(formatNumber(shares), this.dataClass) + marks);
  }

  marks(field: string): string {
    return marksFor(this.refs, field);
  }
}

/** A boxed form table: its header, then a body only when there are rows (EDGAR prints no empty body). */
export function formTable(className: string, header: string, bodyRows: readonly string[]): string {
  return [
    `<table class="boxed form-table ${className}">`,
    header,
    bodyRows.length > 0 ? `<tbody>\n${bodyRows.join('\n')}\n</tbody>` : '',
    '</table>',
  ].join('\n');
}
