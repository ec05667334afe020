// The column audit page's view: start/cancel, progress, the result table (sortable, filterable by
// agency), the agency × year matrix, CSV export. Plain data and callbacks: the glue is in
// entrypoints/column and utils/column-audit.ts.
import { useMemo, useState } from 'preact/hooks';
import type { ColumnRow } from '../lib/column/table';
import { agencyYearMatrix } from '../lib/column/table';
import { fileNameOf } from '../lib/attachment-link';
import type { UiKey } from '../lib/ui-text';
import { t, uiLang } from '../utils/i18n';

export type ColumnState =
  | { phase: 'idle' }
  | { phase: 'running'; listPages: number; done: number; total: number }
  | { phase: 'done' | 'cancelled'; rows: ColumnRow[]; at: string }
  | { phase: 'failed'; error: string };

export interface ColumnViewProps {
  src: string;
  state: ColumnState;
  onStart(): void;
  onCancel(): void;
  onExportCsv(rows: ColumnRow[]): void;
  /** the workbook of the run just made (its audits are held in memory, not kept with the saved rows) */
  onExportXlsx?: () => void;
}

type SortKey = 'title' | 'agency' | 'year' | 'template' | 'published' | 'errors' | 'warnings' | 'status';
const COLUMNS: [SortKey, UiKey][] = [
  ['title', 'colReport'],
  ['agency', 'colAgency'],
  ['year', 'colYear'],
  ['template', 'colTemplate'],
  ['published', 'colPublished'],
  ['errors', 'colErrors'],
  ['warnings', 'colWarnings'],
  ['status', 'colStatus'],
];

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh');
};

export function ColumnView({ src, state, onStart, onCancel, onExportCsv, onExportXlsx }: ColumnViewProps) {
  return (
    <main class="column">
      <header class="top">
        <h1>{t('columnTitle')}</h1>
      </header>
      <p class="src">
        <a href={src} target="_blank" rel="noreferrer">
          {src}
        </a>
      </p>
      <p class="note">{t('columnNote')}</p>
      {state.phase === 'running' ? (
        <section class="progress" aria-live="polite">
          <progress max={state.total || 1} value={state.done} />
          <span class="count" data-done={state.done} data-total={state.total}>
            {state.total ? `${state.done} / ${state.total}` : t('columnListing', { n: state.listPages })}
          </span>
          <button type="button" class="cancel" onClick={onCancel}>
            {t('columnCancel')}
          </button>
        </section>
      ) : (
        <p class="actions">
          <button type="button" class="primary start" onClick={onStart}>
            {t(state.phase === 'idle' ? 'columnStart' : 'columnAgain')}
          </button>
          {(state.phase === 'done' || state.phase === 'cancelled') && (
            <>
              <button type="button" class="csv" onClick={() => onExportCsv(state.rows)}>
                {t('columnCsv')}
              </button>
              {onExportXlsx && (
                <button type="button" class="xlsx" onClick={onExportXlsx}>
                  {t('columnXlsx')}
                </button>
              )}
              <span class="saved">{t(state.phase === 'cancelled' ? 'columnCancelledAt' : 'columnResultAt', { date: new Date(state.at).toLocaleString() })}</span>
            </>
          )}
        </p>
      )}
      {state.phase === 'failed' && (
        <p class="failed" role="alert">
          {t('columnListFailed', { error: state.error })}
        </p>
      )}
      {(state.phase === 'done' || state.phase === 'cancelled') && <Results rows={state.rows} />}
    </main>
  );
}

function Results({ rows }: { rows: ColumnRow[] }) {
  // no key: the list's own order
  const [sort, setSort] = useState<{ key: SortKey | null; up: boolean }>({ key: null, up: true });
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const wanted = filter.trim();
    const kept = wanted ? rows.filter((r) => (r.agency ?? r.title).includes(wanted)) : [...rows];
    const key = sort.key;
    if (key) kept.sort((a, b) => (sort.up ? 1 : -1) * compare(a[key], b[key]));
    return kept;
  }, [rows, sort, filter]);
  const lang = uiLang();
  if (!rows.length) return <p class="note empty">{t('columnNoReports')}</p>;
  const counts = { audited: 0, 'needs-visit': 0, failed: 0 };
  for (const r of rows) counts[r.status]++;
  return (
    <>
      <p class="summary">{t('columnSummary', { total: rows.length, audited: counts.audited, visit: counts['needs-visit'], failed: counts.failed })}</p>
      <label class="filter">
        {t('columnFilter')} <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
      </label>
      <table class="results">
        <thead>
          <tr>
            {COLUMNS.map(([key, label]) => (
              <th key={key} aria-sort={sort.key === key ? (sort.up ? 'ascending' : 'descending') : 'none'}>
                <button type="button" class="sort" data-sort={key} onClick={() => setSort({ key, up: sort.key === key ? !sort.up : true })}>
                  {t(label)}
                </button>
              </th>
            ))}
            <th>{t('colAcross')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.url} data-url={r.url} data-attachment={r.attachment ?? undefined} data-agency={r.agency ?? ''} data-year={r.year ?? ''} data-errors={r.errors} data-warnings={r.warnings} data-status={r.status}>
              <td>
                <a href={r.url} target="_blank" rel="noreferrer" title={r.url}>
                  {r.title}
                </a>
                {r.attachment && (
                  <a class="attachment" href={r.attachment} target="_blank" rel="noreferrer" title={r.attachment}>
                    {t('fromAttachment', { name: fileNameOf(r.attachment) })}
                  </a>
                )}
              </td>
              <td>{r.agency ?? ''}</td>
              <td>{r.year ?? ''}</td>
              <td>{r.template ?? ''}</td>
              <td class={r.late ? 'late' : undefined}>{r.published ? `${r.published}${r.late ? ` ${t('columnLate')}` : ''}` : ''}</td>
              <td class={r.errors ? 'bad' : undefined}>{r.status === 'audited' ? r.errors : ''}</td>
              <td>{r.status === 'audited' ? r.warnings : ''}</td>
              <td class={`status-${r.status}`}>
                {r.status === 'audited' ? t('columnAudited') : r.status === 'needs-visit' ? (
                  <a href={r.url} target="_blank" rel="noreferrer">
                    {t('columnNeedsVisit')}
                  </a>
                ) : (
                  t('columnFailed', { error: r.error ?? '' })
                )}
              </td>
              <td class="across">{r.across.map((f) => (lang === 'zh' ? f.message : f.message_en)).join('；')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Matrix rows={rows} />
    </>
  );
}

function Matrix({ rows }: { rows: ColumnRow[] }) {
  const { years, agencies } = agencyYearMatrix(rows);
  const attachments = new Set(rows.map((r) => r.attachment));
  if (!years.length) return null;
  return (
    <section class="matrix">
      <h2>{t('columnMatrix')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('colAgency')}</th>
            {years.map((y) => (
              <th key={y}>{y}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {agencies.map(({ agency, reports }) => (
            <tr key={agency} data-agency={agency}>
              <th>{agency}</th>
              {years.map((y) => (
                <td key={y} data-year={y} class={reports[y] ? 'has' : 'missing'}>
                  {reports[y] ? (
                    <a href={reports[y]} target="_blank" rel="noreferrer" title={reports[y]}>
                      {attachments.has(reports[y]) ? `✓ ${t('fromAttachment', { name: fileNameOf(reports[y]) })}` : '✓'}
                    </a>
                  ) : (
                    t('columnMissing')
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
