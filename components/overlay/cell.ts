import { anchorId } from '../../lib/anchors';
import type { Marks } from '../../lib/marks';
import type { Finding } from '../../lib/report';

/** Findings that show on the page, on a cell or beside the paragraph they quote (info stays in the popup: the page stays calm). */
export const isPageFinding = (f: Finding): boolean => f.severity !== 'info' && f.table != null && f.column != null;

/** The places the overlay can mark: those of page findings found on the page (the popup offers "show" for them). */
export function placeableCells({ audit, cells }: Pick<Marks<unknown>, 'audit' | 'cells'>): string[] {
  const ids = new Set<string>();
  for (const f of audit.findings) if (isPageFinding(f) && cells.has(anchorId(f))) ids.add(anchorId(f));
  return [...ids];
}
