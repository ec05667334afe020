// One sheet per report table: the template's rows and columns in the template's order, real
// numbers, failing cells red and blank cells amber.
import type { CellObject, Row, Sheet } from 'write-excel-file/universal';
import { message } from './messages';
import { cellId, type Audit, type Finding, type TableData } from './report';
import { findingKey, type Decision } from './review';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, type TableKey, type TemplateId } from './template';
import { FILLS, headerRows, num, text, title } from './workbook-cells';

/** A grid as the template draws it (the proactive table is several small ones). */
interface Part {
  title?: string;
  columns: readonly { key: string; label: string }[];
  rows: readonly { key: string; label: string; group?: string }[];
  /** where the value of a grid cell is kept in the report's table data */
  at: (row: string, column: string) => readonly [string, string];
}

const asIs = (row: string, column: string) => [row, column] as const;

export function tableParts(table: TableKey, template: TemplateId): Part[] {
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

type Mark = keyof typeof FILLS;

/** Cells (and rows, under column "") that an error points at: red, or grey once dismissed. */
function errorMarks(findings: Finding[], decisions: Readonly<Record<string, Decision>>): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const f of findings) {
    if (f.severity !== 'error' || !f.table || f.row === undefined) continue;
    const id = cellId(f.table, f.row, f.column ?? '');
    const mark = decisions[findingKey(f)]?.status === 'dismissed' ? 'dismissed' : 'fail';
    if (marks.get(id) !== 'fail') marks.set(id, mark);
  }
  return marks;
}

function valueCell(data: TableData, at: readonly [string, string], mark: Mark | undefined): CellObject {
  const cell = data[at[0]]?.[at[1]];
  const fill = mark ? FILLS[mark] : cell?.status === 'blank' ? FILLS.blank : {};
  if (cell?.status === 'number' && cell.value !== null) return num(cell.value, fill);
  return text(cell?.raw, fill); // blank or invalid: what the page wrote
}

export const TABLE_SHEET_NAMES: Record<TableKey, string> = { active: '主动公开', requests: '依申请公开', appeals: '复议诉讼' };

/** The grid of one table; undefined when the report has no such table. */
export function tableSheet(audit: Audit, table: TableKey, heading: string, decisions: Readonly<Record<string, Decision>>): Omit<Sheet<Blob>, 'sheet'> | undefined {
  const data = audit.tables[table];
  if (!data) return undefined;
  const template = audit.template ?? '2021';
  const marks = errorMarks(audit.findings, decisions);
  const parts = tableParts(table, template);
  const grouped = parts.some((p) => p.rows.some((r) => r.group));
  const rows: Row[] = [title(`${heading} · ${message('zh', `table.${table}`)}`)];
  for (const part of parts) {
    if (rows.length > 1) rows.push([]);
    if (part.title) rows.push(title(part.title));
    rows.push(
      ...headerRows(
        ['编号', ...(grouped ? ['分组'] : []), '项目', ...part.columns.map((c) => c.label)],
        ['row', ...(grouped ? ['group'] : []), 'item', ...part.columns.map((c) => c.key)],
      ),
    );
    for (const r of part.rows) {
      const rowMark = marks.get(cellId(table, part.at(r.key, '')[0], ''));
      const labelFill = rowMark ? FILLS[rowMark] : {};
      rows.push([
        text(r.key, labelFill),
        ...(grouped ? [text(r.group, labelFill)] : []),
        text(r.label, labelFill),
        ...part.columns.map((c) => {
          const at = part.at(r.key, c.key);
          return valueCell(data, at, marks.get(cellId(table, at[0], at[1])));
        }),
      ]);
    }
  }
  const labelColumns = grouped ? 3 : 2;
  const valueColumns = Math.max(...parts.map((p) => p.columns.length));
  return {
    data: rows,
    columns: [{ width: 10 }, ...(grouped ? [{ width: 18 }] : []), { width: 34 }, ...Array.from({ length: valueColumns }, () => ({ width: 12 }))],
    stickyColumnsCount: labelColumns,
    ...(parts.length === 1 ? { stickyRowsCount: 3 } : {}),
  };
}
