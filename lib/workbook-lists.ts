// The workbook's two lists: one row per report (summary), one row per finding (findings).
import type { Row, Sheet } from 'write-excel-file/universal';
import { message } from './messages';
import type { Audit, Severity } from './report';
import { findingKey, type Decision } from './review';
import { FILLS, headerRows, num, numOrText, text } from './workbook-cells';
import { placeLabels } from './table-layout';

/** An audited report as the workbook takes it: where it came from, and the auditor's decisions. */
export type WorkbookReport = Audit & {
  file?: string;
  url?: string;
  /** the attachment the report was read from (a column's report published as a PDF or DOCX) */
  attachment?: string;
  /** findingKey(finding) → decision (lib/review.ts) */
  decisions?: Readonly<Record<string, Decision>>;
};

type SheetBody = Omit<Sheet<Blob>, 'sheet'>;

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_FILL = { error: FILLS.fail, warning: FILLS.blank, info: {} } as const;
const DECISION_ZH: Record<Decision['status'], string> = { confirmed: '已核实', dismissed: '忽略' };

export const sourceOf = (r: WorkbookReport): string => [r.url ?? r.file, r.attachment && `附件：${r.attachment}`].filter(Boolean).join(' ');

/** How a report is named in the workbook: agency and year, else its title or where it came from. */
export function reportName(r: WorkbookReport): string {
  const known = [r.agency, r.year === null ? '' : `${r.year}年度`].filter(Boolean).join(' ');
  return known || r.title || sourceOf(r).split(/[\\/]/).filter(Boolean).pop() || '报告';
}

const count = (r: WorkbookReport, test: (f: Audit['findings'][number]) => boolean): number => r.findings.filter(test).length;

export function summarySheet(reports: readonly WorkbookReport[]): SheetBody {
  const rows: Row[] = headerRows(
    ['编号', '机关', '年度', '模板', '发布日期', '标题', '识别', '错误', '警告', '提示', '已核实', '已忽略', '网址或文件'],
    ['no.', 'agency', 'year', 'template', 'published', 'title', 'recognised', 'errors', 'warnings', 'info', 'confirmed', 'dismissed', 'URL or file'],
  );
  reports.forEach((r, i) => {
    const status = (s: Decision['status']) => count(r, (f) => r.decisions?.[findingKey(f)]?.status === s);
    const errors = count(r, (f) => f.severity === 'error');
    rows.push([
      num(i + 1),
      text(r.agency),
      r.year === null ? text('') : num(r.year),
      text(r.template ?? ''),
      text(r.published),
      text(r.title),
      text(r.detected ? '是' : '否（不是年度报告）', r.detected ? {} : FILLS.blank),
      num(errors, errors ? FILLS.fail : {}),
      num(count(r, (f) => f.severity === 'warning')),
      num(count(r, (f) => f.severity === 'info')),
      num(status('confirmed')),
      num(status('dismissed')),
      text(sourceOf(r)),
    ]);
  });
  return { data: rows, columns: [6, 22, 7, 7, 11, 36, 10, 7, 7, 7, 8, 8, 60].map((width) => ({ width })), stickyRowsCount: 2 };
}

export function findingsSheet(reports: readonly WorkbookReport[]): SheetBody {
  const rows: Row[] = headerRows(
    ['编号', '报告', '规则', '严重程度', '表', '行', '行名称', '列', '列名称', '预期', '实际', '说明', '复核', '备注', '复核时间', '说明（英文）'],
    ['no.', 'report', 'rule', 'severity', 'table', 'row', 'row label', 'column', 'column label', 'expected', 'actual', 'message', 'review', 'note', 'reviewed at', 'message (English)'],
  );
  reports.forEach((r, i) => {
    const name = reportName(r);
    for (const f of r.findings) {
      const decision = r.decisions?.[findingKey(f)];
      const labels = placeLabels(f, r.template ?? '2021');
      // a dismissed finding stays listed, greyed, so the file shows what was set aside and why
      const look = decision?.status === 'dismissed' ? { textColor: FILLS.dismissed.textColor } : {};
      rows.push([
        num(i + 1, look),
        text(name, look),
        text(f.rule, look),
        text(SEVERITY_ZH[f.severity], decision?.status === 'dismissed' ? FILLS.dismissed : SEVERITY_FILL[f.severity]),
        text(f.table ? message('zh', `table.${f.table}`) : '', look),
        text(f.row, look),
        text(labels.row, look),
        text(f.column, look),
        text(labels.column, look),
        numOrText(f.expected, look),
        numOrText(f.actual, look),
        text(f.message, { ...look, wrap: true }),
        text(decision ? DECISION_ZH[decision.status] : '', look),
        text(decision?.note, look),
        text(decision?.at, look),
        text(f.message_en, look),
      ]);
    }
  });
  return { data: rows, columns: [6, 20, 16, 8, 16, 8, 24, 12, 16, 8, 8, 60, 8, 24, 20, 60].map((width) => ({ width })), stickyRowsCount: 2 };
}
