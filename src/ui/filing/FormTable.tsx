/**
 * Table I or Table II as a real <table>: two header rows grouped the way the
 * form groups them, then the transaction rows and the holding rows, each
 * cell with its footnote markers.
 */
import type { FootnoteRefs } from '../../core/filing';
import type { Column } from './columns';
import { FootnoteMarks } from './Footnotes';

interface RowWithFootnotes {
  footnotes: FootnoteRefs;
}

export interface TableSection<Row> {
  label: string;
  rows: Row[];
}

interface Props<Row extends RowWithFootnotes> {
  title: string;
  columns: Column<Row>[];
  sections: TableSection<Row>[];
  idPrefix: string;
}

export function FormTable<Row extends RowWithFootnotes>({ title, columns, sections, idPrefix }: Props<Row>) {
  const allRows = sections.flatMap((s) => s.rows);
  const shown = columns.filter((c) => !c.onlyWhenUsed || allRows.some((r) => r[c.field] !== null));
  const filled = sections.filter((s) => s.rows.length > 0);
  return (
    <section class="form-table">
      <h3>{title}</h3>
      {filled.length === 0 ? (
        <p class="muted">Nothing reported in this table.</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={title} tabIndex={0}>
          <table>
            <HeaderRows columns={shown} />
            {filled.map((section) => (
              <tbody key={section.label}>
                <tr class="section-row">
                  <th colSpan={shown.length} scope="rowgroup">
                    {section.label}
                  </th>
                </tr>
                {section.rows.map((row, i) => (
                  <BodyRow key={i} row={row} columns={shown} idPrefix={idPrefix} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

function HeaderRows<Row>({ columns }: { columns: Column<Row>[] }) {
  const top: { label: string; span: number; grouped: boolean }[] = [];
  for (const column of columns) {
    const last = top[top.length - 1];
    if (column.group && last?.grouped && last.label === column.group) last.span += 1;
    else top.push({ label: column.group ?? column.label, span: 1, grouped: column.group !== undefined });
  }
  return (
    <thead>
      <tr>
        {top.map((cell) =>
          cell.grouped ? (
            <th key={cell.label} colSpan={cell.span} scope="colgroup">
              {cell.label}
            </th>
          ) : (
            <th key={cell.label} rowSpan={2} scope="col">
              {cell.label}
            </th>
          ),
        )}
      </tr>
      <tr>
        {columns
          .filter((c) => c.group !== undefined)
          .map((c) => (
            <th key={c.field} scope="col">
              {c.label}
            </th>
          ))}
      </tr>
    </thead>
  );
}

function BodyRow<Row extends RowWithFootnotes>(props: {
  row: Row;
  columns: Column<Row>[];
  idPrefix: string;
}) {
  const { row, columns, idPrefix } = props;
  return (
    <tr>
      {columns.map((column) => (
        <td key={column.field} class={`col-${column.kind}`} data-field={column.field}>
          {column.show(row)}
          <FootnoteMarks ids={row.footnotes[column.field] ?? []} idPrefix={idPrefix} />
        </td>
      ))}
    </tr>
  );
}
