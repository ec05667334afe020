// The few figures of an audited report that the across-reports rules compare, small enough to
// keep per report in the browser (storage.local) and to rebuild from any audit.
import * as z from 'zod/mini';
import type { Audit, TableData } from './report';

const FigureRowSchema = z.record(z.string(), z.nullable(z.number()));
/** column → the cell's number (blank counts 0), null where the cell is invalid */
export type FigureRow = z.infer<typeof FigureRowSchema>;

export const ReportFiguresSchema = z.object({
  /** the file or URL the report was read from: how a finding names it */
  origin: z.string(),
  agency: z.nullable(z.string()),
  /** the host a URL names; null for files */
  site: z.nullable(z.string()),
  year: z.nullable(z.number()),
  template: z.nullable(z.enum(['2021', '2019'])),
  /** requests rows 2 (上年结转) and 4 (结转下年度) */
  requests: z.record(z.string(), FigureRowSchema),
  /** active rows rules and normative_docs (issued, repealed, in_force) */
  active: z.record(z.string(), FigureRowSchema),
});
export type ReportFigures = z.infer<typeof ReportFiguresSchema>;

const KEPT = { requests: ['2', '4'], active: ['rules', 'normative_docs'] } as const;

function rowsOf(data: TableData | undefined, rows: readonly string[]): Record<string, FigureRow> {
  const out: Record<string, FigureRow> = {};
  for (const row of rows) {
    const cells = data?.[row];
    if (!cells) continue;
    out[row] = Object.fromEntries(Object.entries(cells).map(([column, cell]) => [column, cell.status === 'invalid' ? null : (cell.value ?? 0)]));
  }
  return out;
}

const hostOf = (origin: string): string | null => {
  try {
    return /^https?:/i.test(origin) ? new URL(origin).host.toLowerCase() : null;
  } catch {
    return null;
  }
};

export function figuresOf(audit: Pick<Audit, 'agency' | 'year' | 'template' | 'tables'>, origin: string): ReportFigures {
  return {
    origin,
    agency: audit.agency,
    site: hostOf(origin),
    year: audit.year,
    template: audit.template,
    requests: rowsOf(audit.tables.requests, KEPT.requests),
    active: rowsOf(audit.tables.active, KEPT.active),
  };
}
