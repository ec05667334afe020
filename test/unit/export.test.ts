import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findingsAsText, guardFormula, toCSV, toExportJSON, toHTMLTable, toMarkdown, toTSV } from '../../lib/export';
import { AuditSchema, ExportSchema, type Audit, type Cell } from '../../lib/report';
import { REQUEST_ROWS } from '../../lib/template';

const n = (value: number): Cell => ({ value, raw: String(value), status: 'number' });
const raw = (text: string, status: Cell['status']): Cell => ({ value: null, raw: text, status });
const row = (...v: Cell[]) =>
  Object.fromEntries(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'].map((k, i) => [k, v[i] ?? n(0)]));

const audit: Audit = AuditSchema.parse({
  detected: true,
  template: '2021',
  year: 2024,
  agency: '某某镇人民政府',
  published: '2025-01-20',
  title: '某某镇人民政府2024年政府信息公开工作年度报告',
  sections: [1, 2, 3, 4, 5, 6].map((i) => ({ n: i, found: true, heading: null })),
  tables: {
    active: { rules: { issued: n(1), repealed: n(0), in_force: n(3) }, admin_fees: { fees_10k_yuan: n(1.5) } },
    requests: {
      '1': row(n(5), n(1), n(0), n(0), n(0), n(0), n(7)),
      '2': row(raw('=HYPERLINK("x")', 'invalid')),
      '3.1': row(raw('—', 'blank')),
    },
    appeals: { '': { 'review.upheld': n(1), 'review.total': n(1) } },
  },
  findings: [
    {
      rule: 'row-sum', severity: 'error', section: 3, table: 'requests', row: '1', column: 'total',
      expected: 6, actual: 7, message: '总计应为 6，页面为 7', message_en: 'total should be 6, page says 7',
    },
    { rule: 'cell-missing', severity: 'warning', table: 'requests', row: '3.1', column: 'natural', message: '空白', message_en: 'blank' },
    { rule: 'section-missing', severity: 'error', section: 6, message: '缺少第六部分', message_en: 'section 6 missing' },
  ],
});

describe('toTSV', () => {
  const lines = toTSV(audit).trimEnd().split('\n');
  it('has every template row of 三 in order, with its values', () => {
    const start = lines.findIndex((l) => l.startsWith('三、'));
    const keys = REQUEST_ROWS['2021'].map((r) => r.key);
    expect(lines.slice(start + 2, start + 2 + keys.length).map((l) => l.split('\t')[0])).toEqual(keys);
    expect(lines[start + 1].split('\t')).toEqual(['row', '项目', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(lines[start + 2].split('\t')).toEqual(['1', '一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '0', '7']);
  });
  it('keeps the page text of non-numbers and guards formulas', () => {
    expect(lines.find((l) => l.startsWith('3.1\t'))!.split('\t')[2]).toBe('—');
    expect(lines.find((l) => l.startsWith('2\t'))!.split('\t')[2]).toBe(`'=HYPERLINK("x")`);
  });
  it('exports the active blocks and the appeals row', () => {
    expect(lines).toContain('rules\t规章\t1\t0\t3');
    expect(lines).toContain('admin_fees\t行政事业性收费\t1.5');
    expect(lines.find((l) => l.startsWith('\t\t1\t'))).toBeDefined();
  });
});

describe('guardFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-3', '-3'],
    ['12.5', '12.5'],
    ['文本', '文本'],
  ])('%s → %s', (input, out) => expect(guardFormula(input)).toBe(out));
});

describe('toCSV', () => {
  const csv = toCSV(audit);
  it('starts with a BOM and uses CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
  });
  it('quotes cells with quotes and guards formulas', () => {
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('toHTMLTable', () => {
  it('is a table with the same cells as the TSV, escaped', () => {
    const html = toHTMLTable(audit);
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const rows = [...document.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''));
    const tsv = toTSV(audit).replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    expect(rows.filter((r) => r.length > 1)).toEqual(tsv.filter((r) => r.length > 1));
    expect(html).not.toContain('<script');
  });
});

describe('toMarkdown', () => {
  it('renders a Markdown table per block', () => {
    const md = toMarkdown(audit);
    expect(md).toMatch(/^# 某某镇人民政府2024年/);
    expect(md).toContain('| row | 项目 | 自然人 |');
    expect(md).toContain('| 1 | 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 7 |');
  });
});

describe('toExportJSON', () => {
  it('is versioned, carries the URL and parses with ExportSchema', () => {
    const doc = ExportSchema.parse(JSON.parse(toExportJSON(audit, 'http://www.example.gov.cn/a.html')));
    expect(doc.version).toBe(1);
    expect(doc.url).toBe('http://www.example.gov.cn/a.html');
    expect(doc.findings).toHaveLength(3);
    expect(doc.tables.requests?.['1'].total.value).toBe(7);
  });
  it('refuses an audit that does not fit the schema', () => {
    expect(() => toExportJSON({ ...audit, findings: [{ rule: 'nope' }] } as unknown as Audit, 'x')).toThrow();
  });
});

describe('findingsAsText', () => {
  it('lists findings errors first, in either language', () => {
    const zh = findingsAsText(audit, 'zh').trimEnd().split('\n');
    expect(zh[0]).toBe(audit.title);
    expect(zh[1]).toBe('- [错误] row-sum (requests 1 / total): 总计应为 6，页面为 7');
    expect(zh[3]).toMatch(/^- \[警告\] cell-missing/);
    expect(findingsAsText(audit, 'en')).toContain('- [error] section-missing: section 6 missing');
  });
  it('says so when there is nothing to report', () => {
    expect(findingsAsText({ ...audit, findings: [] }, 'en')).toContain('No findings.');
  });
});
