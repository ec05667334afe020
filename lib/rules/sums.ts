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

/** The cells of a table in one status (blank, invalid), with their row and column. */
export function cellsWith(data: TableData, status: Cell['status']): { row: string; column: string; cell: Cell }[] {
  const found = [];
  // for…in, not entries(): every cell of every table passes here, and most hold a number
  for (const row in data) {
    const cells = data[row];
    for (const column in cells) if (cells[column].status === status) found.push({ row, column, cell: cells[column] });
  }
  return found;
}
