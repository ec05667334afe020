// What every table reader produces, and the helpers they share.
import type { GridCell } from '../grid';
import { localised, makeFinding, type Localised } from '../messages';
import { parseCell } from '../number';
import { cellId, type Finding, type TableData } from '../report';
import type { ColumnDef, TableKey } from '../template';

export interface TableRead<S> {
  data: TableData;
  /** cellId → where the cell is in the page */
  cells: Map<string, S>;
  /** label and structure findings met while reading (checks on the numbers come later) */
  findings: Finding[];
  /** rows of the template that were found */
  rows: Set<string>;
}

export const newRead = <S>(): TableRead<S> => ({ data: {}, cells: new Map(), findings: [], rows: new Set() });

export const tableName = (table: TableKey): Localised => localised(`table.${table}`);

type RowName = { key: string; label: Localised };

/** Puts a row's cells (or their absence) under the columns' keys. */
export function putRow<S>(read: TableRead<S>, table: TableKey, row: RowName, columns: ColumnDef[], cells: (GridCell<S> | undefined)[]): void {
  for (let c = 0; c < columns.length; c++) putCell(read, table, row, columns[c], cells[c]);
}

/** Puts a page cell (or its absence) under its keys and notes a unit that contradicts the column. */
export function putCell<S>(read: TableRead<S>, table: TableKey, row: RowName, column: ColumnDef & { name?: Localised }, cell: GridCell<S> | undefined): void {
  const parsed = parseCell(cell?.text ?? '', column.kind, column.unit);
  (read.data[row.key] ??= {})[column.key] = parsed.cell;
  if (cell && cell.source !== undefined) read.cells.set(cellId(table, row.key, column.key), cell.source);
  if (parsed.unitConflict && column.unit) {
    const where = localised('where.cell', { table: tableName(table), row: row.label, column: column.name ?? { zh: column.label, en: column.key } });
    read.findings.push(
      makeFinding('label-mismatch', 'info', { table, row: row.key, column: column.key }, 'unit-conflict', { where, unit: parsed.unitConflict, columnUnit: column.unit }),
    );
  }
}
