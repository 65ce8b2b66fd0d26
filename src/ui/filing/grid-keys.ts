/**
 * Arrow-key movement between the cells of a table (one Tab stop per table,
 * the "roving tabindex" of the ARIA grid pattern, on a plain <table> so
 * screen readers keep reading it as a table). Cells are marked with
 * data-cell="row,col"; the caller keeps which one is active.
 */

export interface CellPosition {
  row: number;
  col: number;
}

export function cellKey(position: CellPosition): string {
  return `${position.row},${position.col}`;
}

export function readCellPosition(element: Element | null): CellPosition | null {
  const cell = element?.closest('[data-cell]');
  const [row, col] = (cell?.getAttribute('data-cell') ?? '').split(',').map(Number);
  return row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col)
    ? null
    : { row, col };
}

/** Where a key press moves to, clamped to the table; null for keys that do not move. */
export function moveFor(
  key: string,
  ctrl: boolean,
  from: CellPosition,
  rows: number,
  cols: number,
): CellPosition | null {
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowRight':
      return clamp(from.row, from.col + 1);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(from.row, cols - 1);
    default:
      return null;
  }
}

export function focusCell(table: HTMLElement | null, position: CellPosition): void {
  table?.querySelector<HTMLElement>(`[data-cell="${cellKey(position)}"]`)?.focus();
}
