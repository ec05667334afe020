// Findings grouped by table, errors first; blank-cell warnings folded into one expandable line.
// With onDecide, each finding offers 已核实 / 忽略 (the side panel); a decision shows either way.
import type { Audit, Finding } from '../lib/report';
import { findingKey, type Decision } from '../lib/review';
import type { TemplateId } from '../lib/template';
import type { Decisions } from '../utils/decisions';
import { groupFindings } from '../utils/finding-order';
import { SEVERITY_WORD, t, uiLang } from '../utils/i18n';
import { anchorId } from '../lib/anchors';
import { columnLabel, rowLabel } from './labels';

/** A decision as a view makes it (the wiring dates it); null withdraws it. */
export type DecisionChange = Pick<Decision, 'status' | 'note'> | null;
export type DecideFn = (f: Finding, decision: DecisionChange) => void;

interface FindingsProps {
  audit: Audit;
  /** the cells the page shows marks on: only those findings offer "show in page" */
  placed: readonly string[];
  onShowCell: (cellId: string) => void;
  decisions?: Decisions;
  onDecide?: DecideFn;
}

export function Findings({ audit, placed: placedCells, onShowCell, decisions = {}, onDecide }: FindingsProps) {
  const { findings } = audit;
  if (!findings.length) return <p class="clean">{t('noFindings')}</p>;
  const placed = new Set(placedCells);
  const template = audit.template ?? '2021';
  const item = (f: Finding, i: number) => (
    <FindingItem key={i} f={f} where={where(f, template)} placed={placed} onShowCell={onShowCell} decision={decisions[findingKey(f)]} onDecide={onDecide} />
  );
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findingsHeading')}</h2>
      {groupFindings(findings).map(({ table, title, errors, blanks, others }) => (
        <section key={title} class="group" data-table={table ?? ''}>
          <h3>{t(title)}</h3>
          <ul>
            {errors.map(item)}
            {blanks.length > 0 && (
              <li class="finding" data-rule="cell-missing" data-severity="warning">
                <details>
                  <summary>{t('blankCells', { count: blanks.length })}</summary>
                  <ul>{blanks.map(item)}</ul>
                </details>
              </li>
            )}
            {others.map(item)}
          </ul>
        </section>
      ))}
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
  decision?: Decision;
  onDecide?: DecideFn;
}

function FindingItem({ f, where, placed, onShowCell, decision, onDecide }: ItemProps) {
  const text = uiLang() === 'zh' ? f.message : f.message_en;
  const id = anchorId(f);
  const content = (
    <>
      <span class="sev" aria-hidden="true" />
      <span class="msg">{text}</span>
      {where && <span class="where">{where}</span>}
    </>
  );
  return (
    <li class="finding" data-rule={f.rule} data-severity={f.severity} data-table={f.table} data-row={f.row} data-column={f.column} data-review={decision?.status}>
      <span class="visually-hidden">{t(SEVERITY_WORD[f.severity])}：</span>
      {placed.has(id) ? (
        <button type="button" class="show" onClick={() => onShowCell(id)} aria-label={t('showInPage', { finding: text })}>
          {content}
        </button>
      ) : (
        // focusable for the side panel's arrow keys, though there is no cell to show
        <span class="show" tabIndex={onDecide ? -1 : undefined}>
          {content}
        </span>
      )}
      {onDecide && <Decide finding={text} decision={decision} onChange={(d) => onDecide(f, d)} />}
    </li>
  );
}

/** 已核实 / 忽略, each a toggle naming its finding to a screen reader; a dismissal takes an optional note. */
function Decide({ finding, decision, onChange }: { finding: string; decision?: Decision; onChange: (d: DecisionChange) => void }) {
  const status = decision?.status;
  const toggle = (next: Decision['status']) => onChange(status === next ? null : { status: next, note: next === 'dismissed' ? decision?.note : undefined });
  return (
    <div class="decide">
      <button type="button" data-action="confirm" aria-pressed={status === 'confirmed'} aria-label={`${t('reviewConfirm')}：${finding}`} onClick={() => toggle('confirmed')}>
        {t('reviewConfirm')}
      </button>
      <button type="button" data-action="dismiss" aria-pressed={status === 'dismissed'} aria-label={`${t('reviewDismiss')}：${finding}`} onClick={() => toggle('dismissed')}>
        {t('reviewDismiss')}
      </button>
      {status === 'dismissed' && (
        <input
          class="note"
          type="text"
          value={decision?.note ?? ''}
          placeholder={t('reviewNote')}
          aria-label={t('reviewNote')}
          onChange={(e) => onChange({ status: 'dismissed', note: e.currentTarget.value.trim() || undefined })}
        />
      )}
    </div>
  );
}
