// The popup's container: wires the Popup view to the tab's stored findings and to the messages.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { copy } from '../../utils/clipboard';
import { downloadReportWorkbook, openNote } from '../../utils/exports';
import { t, uiLang } from '../../utils/i18n';
import { loadUiLanguage } from '../../utils/settings';
import { forgetReports } from '../../utils/memory';
import { openAttachment, useAttachmentOffers } from '../../utils/attachment-links';
import { showCell } from '../../utils/page-commands';
import { auditTab, generatorName, openSidePanel, useTabId, useTabView } from '../../utils/tab-wiring';
import { openColumnAudit, probeColumn, type ListedHere } from '../../utils/column-offer';

function App({ tabParam }: { tabParam: number | null }) {
  const tabId = useTabId(tabParam);
  const view = useTabView(tabId);
  const offers = useAttachmentOffers(tabId);
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => void browser.windows.getCurrent().then((w) => setWindowId(w.id), () => undefined), []);
  const [listed, setListed] = useState<ListedHere | null>(null);
  useEffect(() => {
    if (tabId != null) void probeColumn(tabId).then(setListed);
  }, [tabId]);
  const openInTab = () => {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tab=${tabId}` });
    window.close();
  };
  const openPanel = () => {
    void openSidePanel(windowId).then(() => window.close(), () => undefined);
  };
  return (
    <Popup
      view={view}
      onOpenInTab={tabParam == null && tabId != null ? openInTab : undefined}
      onOpenSidePanel={tabParam == null ? openPanel : undefined}
      onAuditPage={() => (tabId == null ? Promise.reject(new Error('no tab')) : auditTab(tabId))}
      attachments={offers.map((o) => ({ url: o.url, label: o.inTab ? t('attachment.openTab') : t('attachment.open', { name: o.name }) }))}
      onOpenAttachment={(url) => {
        void openAttachment(url);
        if (tabParam == null) window.close();
      }}
      onShowCell={(report, cellId) => {
        if (tabId != null) void showCell(tabId, report.frameId ?? 0, cellId);
      }}
      onForgetReports={forgetReports}
      column={
        listed && {
          reports: listed.reports,
          onOpen: () => {
            openColumnAudit(listed.url);
            if (tabParam == null) window.close();
          },
        }
      }
      onCopy={copy}
      generator={generatorName()}
      onWorkbook={downloadReportWorkbook}
      // the toolbar popup closes by itself when the note's tab takes the focus
      onNote={tabId != null ? () => void openNote(tabId) : undefined}
    />
  );
}

void loadUiLanguage().then(() => {
  document.documentElement.lang = uiLang();
  document.title = t('extName');
  const tab = new URLSearchParams(location.search).get('tab');
  // ?tab=<id>: the summary of that tab, in a tab of its own (bigger screen; tests)
  if (tab) document.documentElement.classList.add('in-tab');
  render(<App tabParam={tab == null ? null : Number(tab)} />, document.getElementById('app')!);
});
