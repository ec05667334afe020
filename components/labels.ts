// The template's own words for a finding's row and column keys, for people (the popup).
import type { Finding } from '../lib/report';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, type TemplateId } from '../lib/template';

export function rowLabel(f: Finding, template: TemplateId): string | null {
  if (!f.row) return null;
  if (f.table !== 'active') return f.row; // 3.2, 3.3.1: the numbering auditors use
  return ACTIVE_BLOCKS[template].flatMap((b) => b.rows).find((r) => r.key === f.row)?.label ?? f.row;
}

export function columnLabel(f: Finding, template: TemplateId): string | null {
  if (!f.column) return null;
  if (f.table === 'requests') return REQUEST_COLUMNS.find((c) => c.key === f.column)?.label ?? f.column;
  if (f.table === 'active') return ACTIVE_BLOCKS[template].flatMap((b) => b.columns).find((c) => c.key === f.column)?.label ?? f.column;
  const [group, column] = f.column.split('.');
  const g = APPEAL_GROUPS.find((x) => x.key === group)?.label;
  const c = APPEAL_COLUMNS.find((x) => x.key === column)?.label;
  return g && c ? `${g} ${c}` : f.column;
}
