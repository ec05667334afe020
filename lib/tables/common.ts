// What every table reader produces, and the helpers they share.
import type { GridCell } from '../grid';
import { localised, type Localised, type MessageKey, type Place } from '../messages';
import { parseCell, unitConflict } from '../number';
import type { TableData } from '../report';
import type { ColumnDef, TableKey } from '../template';

export interface TableRead<S> {
  data: TableData;
  /** row key → the row's page cells, column by column: where a finding's cell is in the page */
  sources: Map<string, { columns: readonly NamedColumn[]; cells: (GridCell<S> | undefined)[] }>;
  /** wording met while reading that strays from the template: the label-mismatch rule says it */
  labels: LabelNote[];
  /** rows of the template that were found */
  rows: Set<string>;
}

/** Where a label strays and how to say it. */
export interface LabelNote {
  place: Place;
  key: MessageKey;
  params: Record<string, string | number | Localised>;
}

export const newRead = <S>(): TableRead<S> => ({ data: {}, sources: new Map(), labels: [], rows: new Set() });

/** Where the cell of a row and column is in the page (looked up for the few cells findings point at). */
export function sourceOf<S>(read: TableRead<S>, row: string, column: string): S | undefined {
  const sources = read.sources.get(row);
  return sources?.cells[sources.columns.findIndex((c) => c.key === column)]?.source;
}

const TABLE_NAMES = { active: localised('table.active'), requests: localised('table.requests'), appeals: localised('table.appeals') };
export const tableName = (table: TableKey): Localised => TABLE_NAMES[table];

type RowName = { key: string; label: Localised };
/** A column as findings name it: appeals' columns carry their group's name. */
export type NamedColumn = ColumnDef & { name?: Localised };

/** Puts a row's cells (or their absence) under the columns' keys and notes units that contradict a column. */
export function putRow<S>(read: TableRead<S>, table: TableKey, row: RowName, columns: readonly NamedColumn[], cells: (GridCell<S> | undefined)[]): void {
  const values = (read.data[row.key] ??= {});
  read.sources.set(row.key, { columns, cells });
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c];
    const cell = cells[c];
    const text = cell === undefined ? '' : cell.text;
    const parsed = parseCell(text, column.kind);
    values[column.key] = parsed;
    const unit = column.unit && parsed.status === 'number' ? unitConflict(text, column.unit) : undefined;
    if (unit) {
      const where = localised('where.cell', { table: tableName(table), row: row.label, column: column.name ?? { zh: column.label, en: column.key } });
      read.labels.push({ place: { table, row: row.key, column: column.key }, key: 'unit-conflict', params: { where, unit, columnUnit: column.unit! } });
    }
  }
}
