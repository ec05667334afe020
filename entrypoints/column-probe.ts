// Injected by the popup (activeTab) into the page on show: how many annual reports this page
// lists, for the offer "检查本栏目全部年报（N 篇）". Reads the DOM only; never declared.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readListPage, readsAsReport } from '../lib/column';

export default defineUnlistedScript(() => {
  try {
    const list = readListPage(document, location.href);
    return { url: location.href, reports: list.reports.length + list.attachments.filter((a) => readsAsReport(a.text, a.date)).length };
  } catch {
    return null;
  }
});
