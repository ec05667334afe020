// The printable audit note's container: note.html?tab=<id> shows that tab's audited reports.
import { render } from 'preact';
import { AuditNote, type NoteReport } from '../../components/AuditNote';
import { decisionsFor } from '../../utils/decisions';
import { t, uiLang } from '../../utils/i18n';
import { loadUiLanguage } from '../../utils/settings';
import { reportsOf, tabItem } from '../../utils/tab-store';

async function tabReports(tabId: number): Promise<NoteReport[]> {
  if (!Number.isInteger(tabId)) return [];
  const reports = reportsOf(await tabItem(tabId).getValue());
  return Promise.all(reports.map(async (r) => ({ audit: r.audit, url: r.url, decisions: await decisionsFor(r.url) })));
}

// the language the options chose (or the browser's), as in the popup
void loadUiLanguage().then(async () => {
  document.documentElement.lang = uiLang();
  const auditedAt = new Intl.DateTimeFormat(uiLang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
  const reports = await tabReports(Number(new URLSearchParams(location.search).get('tab')));
  const first = reports[0]?.audit;
  // the file name a "save as PDF" proposes
  document.title = first?.agency ? `${t('note.title')} - ${first.agency}${first.year ?? ''}` : t('note.title');
  render(<AuditNote reports={reports} auditedAt={auditedAt} onPrint={() => window.print()} />, document.getElementById('app')!);
});
