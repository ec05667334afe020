// The arithmetic the sum rules share: a blank cell counts as 0, an invalid or absent one
// suspends every sum it takes part in (REPORT-FORMAT.md "Rules").
import type { Cell, TableData } from '../report';

export type RowCells = TableData[string] | undefined;

export const differs = (a: number, b: number): boolean => Math.abs(a - b) > 1e-9;

/** The cell's number for a sum: blank → 0; absent or invalid → undefined (the sum is not checked). */
export function numberIn(row: RowCells, column: string): number | undefined {
  const cell = row?.[column];
  if (!cell || cell.status === 'invalid') return undefined;
  return cell.value ?? 0;
}

export function sumOf(values: (number | undefined)[]): number | undefined {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}

type Placed = { row: string; column: string; cell: Cell };
type NotANumber = Exclude<Cell['status'], 'number'>;
// one pass over a table's cells serves both rules that ask (cell-missing, cell-invalid)
const byStatus = new WeakMap<TableData, Map<NotANumber, Placed[]>>();

/** The cells of a table that hold no number (blank, invalid), with their row and column. */
export function cellsWith(data: TableData, status: NotANumber): Placed[] {
  let sorted = byStatus.get(data);
  if (!sorted) {
    sorted = new Map();
    // for…in, not entries(): every cell of every table passes here, and most hold a number
    for (const row in data) {
      const cells = data[row];
      for (const column in cells) {
        const cell = cells[column];
        const kind = cell.status;
        if (kind === 'number') continue;
        const list = sorted.get(kind);
        if (list) list.push({ row, column, cell });
        else sorted.set(kind, [{ row, column, cell }]);
      }
    }
    byStatus.set(data, sorted);
  }
  return sorted.get(status) ?? [];
}
