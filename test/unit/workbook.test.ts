// The audit workbook read back with an independent reader: real numbers in the template's grid,
// red failing cells, amber blank cells, the summary and findings rows, decisions, Chinese intact.
import { describe, expect, it } from 'vitest';
import { AuditSchema, type Audit } from '../../lib/report';
import { findingKey, type Decision } from '../../lib/review';
import { sheetNamer } from '../../lib/sheet-names';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS } from '../../lib/template';
import { workbookBytes, type WorkbookReport } from '../../lib/workbook';
import { auditHtml } from '../support/audit-html';
import { readWorkbook, tableCell, values, type ReadSheet } from '../support/read-workbook';
import { cleanModel, renderReport } from '../support/synthetic';

const RED = 'FFC7CE';
const AMBER = 'FFEB9C';
const GREY = 'E7E6E6';

/** A 2021 report with two row-sum errors, a balance error, a missing row, an invalid and two blank cells. */
function brokenAudit(): Audit {
  const m = cleanModel();
  m.requests['1'][6] = '37';
  m.requests['2'][6] = '5';
  m.requests['3.5.3'][2] = '—';
  m.requests['3.1'][0] = '若干';
  m.appeals[1] = '无';
  m.dropRows = ['3.3.3'];
  return auditHtml(renderReport(m)).audit;
}

const find = (audit: Audit, rule: string, row?: string) => audit.findings.find((f) => f.rule === rule && (row === undefined || f.row === row))!;
const sheet = (book: Map<string, ReadSheet>, name: string): ReadSheet => {
  const s = book.get(name);
  if (!s) throw new Error(`no sheet ${name} in ${[...book.keys()].join(', ')}`);
  return s;
};

describe('one report with review decisions', async () => {
  const audit = brokenAudit();
  const confirmed: Decision = { status: 'confirmed', at: '2026-11-29T10:00:00.000Z' };
  const dismissed: Decision = { status: 'dismissed', note: '页面另有更正说明', at: '2026-11-29T10:05:00.000Z' };
  const decisions = { [findingKey(find(audit, 'row-sum', '1'))]: confirmed, [findingKey(find(audit, 'row-sum', '2'))]: dismissed };
  const url = 'https://www.example.gov.cn/zwgk/ndbg/2024.html';
  const book = await readWorkbook(await workbookBytes([{ ...audit, url, decisions }]));

  it('has the summary, the findings and one sheet per table, in that order', () => {
    expect([...book.keys()]).toEqual(['汇总', '问题清单', '主动公开', '依申请公开', '复议诉讼']);
  });

  it('summary: Chinese header, English header, one row of real numbers per report', () => {
    const s = sheet(book, '汇总');
    expect(values(s[0]).slice(0, 8)).toEqual(['编号', '机关', '年度', '模板', '发布日期', '标题', '识别', '错误']);
    expect(values(s[1])).toContain('URL or file');
    expect(values(s[2])).toEqual([1, '某某县某某镇人民政府', 2024, '2021', '2025-01-20', '某某县某某镇人民政府2024年政府信息公开工作年度报告', '是', 5, 2, 0, 1, 1, url]);
    expect(s[2][7].fill).toBe(RED);
    expect(s).toHaveLength(3);
  });

  it('findings: one row per finding with the arithmetic as numbers and the decisions', () => {
    const s = sheet(book, '问题清单');
    const header = values(s[0]);
    expect(header).toEqual(['编号', '报告', '规则', '严重程度', '表', '行', '行名称', '列', '列名称', '预期', '实际', '说明', '复核', '备注', '复核时间', '说明（英文）']);
    expect(s).toHaveLength(2 + audit.findings.length);
    const byRule = (rule: string, row: string) => s.find((r) => r[2]?.value === rule && r[5]?.value === row)!;
    const row1 = byRule('row-sum', '1');
    expect(values(row1).slice(0, 13)).toEqual([
      1, '某某县某某镇人民政府 2024年度', 'row-sum', '错误', '收到和处理政府信息公开申请情况表', '1', '一、本年新收政府信息公开申请数量', 'total', '总计',
      36, 37, find(audit, 'row-sum', '1').message, '已核实',
    ]);
    expect(row1[3].fill).toBe(RED);
    const row2 = byRule('row-sum', '2');
    expect(values(row2).slice(12, 15)).toEqual(['忽略', '页面另有更正说明', '2026-11-29T10:05:00.000Z']);
    expect(row2[3].fill).toBe(GREY);
    expect(row2[15].value).toBe(find(audit, 'row-sum', '2').message_en);
    const blank = s.find((r) => r[2]?.value === 'cell-missing' && r[7]?.value === 'review.corrected')!;
    expect(values(blank).slice(4, 11)).toEqual(['行政复议、行政诉讼情况表', null, '行政复议', 'review.corrected', '结果纠正', null, '无']);
    expect(blank[3].fill).toBe(AMBER);
  });

  it('requests: the template rows and columns in order, real numbers, marked cells', () => {
    const s = sheet(book, '依申请公开');
    expect(s[0][0].value).toBe('某某县某某镇人民政府 2024年度 · 收到和处理政府信息公开申请情况表');
    expect(values(s[1])).toEqual(['编号', '分组', '项目', ...REQUEST_COLUMNS.map((c) => c.label)]);
    expect(values(s[2])).toEqual(['row', 'group', 'item', ...REQUEST_COLUMNS.map((c) => c.key)]);
    expect(s.slice(3).map((r) => r[0].value)).toEqual(REQUEST_ROWS['2021'].map((r) => r.key));
    expect(s.slice(3).map((r) => r[2].value)).toEqual(REQUEST_ROWS['2021'].map((r) => r.label));
    expect(s[3].slice(3).map((c) => c.value)).toEqual([31, 3, 0, 0, 2, 0, 37]);
    expect(tableCell(s, '1', 'total')).toEqual({ value: 37, fill: RED });
    expect(tableCell(s, '1', 'natural')).toEqual({ value: 31 });
    expect(tableCell(s, '2', 'total')).toEqual({ value: 5, fill: GREY }); // the auditor dismissed it
    expect(tableCell(s, '4', 'total')).toMatchObject({ fill: RED }); // balance
    expect(tableCell(s, '3.1', 'natural')).toEqual({ value: '若干', fill: RED });
    expect(tableCell(s, '3.5.3', 'research')).toEqual({ value: '—', fill: AMBER });
    const missing = s.find((r) => r[0].value === '3.3.3')!;
    expect(missing[0].fill).toBe(RED);
    expect(missing.slice(3).every((c) => c.value === null && c.fill === undefined)).toBe(true);
  });

  it('active: one block per item of article 20, each with its own columns', () => {
    const s = sheet(book, '主动公开');
    const blocks = ACTIVE_BLOCKS['2021'];
    expect(s.filter((r) => r[0]?.value === 'row')).toHaveLength(blocks.length);
    expect(s.filter((r) => typeof r[0]?.value === 'string' && /^第二十条/.test(r[0].value as string)).map((r) => r[0].value)).toEqual(
      blocks.map((b) => `第二十条第（${b.item}）项`),
    );
    expect(tableCell(s, 'rules', 'issued')).toEqual({ value: 1 });
    expect(tableCell(s, 'normative_docs', 'in_force')).toEqual({ value: 3 });
    expect(tableCell(s, 'admin_fees', 'fees_10k_yuan')).toEqual({ value: 1 });
    const header = s.findIndex((r) => r[0]?.value === 'row' && r[2]?.value === 'fees_10k_yuan');
    expect(s[header - 1][2].value).toBe('本年收费金额（单位：万元）');
  });

  it('appeals: the three groups as rows, the five results as columns', () => {
    const s = sheet(book, '复议诉讼');
    expect(values(s[1])).toEqual(['编号', '项目', ...APPEAL_COLUMNS.map((c) => c.label)]);
    expect(s.slice(3).map((r) => [r[0].value, r[1].value])).toEqual(APPEAL_GROUPS.map((g) => [g.key, g.label]));
    expect(tableCell(s, 'review', 'upheld')).toEqual({ value: 1 });
    expect(tableCell(s, 'review', 'corrected')).toEqual({ value: '无', fill: AMBER });
    expect(tableCell(s, 'litigation_direct', 'total')).toEqual({ value: 1 });
  });
});

describe('several reports', async () => {
  const long = '某某省某某市某某区某某街道办事处某某社区居民委员会';
  const reports: WorkbookReport[] = [
    { ...brokenAudit(), file: 'a/broken.html' },
    { ...auditHtml(renderReport({ ...cleanModel('2019'), agency: long })).audit, file: 'b/2019.html' },
    { ...auditHtml(renderReport({ ...cleanModel('2019'), agency: long })).audit, file: 'c/2019.html' },
    { ...auditHtml('<html><body><p>今天天气很好。</p></body></html>').audit, file: 'news.html' },
  ];
  const book = await readWorkbook(await workbookBytes(reports));
  const names = [...book.keys()];

  it('names every sheet uniquely within 31 characters, numbered as in the summary', () => {
    expect(names.slice(0, 5)).toEqual(['汇总', '问题清单', '1 主动公开 某某县某某镇人民政府 2024年度', '1 依申请公开 某某县某某镇人民政府 2024年度', '1 复议诉讼 某某县某某镇人民政府 2024年度']);
    expect(names).toHaveLength(2 + 3 * 3);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(names.filter((n) => n.startsWith('2 ')).every((n) => n.startsWith('2 主动公开 某某省') || n.startsWith('2 依申请公开 某某省') || n.startsWith('2 复议诉讼 某某省'))).toBe(true);
  });

  it('summary: a row per report, the page that is no report said so', () => {
    const s = sheet(book, '汇总');
    expect(s.slice(2).map((r) => [r[0].value, r[1].value, r[2].value, r[3].value, r[12].value])).toEqual([
      [1, '某某县某某镇人民政府', 2024, '2021', 'a/broken.html'],
      [2, long, 2020, '2019', 'b/2019.html'],
      [3, long, 2020, '2019', 'c/2019.html'],
      [4, null, null, null, 'news.html'],
    ]);
    expect(s[5][6]).toEqual({ value: '否（不是年度报告）', fill: AMBER });
  });

  it('2019 template: its own rows (3.6 undivided) and its active columns', () => {
    const s = sheet(book, names.find((n) => n.startsWith('2 依申请公开'))!);
    expect(s.slice(3).map((r) => r[0].value)).toEqual(REQUEST_ROWS['2019'].map((r) => r.key));
    const active = sheet(book, names.find((n) => n.startsWith('2 主动公开'))!);
    expect(tableCell(active, 'procurement', 'amount')).toEqual({ value: 2 });
  });
});

describe('hostile or odd reports still make a valid workbook', () => {
  it('control characters, formula-like text, a huge cell and no template', async () => {
    const audit = AuditSchema.parse({
      detected: true,
      template: null,
      year: null,
      agency: '坏\u0001机关',
      published: null,
      title: null,
      sections: [],
      tables: { requests: { '1': { natural: { value: null, raw: '=HYPERLINK("http://x")', status: 'invalid' }, total: { value: null, raw: 'x'.repeat(40_000), status: 'invalid' } } } },
      findings: [{ rule: 'cell-invalid', severity: 'error', table: 'requests', row: '1', column: 'natural', actual: '=1+1', message: '无效\u0007', message_en: 'invalid' }],
    });
    const book = await readWorkbook(await workbookBytes([{ ...audit, url: 'https://x.gov.cn/[a]:b?' }]));
    expect([...book.keys()]).toEqual(['汇总', '问题清单', '依申请公开']);
    const s = sheet(book, '依申请公开');
    expect(tableCell(s, '1', 'natural')).toEqual({ value: '=HYPERLINK("http://x")', fill: RED }); // text, never a formula
    expect((tableCell(s, '1', 'total')!.value as string).length).toBe(32_767);
    expect(sheet(book, '汇总')[2][1].value).toBe('坏机关');
    expect(sheet(book, '问题清单')[2][10].value).toBe('=1+1');
  });

  it('no reports: the two lists with their headers only', async () => {
    const book = await readWorkbook(await workbookBytes([]));
    expect([...book.keys()]).toEqual(['汇总', '问题清单']);
    expect(sheet(book, '汇总')).toHaveLength(2);
  });
});

describe('sheetNamer', () => {
  it('keeps names legal, short and unique', () => {
    const name = sheetNamer();
    expect(name('汇总')).toBe('汇总');
    expect(name('汇总')).toBe('汇总 (2)');
    expect(name('a/b:c*d?[e]\\f')).toBe('a_b_c_d__e__f');
    expect(name("'quoted'")).toBe('quoted');
    expect(name('')).toBe('Sheet');
    expect(name('History')).toBe('History (2)');
    expect(name('ABC')).toBe('ABC');
    expect(name('abc')).toBe('abc (2)');
    const long = '一'.repeat(40);
    expect(name(long)).toBe('一'.repeat(31));
    expect(name(long)).toBe(`${'一'.repeat(27)} (2)`);
    expect(name('𠀀'.repeat(20))).toBe('𠀀'.repeat(15)); // 30 UTF-16 units: a pair is never cut
  });
});
