import { cellId, type Finding } from '../../lib/report';
import type { DomAudit } from '../../lib/audit-dom';

/** Findings that belong on a cell of the page (info stays in the popup: the page stays calm). */
export const isCellFinding = (f: Finding): boolean => f.severity !== 'info' && f.table != null && f.column != null;

/** The `cells` key of the cell a finding is about (appeals cells have the empty row). */
export const findingCell = (f: Finding): string => cellId(f.table ?? '', f.row ?? '', f.column ?? '');

/** The cells the overlay can mark: those of cell findings found on the page (the popup offers "show" for them). */
export function placeableCells({ audit, cells }: Pick<DomAudit, 'audit' | 'cells'>): string[] {
  const ids = new Set<string>();
  for (const f of audit.findings) if (isCellFinding(f) && cells.has(findingCell(f))) ids.add(findingCell(f));
  return [...ids];
}
