// One sheet per report table: the template's rows and columns in the template's order, real
// numbers, failing cells red and blank cells amber.
import type { Row, Sheet } from 'write-excel-file/universal';
import { message } from './messages';
import type { Audit } from './report';
import type { Decision } from './review';
import { gridCell, rowMark, tableMarks, tableParts } from './table-layout';
import type { TableKey } from './template';
import { FILLS, headerRows, num, text, title } from './workbook-cells';

export const TABLE_SHEET_NAMES: Record<TableKey, string> = { active: '主动公开', requests: '依申请公开', appeals: '复议诉讼' };

/** The grid of one table; undefined when the report has no such table. */
export function tableSheet(audit: Audit, table: TableKey, heading: string, decisions: Readonly<Record<string, Decision>>): Omit<Sheet<Blob>, 'sheet'> | undefined {
  const data = audit.tables[table];
  if (!data) return undefined;
  const marks = tableMarks(table, audit.findings, decisions);
  const parts = tableParts(table, audit.template ?? '2021');
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
      const mark = rowMark(table, part, r.key, marks);
      const labelFill = mark ? FILLS[mark] : {};
      rows.push([
        text(r.key, labelFill),
        ...(grouped ? [text(r.group, labelFill)] : []),
        text(r.label, labelFill),
        ...part.columns.map((c) => {
          const { cell, mark } = gridCell(table, data, part.at(r.key, c.key), marks);
          const fill = mark ? FILLS[mark] : {};
          // blank or invalid: what the page wrote
          return cell?.status === 'number' && cell.value !== null ? num(cell.value, fill) : text(cell?.raw, fill);
        }),
      ]);
    }
  }
  const valueColumns = Math.max(...parts.map((p) => p.columns.length));
  return {
    data: rows,
    columns: [{ width: 10 }, ...(grouped ? [{ width: 18 }] : []), { width: 34 }, ...Array.from({ length: valueColumns }, () => ({ width: 12 }))],
    stickyColumnsCount: grouped ? 3 : 2,
    ...(parts.length === 1 ? { stickyRowsCount: 3 } : {}),
  };
}
