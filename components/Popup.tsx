// The popup: one tab's reports, or why there are none with an "audit this page" button.
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { ReportView, type ReportActions, type ShownReport } from './ReportView';

export type TabView =
  | { kind: 'loading' }
  | { kind: 'noTab' }
  /** audited: some frame of the tab was audited, none held a report */
  | { kind: 'tab'; reports: ShownReport[]; audited: boolean };

/** an attachment the popup offers to audit in the viewer page */
export interface AttachmentButton {
  url: string;
  label: string;
}

interface PopupProps extends ReportActions {
  view: TabView;
  attachments?: AttachmentButton[];
  onOpenAttachment?: (url: string) => void;
  /** offered in the toolbar popup, not in a tab of its own */
  onOpenInTab?: () => void;
  /** audit every frame of the tab; rejects when the browser does not let us */
  onAuditPage: () => Promise<unknown>;
}

export function Popup({ view, onOpenInTab, onAuditPage, attachments = [], onOpenAttachment, ...actions }: PopupProps) {
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
      {onOpenAttachment && attachments.length > 0 && (
        <section class="attachments">
          {attachments.map((a) => (
            <button key={a.url} type="button" class="primary" data-attachment={a.url} onClick={() => onOpenAttachment(a.url)}>
              {a.label}
            </button>
          ))}
        </section>
      )}
      {body}
    </main>
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
