// The printable audit note: what an auditor files for one report: who and when, every finding
// with its arithmetic and the auditor's decision, and the tables with their marked cells.
import type { Audit, Finding } from '../lib/report';
import { findingKey, type Decision } from '../lib/review';
import { gridCell, placeLabels, rowMark, tableMarks, tableParts } from '../lib/table-layout';
import { TABLE_KEYS } from '../lib/report';
import type { TableKey } from '../lib/template';
import type { UiKey } from '../lib/ui-text';
import { SEVERITY_WORD, t, uiLang } from '../utils/i18n';

export interface NoteReport {
  audit: Audit;
  url: string;
  /** findingKey(finding) → the auditor's decision */
  decisions: Readonly<Record<string, Decision>>;
}

const TABLE_TITLE: Record<TableKey, UiKey> = { active: 'tableActive', requests: 'tableRequests', appeals: 'tableAppeals' };

export function AuditNote({ reports, auditedAt, onPrint }: { reports: readonly NoteReport[]; auditedAt: string; onPrint: () => void }) {
  return (
    <main class="audit-note">
      <p class="no-print">
        <button type="button" class="primary" onClick={onPrint}>
          {t('note.print')}
        </button>
      </p>
      {reports.length ? reports.map((r, i) => <NoteOfReport key={i} report={r} auditedAt={auditedAt} />) : <p>{t('note.empty')}</p>}
    </main>
  );
}

function NoteOfReport({ report, auditedAt }: { report: NoteReport; auditedAt: string }) {
  const { audit, decisions } = report;
  const reviewed = audit.findings.filter((f) => decisions[findingKey(f)]).length;
  const facts: [UiKey, string | null][] = [
    ['fieldAgency', audit.agency],
    ['fieldYear', audit.year == null ? null : String(audit.year)],
    ['fieldTemplate', audit.template && t(audit.template === '2021' ? 'template2021' : 'template2019')],
    ['fieldPublished', audit.published],
    ['note.url', report.url],
    ['note.auditedAt', auditedAt],
  ];
  return (
    <article class="note-report">
      <h1>{t('note.title')}</h1>
      {audit.title && <p class="report-title">{audit.title}</p>}
      <dl class="note-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value ?? t('unknown')}</dd>
          </div>
        ))}
      </dl>
      <p class="note-counts">
        {(['error', 'warning', 'info'] as const).map((sev) => `${t(SEVERITY_WORD[sev])} ${audit.findings.filter((f) => f.severity === sev).length}`).join(' · ')}
        {' · '}
        {t('reviewProgress', { done: reviewed, total: audit.findings.length })}
      </p>
      <h2>{t('findingsHeading')}</h2>
      {audit.findings.length ? <FindingsTable audit={audit} decisions={decisions} /> : <p>{t('noFindings')}</p>}
      <h2>{t('note.tables')}</h2>
      <p class="legend">
        <span class="mark-fail">{t('note.legendFail')}</span> <span class="mark-blank">{t('note.legendBlank')}</span>{' '}
        <span class="mark-dismissed">{t('note.legendDismissed')}</span>
      </p>
      {TABLE_KEYS.map((table) => (audit.tables[table] ? <TableGrid key={table} audit={audit} table={table} decisions={decisions} /> : null))}
    </article>
  );
}

function FindingsTable({ audit, decisions }: { audit: Audit; decisions: NoteReport['decisions'] }) {
  const lang = uiLang();
  const place = (f: Finding) => {
    const labels = placeLabels(f, audit.template ?? '2021');
    const table = f.table ? t(TABLE_TITLE[f.table]) : '';
    return [table, labels.row ?? f.row, labels.column ?? f.column].filter(Boolean).join(' · ');
  };
  return (
    <table class="note-findings">
      <thead>
        <tr>
          <th>#</th>
          <th>{t('note.severity')}</th>
          <th>{t('note.place')}</th>
          <th>{t('note.message')}</th>
          <th>{t('note.review')}</th>
        </tr>
      </thead>
      <tbody>
        {audit.findings.map((f, i) => {
          const decision = decisions[findingKey(f)];
          return (
            <tr key={i} class="note-finding" data-rule={f.rule} data-severity={f.severity} data-review={decision?.status}>
              <td>{i + 1}</td>
              <td class={`sev sev-${f.severity}`}>{t(SEVERITY_WORD[f.severity])}</td>
              <td>
                {place(f)}
                <div class="rule">{f.rule}</div>
              </td>
              <td>{lang === 'zh' ? f.message : f.message_en}</td>
              <td>
                {decision ? t(decision.status === 'confirmed' ? 'reviewConfirm' : 'reviewDismiss') : ''}
                {decision?.note ? <div class="decision-note">{decision.note}</div> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function TableGrid({ audit, table, decisions }: { audit: Audit; table: TableKey; decisions: NoteReport['decisions'] }) {
  const data = audit.tables[table]!;
  const marks = tableMarks(table, audit.findings, decisions);
  // 3.3.1, 3.7: the numbering auditors use; the other tables' keys are only the program's
  const numbered = table === 'requests';
  return (
    <section class="note-table" data-table={table}>
      <h3>{t(TABLE_TITLE[table])}</h3>
      {tableParts(table, audit.template ?? '2021').map((part, p) => (
        <table key={p} class="grid">
          {part.title && <caption>{part.title}</caption>}
          <thead>
            <tr>
              <th colSpan={numbered ? 2 : 1} />
              {part.columns.map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {part.rows.map((r) => {
              const mark = rowMark(table, part, r.key, marks);
              return (
                <tr key={r.key} data-row={r.key}>
                  {numbered && <th class={mark && `mark-${mark}`}>{r.key}</th>}
                  <th class={mark && `mark-${mark}`}>{r.label}</th>
                  {part.columns.map((c) => {
                    const { cell, mark } = gridCell(table, data, part.at(r.key, c.key), marks);
                    return (
                      <td key={c.key} data-column={c.key} class={mark && `mark-${mark}`}>
                        {cell?.status === 'number' && cell.value !== null ? cell.value : cell?.raw}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
