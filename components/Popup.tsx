// The popup: which tab, its findings from session storage (live), or the "audit this page" note.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from './i18n';
import { messenger } from './protocol';
import { reportsOf, tabItem, type TabState } from './tab-store';
import { ReportView } from './ReportView';
import { ColumnOffer } from './ColumnOffer';
import { openColumnAudit, probeColumn, type ListedHere } from '../utils/column-offer';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup({ tabParam }: { tabParam: number | null }) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [listed, setListed] = useState<ListedHere | null>(null);

  useEffect(() => {
    void (tabParam != null ? Promise.resolve(tabParam) : activeTabId()).then(setTabId, () => setTabId(null));
  }, [tabParam]);

  useEffect(() => {
    if (tabId == null) return;
    const item = tabItem(tabId);
    void item.getValue().then(setState);
    void probeColumn(tabId).then(setListed);
    return item.watch(setState);
  }, [tabId]);

  const openInTab = () => {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tab=${tabId}` });
    window.close();
  };

  let body;
  if (tabId === undefined || (tabId != null && state === undefined)) body = <p class="note">{t('loading')}</p>;
  else if (tabId == null) body = <p class="note">{t('noTab')}</p>;
  else {
    const reports = reportsOf(state ?? null);
    body = reports.length
      ? reports.map((r) => <ReportView key={r.frameId} report={r} tabId={tabId} />)
      : <NotReport tabId={tabId} audited={Object.keys(state?.frames ?? {}).length > 0} />;
  }

  return (
    <main>
      <header class="top">
        <h1>{t('extName')}</h1>
        {tabParam == null && tabId != null && (
          <button type="button" class="link" onClick={openInTab}>
            {t('openInTab')}
          </button>
        )}
      </header>
      {body}
      {listed && (
        <ColumnOffer
          reports={listed.reports}
          onOpen={() => {
            openColumnAudit(listed.url);
            if (tabParam == null) window.close();
          }}
        />
      )}
    </main>
  );
}

function NotReport({ tabId, audited }: { tabId: number; audited: boolean }) {
  const [status, setStatus] = useState<'idle' | 'auditing' | 'failed'>('idle');
  const audit = async () => {
    setStatus('auditing');
    try {
      await messenger.sendMessage('auditTab', tabId);
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
