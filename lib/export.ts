// Exports of an audit: spreadsheet grids (TSV, HTML, CSV), Markdown, versioned JSON and a
// plain-text list of findings. Pure: no DOM, no extension APIs (the popup and tests share it).
import { EXPORT_VERSION, ExportSchema, type Audit, type Cell, type Finding, type TableData } from './report';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, SECTIONS } from './template';

/** One exported table: a title, a header row, then rows of [key, label, ...values]. */
export interface ExportTable {
  key: 'active' | 'requests' | 'appeals';
  title: string;
  header: string[];
  rows: string[][];
}

const heading = (n: number): string => SECTIONS.find((s) => s.n === n)?.heading ?? '';

/** A number as the page meant it; otherwise the page's own text (blank, placeholder, invalid). */
const cellText = (cell: Cell | undefined): string =>
  cell == null ? '' : cell.status === 'number' && cell.value != null ? String(cell.value) : cell.raw;

/** Template rows first, in template order, then (if asked) any extra rows the page had. */
function rowsOf(data: TableData, template: { key: string; label: string }[], columns: string[], extras = true): string[][] {
  const known = new Set(template.map((r) => r.key));
  const extra = extras ? Object.keys(data).filter((k) => !known.has(k)) : [];
  return [...template, ...extra.map((key) => ({ key, label: '' }))].map((r) => [
    r.key,
    r.label,
    ...columns.map((c) => cellText(data[r.key]?.[c])),
  ]);
}

export function exportTables(audit: Audit): ExportTable[] {
  const template = audit.template ?? '2021';
  const out: ExportTable[] = [];
  const { active, requests, appeals } = audit.tables;
  if (active) {
    for (const block of ACTIVE_BLOCKS[template]) {
      const cols = block.columns.map((c) => c.key);
      const rows = rowsOf(active, block.rows, cols, false);
      out.push({
        key: 'active',
        title: `${heading(2)} 第二十条第（${block.item}）项`,
        header: ['row', '信息内容', ...block.columns.map((c) => c.label)],
        rows,
      });
    }
  }
  if (requests) {
    out.push({
      key: 'requests',
      title: heading(3),
      header: ['row', '项目', ...REQUEST_COLUMNS.map((c) => c.label)],
      rows: rowsOf(requests, REQUEST_ROWS[template], REQUEST_COLUMNS.map((c) => c.key)),
    });
  }
  if (appeals) {
    const keys = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.key}.${c.key}`));
    const labels = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.label} ${c.label}`));
    out.push({
      key: 'appeals',
      title: heading(4),
      header: ['row', '', ...labels],
      rows: [['', '', ...keys.map((k) => cellText(appeals['']?.[k]))]],
    });
  }
  return out;
}

/** The tables stacked into one grid: title, header, rows, a blank line between tables. */
function grid(audit: Audit): string[][] {
  const lines: string[][] = [];
  for (const t of exportTables(audit)) {
    if (lines.length) lines.push([]);
    lines.push([t.title], t.header, ...t.rows);
  }
  return lines;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
/** Spreadsheets run text starting with = + - @ (or a tab / CR) as a formula: a page must not
 * be able to plant one. Plain numbers, negative ones included, stay numbers. */
export const guardFormula = (s: string): string => (/^[=+\-@\t\r]/.test(s) && !NUMBER.test(s) ? `'${s}` : s);

const tsvCell = (s: string): string => guardFormula(s).replace(/[\t\r\n]+/g, ' ');
export const toTSV = (audit: Audit): string => grid(audit).map((r) => r.map(tsvCell).join('\t')).join('\n') + '\n';

const csvCell = (s: string): string => {
  const g = guardFormula(s);
  return /[",\r\n]/.test(g) ? `"${g.replace(/"/g, '""')}"` : g;
};
/** RFC 4180 with a UTF-8 BOM, so Excel opens the Chinese text correctly. */
export const toCSV = (audit: Audit): string =>
  '\uFEFF' + grid(audit).map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

const escapeHTML = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The same grid as TSV, as an HTML table: Excel and WPS paste it cell for cell. */
export function toHTMLTable(audit: Audit): string {
  const lines = grid(audit);
  const width = Math.max(1, ...lines.map((r) => r.length));
  const body = lines
    .map((r) => {
      if (r.length === 1) return `<tr><th colspan="${width}" style="text-align:left">${escapeHTML(r[0])}</th></tr>`;
      return `<tr>${r.map((c) => `<td>${escapeHTML(guardFormula(c))}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<meta charset="utf-8"><table>\n${body}\n</table>`;
}

const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
export function toMarkdown(audit: Audit): string {
  const parts = [`# ${mdCell(audit.title ?? [audit.agency, audit.year].filter(Boolean).join(' '))}`];
  for (const t of exportTables(audit)) {
    const row = (r: string[]) => `| ${r.map(mdCell).join(' | ')} |`;
    parts.push(`## ${mdCell(t.title)}`, [row(t.header), row(t.header.map(() => '---')), ...t.rows.map(row)].join('\n'));
  }
  return parts.join('\n\n') + '\n';
}

/** The versioned JSON export; parsing it through ExportSchema is what makes it trustworthy. */
export function toExportJSON(audit: Audit, url: string, generator = 'report-checker'): string {
  return JSON.stringify(ExportSchema.parse({ ...audit, version: EXPORT_VERSION, url, generator }), null, 2);
}

const WORDS = {
  zh: { error: '错误', warning: '警告', info: '提示', none: '未发现问题。', unknown: '（未识别的报告）' },
  en: { error: 'error', warning: 'warning', info: 'info', none: 'No findings.', unknown: '(unrecognised report)' },
} as const;

const where = (f: Finding): string => {
  const cell = [f.row, f.column].filter((x) => x != null && x !== '').join(' / ');
  return [f.table, cell].filter(Boolean).join(' ');
};

/** The findings as a plain-text list, one per line, errors first. */
export function findingsAsText(audit: Audit, lang: 'zh' | 'en' = 'zh'): string {
  const w = WORDS[lang];
  const title = audit.title ?? ([audit.agency, audit.year].filter(Boolean).join(' ') || w.unknown);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...audit.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const lines = sorted.map((f) => {
    const loc = where(f);
    return `- [${w[f.severity]}] ${f.rule}${loc ? ` (${loc})` : ''}: ${lang === 'zh' ? f.message : f.message_en}`;
  });
  return [title, ...(lines.length ? lines : [w.none])].join('\n') + '\n';
}
