// A column's audit as the column page shows and exports it: one row per listed report, the
// across-reports findings over all of them, the agency × year matrix, the CSV.
import { checkAcrossReports, isAcrossFinding } from '../across';
import { figuresOf } from '../figures';
import type { Finding } from '../report';
import type { PageOutcome } from './crawl';
import type { ListedLink } from './links';

export interface ColumnRow {
  url: string;
  /** the link's title on the list page */
  title: string;
  /** audited; needs-visit: read, but no report found (script-filled or framed beyond reach); failed: not fetched */
  status: 'audited' | 'needs-visit' | 'failed';
  error?: string;
  /** the attachment (PDF, DOCX…) the report was read from, when it was one */
  attachment: string | null;
  agency: string | null;
  year: number | null;
  template: string | null;
  published: string | null;
  late: boolean;
  errors: number;
  warnings: number;
  /** the findings of the across-reports rules (carry-over from the year before) */
  across: Pick<Finding, 'rule' | 'message' | 'message_en'>[];
  /** every finding's rule, for the table's tooltip and the CSV */
  rules: string[];
}

type Audited = Extract<PageOutcome, { findings: unknown }>;

/** The reports found in a column, each with the across-reports findings over all of them added. */
export function columnReports(outcomes: PageOutcome[]): Audited[] {
  const audited = outcomes.filter((o): o is Audited => 'findings' in o && o.detected);
  const across = checkAcrossReports(audited.map((o) => figuresOf(o, o.url)));
  return audited.map((o, i) => ({ ...o, findings: [...o.findings, ...across[i]] }));
}

export function columnRows(links: ListedLink[], outcomes: PageOutcome[], reports = columnReports(outcomes)): ColumnRow[] {
  const titles = new Map(links.map((l) => [l.url, l.text]));
  const reportOf = new Map(reports.map((r) => [r.url, r]));
  return outcomes.map((o): ColumnRow => {
    const base = { url: o.url, title: titles.get(o.url) ?? o.url, attachment: o.attachment ?? null, agency: null, year: null, template: null, published: null, late: false, errors: 0, warnings: 0, across: [], rules: [] };
    if ('error' in o) return { ...base, status: 'failed', error: o.error };
    const report = reportOf.get(o.url);
    if (!report) return { ...base, status: 'needs-visit' };
    const { findings } = report;
    return {
      ...base,
      status: 'audited',
      agency: report.agency,
      year: report.year,
      template: report.template,
      published: report.published,
      late: findings.some((f) => f.rule === 'published-late'),
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      across: findings.filter(isAcrossFinding).map(({ rule, message, message_en }) => ({ rule, message, message_en })),
      rules: findings.map((f) => f.rule),
    };
  });
}

export interface AgencyYears {
  years: number[];
  /** per agency, where each year's report was read (its page, or the attachment it came from) */
  agencies: { agency: string; reports: Record<number, string> }[];
}

/** Which agency has a report for which year: the gaps are the reports an auditor must ask for. */
export function agencyYearMatrix(rows: ColumnRow[]): AgencyYears {
  const byAgency = new Map<string, Record<number, string>>();
  const years = new Set<number>();
  for (const r of rows) {
    if (r.status !== 'audited' || !r.agency || r.year === null) continue;
    years.add(r.year);
    const reports = byAgency.get(r.agency) ?? {};
    reports[r.year] ??= r.attachment ?? r.url;
    byAgency.set(r.agency, reports);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    agencies: [...byAgency.entries()].map(([agency, reports]) => ({ agency, reports })).sort((a, b) => a.agency.localeCompare(b.agency, 'zh')),
  };
}

const CSV_COLUMNS = ['url', 'title', 'status', 'error', 'agency', 'year', 'template', 'published', 'late', 'errors', 'warnings', 'across', 'rules', 'attachment'] as const;

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The rows as CSV, UTF-8 with a BOM (Excel and WPS then read the Chinese right), CRLF line ends. */
export function columnCsv(rows: ColumnRow[], lang: 'zh' | 'en'): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const across = r.across.map((f) => (lang === 'zh' ? f.message : f.message_en)).join('; ');
    lines.push(CSV_COLUMNS.map((c) => cell(c === 'across' ? across : c === 'rules' ? [...new Set(r.rules)].join(' ') : r[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
