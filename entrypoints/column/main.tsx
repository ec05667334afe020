// column.html?src=<list URL>: a column's reports audited at once. Wires the view to the crawl,
// storage and the download; the last result per list URL is shown on opening.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ColumnView, type ColumnState } from '../../components/ColumnView';
import { t, uiLang } from '../../utils/i18n';
import { columnCsv, type ColumnRow } from '../../lib/column/table';
import { auditColumn, ensureAccess, loadSaved, save } from '../../utils/column-audit';
import { downloadWorkbook } from '../../utils/exports';
import type { PageAudit } from '../../lib/column/crawl';

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.classList.add('in-tab');
document.title = t('columnTitle');

function download(rows: ColumnRow[], src: string): void {
  const url = URL.createObjectURL(new Blob([columnCsv(rows, uiLang())], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `${new URL(src).hostname}-column-audit.csv` });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ColumnPage({ src }: { src: string }) {
  const [state, setState] = useState<ColumnState>({ phase: 'idle' });
  const run = useRef<AbortController | null>(null);
  const [reports, setReports] = useState<PageAudit[]>([]);
  useEffect(() => {
    void loadSaved(src).then((saved) => saved && setState((s) => (s.phase === 'idle' ? { phase: 'done', rows: saved.rows, at: saved.savedAt } : s)));
  }, [src]);
  const start = async () => {
    // asked from the click: permissions.request needs the user's gesture
    if (!(await ensureAccess(src))) return setState({ phase: 'failed', error: t('columnNoAccess') });
    const controller = new AbortController();
    run.current = controller;
    setState({ phase: 'running', listPages: 0, done: 0, total: 0 });
    const result = await auditColumn(src, controller.signal, (p) => setState({ phase: 'running', ...p }));
    run.current = null;
    const at = new Date().toISOString();
    if (!result.ok) return setState(controller.signal.aborted ? { phase: 'cancelled', rows: [], at } : { phase: 'failed', error: result.error });
    setState({ phase: controller.signal.aborted ? 'cancelled' : 'done', rows: result.rows, at });
    setReports(result.reports);
    if (!controller.signal.aborted) await save({ src, savedAt: at, rows: result.rows });
  };
  return (
    <ColumnView
      src={src}
      state={state}
      onStart={() => void start()}
      onCancel={() => run.current?.abort()}
      onExportCsv={(rows) => download(rows, src)}
      onExportXlsx={reports.length ? () => void downloadWorkbook(reports) : undefined}
    />
  );
}

const src = new URLSearchParams(location.search).get('src') ?? '';
const valid = /^https?:\/\//i.test(src);
render(valid ? <ColumnPage src={src} /> : <p class="note">{t('columnNoSrc')}</p>, document.getElementById('app')!);
