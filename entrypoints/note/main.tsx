// The printable audit note's container: note.html?tab=<id> shows that tab's audited reports.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AuditNote, type NoteReport } from '../../components/AuditNote';
import { t, uiLang } from '../../utils/i18n';
import { reportsOf, tabItem } from '../../utils/tab-store';

async function tabReports(tabId: number): Promise<NoteReport[]> {
  if (!Number.isInteger(tabId)) return [];
  return reportsOf(await tabItem(tabId).getValue()).map((r) => ({ audit: r.audit, url: r.url, decisions: {} }));
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('note.title');
const auditedAt = new Intl.DateTimeFormat(uiLang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
void tabReports(Number(new URLSearchParams(location.search).get('tab'))).then((reports) => {
  const first = reports[0]?.audit;
  // the file name a "save as PDF" proposes
  if (first?.agency) document.title = `${t('note.title')} - ${first.agency}${first.year ?? ''}`;
  render(<AuditNote reports={reports} auditedAt={auditedAt} onPrint={() => window.print()} />, document.getElementById('app')!);
});
