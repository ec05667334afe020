import type { Finding } from '../../lib/report';

/** Findings that show on the page, on a cell or beside the paragraph they quote (info stays in the popup: the page stays calm). */
export const isPageFinding = (f: Finding): boolean => f.severity !== 'info' && f.table != null && f.column != null;
