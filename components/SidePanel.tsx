// The side panel: the active tab's reports as in the popup, each finding with 已核实 / 忽略, how
// many are reviewed, and the keyboard: ↑/↓ or j/k move from finding to finding, Enter shows the
// finding's cell in the page (the row's own button), Esc goes back from a row's controls to the
// row and from a row to the top.
import { useRef } from 'preact/hooks';
import { findingKey } from '../lib/review';
import { t } from '../utils/i18n';
import { TabBody, type TabBodyProps } from './Popup';

const ROWS = '.finding > .show, .finding > details > summary';
const NEXT: Record<string, 1 | -1> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

export function SidePanel(props: TabBodyProps) {
  const top = useRef<HTMLHeadingElement>(null);
  const { view } = props;
  const reports = view.kind === 'tab' ? view.reports : [];
  const total = reports.reduce((n, r) => n + r.audit.findings.length, 0);
  const done = reports.reduce((n, r) => n + r.audit.findings.filter((f) => r.decisions?.[findingKey(f)]).length, 0);

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const rows = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>(ROWS)].filter((r) => r.getClientRects().length > 0);
    const at = rows.indexOf(target);
    if (e.key === 'Escape') {
      const row = target.closest('.finding')?.querySelector<HTMLElement>(':scope > .show');
      (at < 0 && row ? row : top.current)?.focus();
      e.preventDefault();
      return;
    }
    const step = NEXT[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey || target.matches('input, textarea') || !rows.length) return;
    // from a row's controls, or from outside the list: start at that row, or at the first
    const from = at >= 0 ? at : rows.indexOf(target.closest('.finding')?.querySelector<HTMLElement>(':scope > .show') ?? target);
    const next = from < 0 ? (step === 1 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, from + step));
    rows[next].focus();
    rows[next].scrollIntoView({ block: 'nearest' });
    e.preventDefault();
  };

  return (
    <main class="panel" onKeyDown={onKeyDown}>
      <header class="top">
        <h1 ref={top} tabIndex={-1}>
          {t('extName')}
        </h1>
        {total > 0 && (
          <p class="progress" data-done={done} data-total={total}>
            {t('reviewProgress', { done, total })}
          </p>
        )}
      </header>
      {total > 0 && <p class="note keys">{t('panelKeys')}</p>}
      <TabBody {...props} />
    </main>
  );
}
