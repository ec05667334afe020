// Findings grouped by table, errors first; blank-cell warnings folded into one expandable line.
import type { Finding } from '../lib/report';
import type { TemplateId } from '../lib/template';
import { findingCell } from './overlay/cell';
import { columnLabel, rowLabel } from './labels';
import { SEVERITY_WORD, t, uiLang, type MessageKey } from '../utils/i18n';
import { messenger, type FrameReport } from '../utils/protocol';

const GROUPS: [string | undefined, MessageKey][] = [
  [undefined, 'tableGeneral'],
  ['active', 'tableActive'],
  ['requests', 'tableRequests'],
  ['appeals', 'tableAppeals'],
];
const RANK = { error: 0, warning: 1, info: 2 } as const;

export function Findings({ report, tabId }: { report: FrameReport; tabId: number }) {
  const { findings } = report.audit;
  if (!findings.length) return <p class="clean">{t('noFindings')}</p>;
  const placed = new Set(report.placed);
  const template = report.audit.template ?? '2021';
  const item = (f: Finding, i: number) => (
    <FindingItem key={i} f={f} where={where(f, template)} placed={placed} tabId={tabId} frameId={report.frameId} />
  );
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findingsHeading')}</h2>
      {GROUPS.map(([table, title]) => {
        const group = findings.filter((f) => f.table === table).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
        if (!group.length) return null;
        const blanks = group.filter((f) => f.rule === 'cell-missing');
        const rest = group.filter((f) => f.rule !== 'cell-missing');
        return (
          <section key={title} class="group" data-table={table ?? ''}>
            <h3>{t(title)}</h3>
            <ul>
              {rest.filter((f) => f.severity === 'error').map(item)}
              {blanks.length > 0 && (
                <li class="finding" data-rule="cell-missing" data-severity="warning">
                  <details>
                    <summary>{t('blankCells', blanks.length)}</summary>
                    <ul>{blanks.map(item)}</ul>
                  </details>
                </li>
              )}
              {rest.filter((f) => f.severity !== 'error').map(item)}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function where(f: Finding, template: TemplateId): string {
  const row = rowLabel(f, template);
  const column = columnLabel(f, template);
  if (row && column) return t('rowColumn', row, column);
  return row ? t('rowOnly', row) : (column ?? '');
}

interface ItemProps {
  f: Finding;
  where: string;
  placed: Set<string>;
  tabId: number;
  frameId: number;
}

function FindingItem({ f, where, placed, tabId, frameId }: ItemProps) {
  const text = uiLang() === 'zh' ? f.message : f.message_en;
  const id = findingCell(f);
  const show = () => messenger.sendMessage('showCell', id, { tabId, frameId }).catch(() => false);
  const content = (
    <>
      <span class="sev" aria-hidden="true" />
      <span class="msg">{text}</span>
      {where && <span class="where">{where}</span>}
    </>
  );
  return (
    <li class="finding" data-rule={f.rule} data-severity={f.severity} data-table={f.table} data-row={f.row} data-column={f.column}>
      <span class="visually-hidden">{t(SEVERITY_WORD[f.severity])}：</span>
      {placed.has(id) ? (
        <button type="button" class="show" onClick={show} aria-label={t('showInPage', text)}>
          {content}
        </button>
      ) : (
        <span class="show">{content}</span>
      )}
    </li>
  );
}
