// Findings grouped by table, errors first; blank-cell warnings folded into one expandable line.
import type { Audit, Finding } from '../lib/report';
import type { TemplateId } from '../lib/template';
import type { UiKey } from '../lib/ui-text';
import { SEVERITY_WORD, t, uiLang } from '../utils/i18n';
import { findingCell } from './overlay/cell';
import { columnLabel, rowLabel } from './labels';

const GROUPS: [string | undefined, UiKey][] = [
  [undefined, 'tableGeneral'],
  ['active', 'tableActive'],
  ['requests', 'tableRequests'],
  ['appeals', 'tableAppeals'],
];
const RANK = { error: 0, warning: 1, info: 2 } as const;

interface FindingsProps {
  audit: Audit;
  /** the cells the page shows marks on: only those findings offer "show in page" */
  placed: readonly string[];
  onShowCell: (cellId: string) => void;
}

export function Findings({ audit, placed: placedCells, onShowCell }: FindingsProps) {
  const { findings } = audit;
  if (!findings.length) return <p class="clean">{t('noFindings')}</p>;
  const placed = new Set(placedCells);
  const template = audit.template ?? '2021';
  const item = (f: Finding, i: number) => <FindingItem key={i} f={f} where={where(f, template)} placed={placed} onShowCell={onShowCell} />;
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
                    <summary>{t('blankCells', { count: blanks.length })}</summary>
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
  if (row && column) return t('rowColumn', { row, column });
  return row ? t('rowOnly', { row }) : (column ?? '');
}

interface ItemProps {
  f: Finding;
  where: string;
  placed: Set<string>;
  onShowCell: (cellId: string) => void;
}

function FindingItem({ f, where, placed, onShowCell }: ItemProps) {
  const text = uiLang() === 'zh' ? f.message : f.message_en;
  const id = findingCell(f);
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
        <button type="button" class="show" onClick={() => onShowCell(id)} aria-label={t('showInPage', { finding: text })}>
          {content}
        </button>
      ) : (
        <span class="show">{content}</span>
      )}
    </li>
  );
}
