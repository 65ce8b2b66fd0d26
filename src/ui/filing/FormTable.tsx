/**
 * Table I or Table II as a real <table>: a caption, two header rows grouped
 * the way the form groups them, then the transaction rows and the holding
 * rows. The table is one Tab stop; arrow keys, Home and End move between
 * cells, Enter on a cell with a footnote opens the footnote.
 */
import { useRef, useState } from 'preact/hooks';
import type { FootnoteRefs, TableKey } from '../../core/filing';
import type { Column } from './columns';
import { useFilingContext } from './context';
import { focusCell, moveFor, readCellPosition, type CellPosition } from './grid-keys';
import { TableCell } from './TableCell';

interface RowWithFootnotes {
  footnotes: FootnoteRefs;
}

export interface TableSection<Row> {
  label: string;
  table: TableKey;
  rows: Row[];
}

interface Props<Row extends RowWithFootnotes> {
  title: string;
  columns: Column<Row>[];
  sections: TableSection<Row>[];
}

export function FormTable<Row extends RowWithFootnotes>({ title, columns, sections }: Props<Row>) {
  const { idPrefix } = useFilingContext();
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const allRows = sections.flatMap((s) => s.rows);
  const shown = columns.filter((c) => !c.onlyWhenUsed || allRows.some((r) => r[c.field] !== null));
  const filled = sections.filter((s) => s.rows.length > 0);
  const titleId = `${idPrefix}-${sections[0]?.table ?? 'table'}-title`;
  const onKeyDown = (event: KeyboardEvent) => {
    const from = readCellPosition(event.target as Element);
    if (!from || (event.target as Element).closest('button')) return;
    if (event.key === 'Enter') {
      (event.target as Element).querySelector<HTMLButtonElement>('.fn-mark')?.click();
      return;
    }
    const to = moveFor(event.key, event.ctrlKey || event.metaKey, from, allRows.length, shown.length);
    if (!to) return;
    event.preventDefault();
    setActive(to);
    focusCell(tableRef.current, to);
  };
  let rowNumber = 0;
  return (
    <section class="filing-section filing-table" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {filled.length === 0 ? (
        <p class="muted">Nothing reported in this table.</p>
      ) : (
        <div class="table-scroll">
          <table ref={tableRef} onKeyDown={onKeyDown}>
            <caption class="visually-hidden">
              {title}. Use the arrow keys to move between cells; a cell's footnotes and any warning are read
              with it.
            </caption>
            <HeaderRows columns={shown} />
            {filled.map((section) => (
              <tbody key={section.label}>
                <tr class="section-row">
                  <th colSpan={shown.length} scope="rowgroup">
                    {section.label}
                  </th>
                </tr>
                {section.rows.map((row, index) => {
                  const position = rowNumber++;
                  return (
                    <tr key={index} data-row={`${section.table}[${index}]`}>
                      {shown.map((column, col) => (
                        <TableCell
                          key={column.field}
                          table={section.table}
                          index={index}
                          row={row}
                          column={column}
                          position={{ row: position, col }}
                          active={active.row === position && active.col === col}
                          onActivate={setActive}
                        />
                      ))}
                    </tr>
                  );
                })}
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
