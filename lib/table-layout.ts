// The report tables as the template draws them, and which of their cells to mark: shared by the
// workbook and the printable audit note, so both show the same grid with the same colours.
import { cellId, type Finding, type TableData } from './report';
import { findingKey, type Decision } from './review';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, type TableKey, type TemplateId } from './template';

/** A grid as the template draws it (the proactive table is several small ones). */
export interface TablePart {
  /** 第二十条第（一）项 */
  title?: string;
  columns: readonly { key: string; label: string }[];
  rows: readonly { key: string; label: string; group?: string }[];
  /** where the value of a grid cell is kept in the report's table data */
  at: (row: string, column: string) => readonly [string, string];
}

const asIs = (row: string, column: string) => [row, column] as const;

export function tableParts(table: TableKey, template: TemplateId): TablePart[] {
  if (table === 'active') return ACTIVE_BLOCKS[template].map((b) => ({ title: `第二十条第（${b.item}）项`, columns: b.columns, rows: b.rows, at: asIs }));
  if (table === 'requests') return [{ columns: REQUEST_COLUMNS, rows: REQUEST_ROWS[template], at: asIs }];
  // the appeals table is one long row of 15 cells; as a grid its three groups read as rows
  return [{ columns: APPEAL_COLUMNS, rows: APPEAL_GROUPS, at: (group, column) => ['', `${group}.${column}`] }];
}

/** The template's words for where a finding points (an appeals cell reads 行政复议 / 总计). */
export function placeLabels(f: Finding, template: TemplateId): { row?: string; column?: string } {
  if (!f.table) return {};
  for (const part of tableParts(f.table, template)) {
    for (const r of part.rows) {
      for (const c of part.columns) {
        const [row, column] = part.at(r.key, c.key);
        const rowHit = f.row !== undefined && row === f.row && (f.table !== 'appeals' || f.column !== undefined);
        if (rowHit && column === f.column) return { row: r.label, column: c.label };
        if (rowHit && f.column === undefined) return { row: r.label };
        if (f.row === undefined && column === f.column) return { column: c.label };
      }
    }
  }
  return {};
}

/** fail: an error points here; dismissed: only errors the auditor dismissed do; blank: the page left it empty. */
export type CellMark = 'fail' | 'dismissed' | 'blank';

/** Marks of one table's cells and rows (a row's own mark is under column ""). */
export function tableMarks(table: TableKey, findings: readonly Finding[], decisions: Readonly<Record<string, Decision>>): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    if (f.severity !== 'error' || f.table !== table || f.row === undefined) continue;
    const id = cellId(table, f.row, f.column ?? '');
    if (marks.get(id) !== 'fail') marks.set(id, decisions[findingKey(f)]?.status === 'dismissed' ? 'dismissed' : 'fail');
  }
  return marks;
}

/** A grid cell's value and mark; a row the page lacks has neither. */
export function gridCell(table: TableKey, data: TableData, at: readonly [string, string], marks: ReadonlyMap<string, CellMark>) {
  const cell = data[at[0]]?.[at[1]];
  const mark = marks.get(cellId(table, at[0], at[1])) ?? (cell?.status === 'blank' ? 'blank' : undefined);
  return { cell, mark };
}

export const rowMark = (table: TableKey, part: TablePart, row: string, marks: ReadonlyMap<string, CellMark>): CellMark | undefined =>
  marks.get(cellId(table, part.at(row, '')[0], ''));
