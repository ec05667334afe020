import { cellId, type Finding } from '../../lib/report';

/** Findings that belong on a cell of the page (info stays in the popup: the page stays calm). */
export const isCellFinding = (f: Finding): boolean => f.severity !== 'info' && f.table != null && f.column != null;

/** The `cells` key of the cell a finding is about (appeals cells have the empty row). */
export const findingCell = (f: Finding): string => cellId(f.table ?? '', f.row ?? '', f.column ?? '');
