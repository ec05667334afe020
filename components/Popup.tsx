// The popup: one tab's reports, or why there are none with an "audit this page" button.
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { ReportView, type ReportActions, type ShownReport } from './ReportView';
import { ColumnOffer } from './ColumnOffer';

export type TabView =
  | { kind: 'loading' }
  | { kind: 'noTab' }
  /** audited: some frame of the tab was audited, none held a report */
  | { kind: 'tab'; reports: ShownReport[]; audited: boolean };

interface PopupProps extends ReportActions {
  view: TabView;
  /** offered in the toolbar popup, not in a tab of its own */
  onOpenInTab?: () => void;
  /** audit every frame of the tab; rejects when the browser does not let us */
  onAuditPage: () => Promise<unknown>;
  /** forget the reports this browser remembers for comparing consecutive years */
  onForgetReports?: () => Promise<unknown>;
  /** the page's reports listed (null: unknown) and opening the column audit on it */
  column?: { reports: number; onOpen: () => void } | null;
}

export function Popup({ view, onOpenInTab, onAuditPage, onForgetReports, column, ...actions }: PopupProps) {
  let body;
  if (view.kind === 'loading') body = <p class="note">{t('loading')}</p>;
  else if (view.kind === 'noTab') body = <p class="note">{t('noTab')}</p>;
  else if (view.reports.length) body = view.reports.map((r) => <ReportView key={r.frameId ?? 0} report={r} {...actions} />);
  else body = <NotReport audited={view.audited} onAuditPage={onAuditPage} />;

  return (
    <main>
      <header class="top">
        <h1>{t('extName')}</h1>
        {onOpenInTab && (
          <button type="button" class="link" onClick={onOpenInTab}>
            {t('openInTab')}
          </button>
        )}
      </header>
      {body}
      {column && <ColumnOffer reports={column.reports} onOpen={column.onOpen} />}
      {onForgetReports && view.kind === 'tab' && <ForgetReports onForget={onForgetReports} />}
    </main>
  );
}

/** The reports remembered for the across-reports rules are the user's to forget. */
function ForgetReports({ onForget }: { onForget: () => Promise<unknown> }) {
  const [done, setDone] = useState(false);
  return (
    <footer class="memory">
      <button
        type="button"
        class="link"
        data-action="forget-reports"
        disabled={done}
        onClick={() => void onForget().then(() => setDone(true), () => undefined)}
      >
        {t(done ? 'reportsForgotten' : 'forgetReports')}
      </button>
    </footer>
  );
}

function NotReport({ audited, onAuditPage }: { audited: boolean; onAuditPage: () => Promise<unknown> }) {
  const [status, setStatus] = useState<'idle' | 'auditing' | 'failed'>('idle');
  const audit = async () => {
    setStatus('auditing');
    try {
      await onAuditPage();
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section class="not-report">
      <p class="note">{t(audited ? 'notReportAudited' : 'notReport')}</p>
      <button type="button" class="primary" onClick={audit} disabled={status === 'auditing'}>
        {t(status === 'auditing' ? 'auditing' : 'auditThisPage')}
      </button>
      <p class="status" role="status">
        {status === 'failed' ? t('auditFailed') : ''}
      </p>
    </section>
  );
}
