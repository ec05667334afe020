// One audited report: who, when, which template; counts; copy buttons; findings by table.
import { SEVERITY_WORD, t, type MessageKey } from '../utils/i18n';
import type { FrameReport } from '../utils/protocol';
import { CopyBar } from './CopyBar';
import { Findings } from './Findings';

export function ReportView({ report, tabId }: { report: FrameReport; tabId: number }) {
  const { audit } = report;
  const fields: [MessageKey, string | null, string][] = [
    ['fieldAgency', audit.agency, 'agency'],
    ['fieldYear', audit.year == null ? null : String(audit.year), 'year'],
    ['fieldTemplate', audit.template && t(audit.template === '2021' ? 'template2021' : 'template2019'), 'template'],
    ['fieldPublished', audit.published, 'published'],
  ];
  return (
    <article class="report" data-frame={report.frameId}>
      {report.frameId !== 0 && <p class="note">{t('inFrame', report.url)}</p>}
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
      <CopyBar report={report} />
      <Findings report={report} tabId={tabId} />
    </article>
  );
}
