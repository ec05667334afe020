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

export interface TabBodyProps extends ReportActions {
  view: TabView;
  /** audit every frame of the tab; rejects when the browser does not let us */
  onAuditPage: () => Promise<unknown>;
}

interface PopupProps extends TabBodyProps {
  /** offered in the toolbar popup, not in a tab of its own */
  onOpenInTab?: () => void;
  /** offered in the toolbar popup: the findings in a panel that stays open beside the page */
  onOpenSidePanel?: () => void;
  /** forget the reports this browser remembers for comparing consecutive years */
  onForgetReports?: () => Promise<unknown>;
  /** the page's reports listed (null: unknown) and opening the column audit on it */
  column?: { reports: number; onOpen: () => void } | null;
}

export function Popup({ onOpenInTab, onOpenSidePanel, onForgetReports, column, ...body }: PopupProps) {
  return (
    <main>
      <header class="top">
        <h1>{t('extName')}</h1>
        {onOpenSidePanel && (
          <button type="button" class="link" data-action="open-side-panel" onClick={onOpenSidePanel}>
            {t('openSidePanel')}
          </button>
        )}
        {onOpenInTab && (
          <button type="button" class="link" onClick={onOpenInTab}>
            {t('openInTab')}
          </button>
        )}
      </header>
      <TabBody {...body} />
      {column && <ColumnOffer reports={column.reports} onOpen={column.onOpen} />}
      {onForgetReports && body.view.kind === 'tab' && <ForgetReports onForget={onForgetReports} />}
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

/** A tab's reports, or why there are none: the popup's body and the side panel's. */
export function TabBody({ view, onAuditPage, ...actions }: TabBodyProps) {
  if (view.kind === 'loading') return <p class="note">{t('loading')}</p>;
  if (view.kind === 'noTab') return <p class="note">{t('noTab')}</p>;
  if (view.reports.length) return <>{view.reports.map((r) => <ReportView key={r.frameId ?? 0} report={r} {...actions} />)}</>;
  return <NotReport audited={view.audited} onAuditPage={onAuditPage} />;
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
