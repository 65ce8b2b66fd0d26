/**
 * One cell of Table I or II: its value as printed, the code in plain English,
 * footnote markers, and any warning about it. Focusing it (click or keys)
 * selects its field path, which highlights where it was read on the PDF page,
 * and shows what there is to know about it in the floating note.
 */
import type { ComponentChildren } from 'preact';
import { OWNERSHIP_FORM_EXPLANATIONS, describeCode } from '../../core/codes';
import type { DirectIndirect, TableKey } from '../../core/filing';
import type { Column } from './columns';
import { useFilingContext } from './context';
import { FootnoteMarks, FootnoteTip } from './Footnotes';
import { cellKey, type CellPosition } from './grid-keys';
import {
  cellPath,
  footnoteTextId,
  pathId,
  warningTextId,
  warningsForCell,
  type IndexedWarning,
} from './paths';
import { codeExplanationId } from './CodeLegend';

interface CellProps<Row> {
  table: TableKey;
  index: number;
  row: Row & { footnotes: Record<string, string[]> };
  column: Column<Row>;
  position: CellPosition;
  active: boolean;
  onActivate(position: CellPosition): void;
}

export function TableCell<Row>({ table, index, row, column, position, active, onActivate }: CellProps<Row>) {
  const { idPrefix, selected, select, tip, warnings } = useFilingContext();
  const path = cellPath(table, index, column.field);
  const footnoteIds = row.footnotes[column.field] ?? [];
  const cellWarnings = warningsForCell(warnings, table, index, column.field);
  const value = row[column.field] as unknown;
  const code = column.field === 'transactionCode' ? describeCode(value as string | null) : null;
  const tipContent = cellTip(cellWarnings, footnoteIds, column.field, value);
  const describedBy = [
    ...cellWarnings.map((w) => warningTextId(idPrefix, w.index)),
    ...footnoteIds.map((id) => footnoteTextId(idPrefix, id)),
    ...(code ? [codeExplanationId(idPrefix, code.code)] : []),
  ];
  const Tag = column.field === 'securityTitle' ? 'th' : 'td';
  const classes = [
    `col-${column.kind}`,
    selected === path ? 'selected' : '',
    cellWarnings.length > 0 ? 'has-warning' : '',
  ].filter(Boolean);
  return (
    <Tag
      id={pathId(idPrefix, path)}
      class={classes.join(' ')}
      scope={Tag === 'th' ? 'row' : undefined}
      data-field={column.field}
      data-path={path}
      data-cell={cellKey(position)}
      tabIndex={active ? 0 : -1}
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
      onFocus={(event) => {
        if (event.target !== event.currentTarget) return;
        onActivate(position);
        select(path);
        if (tipContent) tip.show(event.currentTarget as HTMLElement, tipContent);
      }}
      onBlur={(event) => tip.hide(event.currentTarget as HTMLElement)}
      onMouseEnter={(event) => tipContent && code && tip.show(event.currentTarget as HTMLElement, tipContent)}
      onMouseLeave={(event) =>
        document.activeElement !== event.currentTarget && tip.hide(event.currentTarget as HTMLElement)
      }
    >
      {code ? (
        <span class="code">
          <span class="code-letter">{code.code}</span>
          <span class="code-label">{code.label}</span>
        </span>
      ) : (
        <CellValue text={column.show(row)} field={column.field} />
      )}
      <FootnoteMarks ids={footnoteIds} tabbable={active} />
      {cellWarnings.length > 0 && (
        <span class="cell-flag" aria-hidden="true" title="Check this value">
          !
        </span>
      )}
    </Tag>
  );
}

function CellValue({ text, field }: { text: string; field: string }) {
  if (field === 'transactionCode' && text !== '') return <span class="code-letter unknown">{text}</span>;
  return <>{text}</>;
}

function cellTip(
  warnings: IndexedWarning[],
  footnoteIds: string[],
  field: string,
  value: unknown,
): ComponentChildren | null {
  const parts: ComponentChildren[] = [];
  for (const { warning, index } of warnings)
    parts.push(
      <p key={`w${index}`} class="tip-warning">
        <strong>Check:</strong> {warning.message}
      </p>,
    );
  if (field === 'transactionCode' && typeof value === 'string' && value.trim() !== '') {
    parts.push(<CodeTip key="code" code={value} />);
  }
  if (field === 'directOrIndirectOwnership' && (value === 'D' || value === 'I')) {
    const info = OWNERSHIP_FORM_EXPLANATIONS[value as DirectIndirect];
    parts.push(
      <p key="own">
        <strong>{info.label}.</strong> {info.explanation}
      </p>,
    );
  }
  if (footnoteIds.length > 0) parts.push(<FootnoteTip key="fn" ids={footnoteIds} />);
  return parts.length > 0 ? <>{parts}</> : null;
}

function CodeTip({ code }: { code: string }) {
  const info = describeCode(code);
  if (!info)
    return (
      <p>
        <strong>{code}</strong> is not one of the transaction codes the SEC defines for Forms 4 and 5.
      </p>
    );
  return (
    <>
      <p>
        <strong>
          {info.code} · {info.label}.
        </strong>{' '}
        {info.explanation}
      </p>
      <p class="tip-sec">SEC: “{info.secWording}”</p>
    </>
  );
}
