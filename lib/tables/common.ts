// What every table reader produces, and the helpers they share.
import type { GridCell } from '../grid';
import { localised, makeFinding, type Localised } from '../messages';
import { parseCell, unitConflict } from '../number';
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

/** `sources` (cellId → page element) may be shared by the tables of one page. */
export const newRead = <S>(sources = new Map<string, S>()): TableRead<S> => ({ data: {}, cells: sources, findings: [], rows: new Set() });

const TABLE_NAMES = { active: localised('table.active'), requests: localised('table.requests'), appeals: localised('table.appeals') };
export const tableName = (table: TableKey): Localised => TABLE_NAMES[table];

type RowName = { key: string; label: Localised };
/** A column as findings name it: appeals' columns carry their group's name. */
export type NamedColumn = ColumnDef & { name?: Localised };

// The cells' ids, built once per row of the template: building one per cell costs a page's audit
// as much as reading the cell.
const idCache = new WeakMap<readonly NamedColumn[], Map<string, string[]>>();
function idsOf(table: TableKey, row: string, columns: readonly NamedColumn[]): string[] {
  let byRow = idCache.get(columns);
  if (!byRow) idCache.set(columns, (byRow = new Map()));
  let ids = byRow.get(row);
  if (!ids) byRow.set(row, (ids = columns.map((c) => cellId(table, row, c.key))));
  return ids;
}

/** Puts a row's cells (or their absence) under the columns' keys and notes units that contradict a column. */
export function putRow<S>(read: TableRead<S>, table: TableKey, row: RowName, columns: readonly NamedColumn[], cells: (GridCell<S> | undefined)[]): void {
  const ids = idsOf(table, row.key, columns);
  const values = (read.data[row.key] ??= {});
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c];
    const cell = cells[c];
    const text = cell === undefined ? '' : cell.text;
    const parsed = parseCell(text, column.kind);
    values[column.key] = parsed;
    if (cell !== undefined && cell.source !== undefined) read.cells.set(ids[c], cell.source);
    const unit = column.unit && parsed.status === 'number' ? unitConflict(text, column.unit) : undefined;
    if (unit) {
      const where = localised('where.cell', { table: tableName(table), row: row.label, column: column.name ?? { zh: column.label, en: column.key } });
      read.findings.push(makeFinding('label-mismatch', 'info', { table, row: row.key, column: column.key }, 'unit-conflict', { where, unit, columnUnit: column.unit! }));
    }
  }
}
