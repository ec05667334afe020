// The audit workbook (.xlsx): a summary sheet, a findings sheet and one grid per report table.
// One implementation for the CLI (Node) and the extension's pages (browser); it pulls in the
// writer, so the extension loads this module with import() from its pages only.
import writeXlsxFile, { type Sheet } from 'write-excel-file/universal';
import { sheetNamer } from './sheet-names';
import { TABLE_KEYS } from './report';
import { findingsSheet, reportName, summarySheet, type WorkbookReport } from './workbook-lists';
import { TABLE_SHEET_NAMES, tableSheet } from './workbook-tables';

export type { WorkbookReport } from './workbook-lists';

export const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function workbookSheets(reports: readonly WorkbookReport[]): Sheet<Blob>[] {
  const name = sheetNamer();
  const sheets: Sheet<Blob>[] = [
    { sheet: name('汇总'), ...summarySheet(reports) },
    { sheet: name('问题清单'), ...findingsSheet(reports) },
  ];
  reports.forEach((report, i) => {
    const heading = reportName(report);
    for (const table of TABLE_KEYS) {
      const body = tableSheet(report, table, heading, report.decisions ?? {});
      // with several reports the number leads (it is the summary's 编号), then the table, then whose
      const wanted = reports.length === 1 ? TABLE_SHEET_NAMES[table] : `${i + 1} ${TABLE_SHEET_NAMES[table]} ${heading}`;
      if (body) sheets.push({ sheet: name(wanted), ...body });
    }
  });
  return sheets;
}

export const workbookBlob = (reports: readonly WorkbookReport[]): Promise<Blob> =>
  writeXlsxFile(workbookSheets(reports), { fontFamily: '等线', fontSize: 11 }).toBlob();

export async function workbookBytes(reports: readonly WorkbookReport[]): Promise<Uint8Array> {
  return new Uint8Array(await (await workbookBlob(reports)).arrayBuffer());
}
