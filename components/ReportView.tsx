// One audited report: who, when, which template; counts; copy buttons; findings by table. Plain
// data in, callbacks out: the popup, a side panel or an attachment viewer wire it to their source.
import type { Audit, Finding } from '../lib/report';
import type { UiKey } from '../lib/ui-text';
import { SEVERITY_WORD, t } from '../utils/i18n';
import { CopyBar, type CopyFn } from './CopyBar';
import type { Decisions } from '../utils/decisions';
import { ExportBar } from './ExportBar';
import { Findings, type DecisionChange } from './Findings';

export interface ShownReport {
  audit: Audit;
  /** the cells the page shows marks on: only those findings offer "show in page" */
  placed: readonly string[];
  url: string;
  /** the frame of the tab it came from; 0 or none is the page itself */
  frameId?: number;
  /** the reports of the same agency, a year before or after, it was compared with (上年结转 = 结转下年度) */
  compared?: readonly { origin: string; year: number | null }[];
  /** the auditor's decisions on its findings, by finding key */
  decisions?: Decisions;
}

export interface ReportActions {
  /** scroll the page to a cell of this report and flash it */
  onShowCell: (report: ShownReport, cellId: string) => void;
  onCopy: CopyFn;
  /** names the program in exported JSON */
  generator: string;
  /** offered where the auditor reviews (the side panel): confirm or dismiss a finding */
  onDecide?: (report: ShownReport, finding: Finding, decision: DecisionChange) => void;
  /** download this report's workbook; no button without it */
  onWorkbook?: (report: ShownReport) => Promise<void>;
  /** open this report's printable audit note; no button without it */
  onNote?: (report: ShownReport) => void;
}

export function ReportView({ report, onShowCell, onCopy, generator, onDecide, onWorkbook, onNote }: { report: ShownReport } & ReportActions) {
  const { audit } = report;
  const frameId = report.frameId ?? 0;
  const fields: [UiKey, string | null, string][] = [
    ['fieldAgency', audit.agency, 'agency'],
    ['fieldYear', audit.year == null ? null : String(audit.year), 'year'],
    ['fieldTemplate', audit.template && t(audit.template === '2021' ? 'template2021' : 'template2019'), 'template'],
    ['fieldPublished', audit.published, 'published'],
  ];
  return (
    <article class="report" data-frame={frameId}>
      {frameId !== 0 && <p class="note">{t('inFrame', { url: report.url })}</p>}
      <dl class="facts">
        {fields.map(([label, value, key]) => (
          <div key={key} data-field={key}>
            <dt>{t(label)}</dt>
            <dd>{value ?? t('unknown')}</dd>
          </div>
        ))}
      </dl>
      <ul class="counts" aria-label={t('countsLabel')}>
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <li key={sev} class="count" data-severity={sev}>
            {t(SEVERITY_WORD[sev])} <strong>{audit.findings.filter((f) => f.severity === sev).length}</strong>
          </li>
        ))}
      </ul>
      {report.compared && report.compared.length > 0 && (
        <p class="note compared" data-compared={report.compared.length}>
          {t('comparedWith')}
          {report.compared.map((c) => (
            <a key={c.origin} href={c.origin} target="_blank" rel="noreferrer">
              {t('comparedReport', { year: c.year ?? '?' })}
            </a>
          ))}
        </p>
      )}
      <CopyBar audit={audit} url={report.url} generator={generator} onCopy={onCopy} />
      <ExportBar onWorkbook={onWorkbook && (() => onWorkbook(report))} onNote={onNote && (() => onNote(report))} />
      <Findings
        audit={audit}
        placed={report.placed}
        onShowCell={(cellId) => onShowCell(report, cellId)}
        decisions={report.decisions}
        onDecide={onDecide && ((f, d) => onDecide(report, f, d))}
      />
    </article>
  );
}
