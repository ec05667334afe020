// Reads a written .xlsx back with an independent reader (exceljs): values with their types, and
// each cell's fill colour, so tests can hold the workbook to what Excel will show.
import ExcelJS from 'exceljs';

export interface ReadCell {
  value: unknown;
  /** the solid fill as RRGGBB, if any */
  fill?: string;
}
export type ReadSheet = ReadCell[][];

export async function readWorkbook(bytes: Uint8Array): Promise<Map<string, ReadSheet>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, ReadSheet>();
  for (const ws of book.worksheets) {
    const rows: ReadSheet = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: ReadCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb?.slice(2) : undefined;
        cells[c - 1] = { value: cell.value, ...(fill ? { fill } : {}) };
      });
      rows[r - 1] = Array.from(cells, (c) => c ?? { value: null });
    });
    sheets.set(ws.name, Array.from(rows, (r) => r ?? []));
  }
  return sheets;
}

export const values = (row: ReadCell[] | undefined): unknown[] => (row ?? []).map((c) => c.value);

/** The cell of a table sheet at a row key (column A) and a column key (the English header above it). */
export function tableCell(sheet: ReadSheet, rowKey: string, columnKey: string): ReadCell | undefined {
  const r = sheet.findIndex((row) => row[0]?.value === rowKey);
  if (r < 0) return undefined;
  for (let h = r - 1; h >= 0; h--) {
    if (sheet[h][0]?.value !== 'row') continue;
    const c = sheet[h].findIndex((cell) => cell.value === columnKey);
    return c < 0 ? undefined : (sheet[r][c] ?? { value: null });
  }
  return undefined;
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A sheet as read back, drawn as a grid with its fills: the README's picture of the workbook. */
export function sheetHtml(caption: string, sheet: ReadSheet): string {
  const width = Math.max(...sheet.map((r) => r.length));
  const cell = (c: ReadCell, span: number) =>
    `<td${span > 1 ? ` colspan="${span}"` : ''}${c.fill ? ` style="background:#${c.fill}"` : ''}${typeof c.value === 'number' ? ' class="n"' : ''}>${escape(c.value == null ? '' : String(c.value))}</td>`;
  // a title row is one cell: let it run across, as Excel shows it
  const rows = sheet.map((row) => `<tr>${row.length === 1 ? cell(row[0], width) : row.map((c) => cell(c, 1)).join('')}</tr>`);
  const style = 'body{font:13px "Noto Sans CJK SC",sans-serif;margin:12px}table{border-collapse:collapse}td{border:1px solid #d0d0d0;padding:2px 6px;white-space:nowrap}td.n{text-align:right}caption{text-align:left;padding:4px 0;color:#555}';
  return `<!doctype html><meta charset="utf-8"><style>${style}</style><table><caption>${escape(caption)}</caption>${rows.join('')}</table>`;
}
