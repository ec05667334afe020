// The report's files, made on the user's click: the Excel workbook (downloaded through the page's
// own <a download>, no `downloads` permission) and the printable audit note (a page of ours).
import { browser } from 'wxt/browser';
import type { ShownReport } from '../components/ReportView';
import type { WorkbookReport } from '../lib/workbook';

/** Saves a Blob under a name, from an extension page. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  // the download has read the Blob long before; the page may also close first, which frees it anyway
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** 年报体检-某某镇人民政府-2024.xlsx: whose report, in a name every system accepts. */
export function workbookName(report: Pick<WorkbookReport, 'agency' | 'year'>): string {
  const parts = ['年报体检', report.agency, report.year].filter((p) => p != null && p !== '').map((p) => String(p).replace(FORBIDDEN, '_').slice(0, 60));
  return `${parts.join('-')}.xlsx`;
}

/** The workbook of some reports, downloaded. The writer loads here, on the click, in this page only. */
export async function downloadWorkbook(reports: WorkbookReport[]): Promise<void> {
  const { workbookBlob } = await import('../lib/workbook');
  saveBlob(await workbookBlob(reports), workbookName(reports[0] ?? { agency: null, year: null }));
}

/** One shown report's workbook, with the auditor's decisions on it. */
export const downloadReportWorkbook = (report: ShownReport): Promise<void> =>
  downloadWorkbook([{ ...report.audit, url: report.url, decisions: report.decisions }]);

/** The printable audit note of a tab's reports, in a tab of its own. */
export const openNote = (tabId: number): Promise<unknown> => browser.tabs.create({ url: `${browser.runtime.getURL('/note.html')}?tab=${tabId}` });
