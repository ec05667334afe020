// The side panel's container: the active tab of its window (followed as tabs switch), that tab's
// stored findings and decisions (live), wired to the SidePanel view.
import { render } from 'preact';
import { SidePanel } from '../../components/SidePanel';
import { copy } from '../../utils/clipboard';
import { downloadReportWorkbook, openNote } from '../../utils/exports';
import { t, uiLang } from '../../utils/i18n';
import { loadUiLanguage } from '../../utils/settings';
import { showCell } from '../../utils/page-commands';
import { auditTab, generatorName, saveDecision, useActiveTabId, useTabView } from '../../utils/tab-wiring';

function App({ windowParam }: { windowParam: number | null }) {
  const tabId = useActiveTabId(windowParam);
  const view = useTabView(tabId);
  return (
    <SidePanel
      view={view}
      onAuditPage={() => (tabId == null ? Promise.reject(new Error('no tab')) : auditTab(tabId))}
      onShowCell={(report, cellId) => {
        if (tabId != null) void showCell(tabId, report.frameId ?? 0, cellId);
      }}
      onDecide={(report, finding, change) => void saveDecision(report.url, finding, change)}
      onCopy={copy}
      generator={generatorName()}
      onWorkbook={downloadReportWorkbook}
      onNote={tabId != null ? () => void openNote(tabId) : undefined}
    />
  );
}

void loadUiLanguage().then(() => {
  document.documentElement.lang = uiLang();
  document.title = t('extName');
  // ?window=<id>: follow that window's tabs (the panel opened as a page of its own: tests)
  const window = new URLSearchParams(location.search).get('window');
  render(<App windowParam={window == null ? null : Number(window)} />, document.getElementById('app')!);
});
