// The popup's container: wires the Popup view to the tab's stored findings and to the messages.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { copy } from '../../utils/clipboard';
import { t } from '../../utils/i18n';
import { openAttachment, useAttachmentOffers } from '../../utils/attachment-links';
import { auditTab, generatorName, showCell, useTabId, useTabView } from '../../utils/tab-wiring';

function App({ tabParam }: { tabParam: number | null }) {
  const tabId = useTabId(tabParam);
  const view = useTabView(tabId);
  const offers = useAttachmentOffers(tabId);
  const openInTab = () => {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tab=${tabId}` });
    window.close();
  };
  return (
    <Popup
      view={view}
      onOpenInTab={tabParam == null && tabId != null ? openInTab : undefined}
      onAuditPage={() => (tabId == null ? Promise.reject(new Error('no tab')) : auditTab(tabId))}
      attachments={offers.map((o) => ({ url: o.url, label: o.inTab ? t('attachment.openTab') : t('attachment.open', { name: o.name }) }))}
      onOpenAttachment={(url) => {
        void openAttachment(url);
        if (tabParam == null) window.close();
      }}
      onShowCell={(report, cellId) => {
        if (tabId != null) void showCell(tabId, report.frameId ?? 0, cellId);
      }}
      onCopy={copy}
      generator={generatorName()}
    />
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
const tab = new URLSearchParams(location.search).get('tab');
// ?tab=<id>: the summary of that tab, in a tab of its own (bigger screen; tests)
if (tab) document.documentElement.classList.add('in-tab');
render(<App tabParam={tab == null ? null : Number(tab)} />, document.getElementById('app')!);
