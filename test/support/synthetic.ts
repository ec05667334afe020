// Synthetic reports for tests: a model of a report → HTML with the official template's spans.
import { ACTIVE_BLOCKS, APPEAL_CELLS, REQUEST_COLUMNS, REQUEST_ROWS, SECTIONS, type TemplateId } from '../../lib/template';

export interface ReportModel {
  agency: string;
  year: number;
  template: TemplateId;
  /** section headings; null leaves the section out */
  headings: (string | null)[];
  active: Record<string, string[]>;
  requests: Record<string, string[]>;
  /** row keys to leave out of the requests table */
  dropRows: string[];
  /** requests row labels written differently from the template */
  labels: Record<string, string>;
  appeals: string[];
  tables: { active: boolean; requests: boolean; appeals: boolean };
  feeStatement: boolean;
}

/** A 2021 report whose numbers all add up: 31+3+0+0+2+0 = 36 received, 4 carried over, … */
export function cleanModel(template: TemplateId = '2021'): ReportModel {
  const rows = REQUEST_ROWS[template].map((r) => r.key);
  const requests: Record<string, number[]> = Object.fromEntries(rows.map((k) => [k, [0, 0, 0, 0, 0, 0]]));
  requests['1'] = [31, 3, 0, 0, 2, 0];
  requests['2'] = [3, 1, 0, 0, 0, 0];
  requests['3.1'] = [20, 2, 0, 0, 1, 0];
  requests['3.2'] = [4, 0, 0, 0, 0, 0];
  requests['3.3.4'] = [2, 0, 0, 0, 0, 0];
  requests['3.4.1'] = [5, 1, 0, 0, 1, 0];
  requests['3.5.2'] = [1, 0, 0, 0, 0, 0];
  const leaves = rows.filter((k) => k.startsWith('3.') && k !== '3.7');
  requests['3.7'] = [0, 1, 2, 3, 4, 5].map((c) => leaves.reduce((s, k) => s + requests[k][c], 0));
  requests['4'] = [0, 1, 2, 3, 4, 5].map((c) => requests['1'][c] + requests['2'][c] - requests['3.7'][c]);
  const withTotals = Object.fromEntries(Object.entries(requests).map(([k, v]) => [k, [...v, v.reduce((a, b) => a + b, 0)].map(String)]));
  const active = Object.fromEntries(ACTIVE_BLOCKS[template].flatMap((b) => b.rows.map((r) => [r.key, b.columns.map((_, i) => String(i + 1))])));
  return {
    agency: '某某县某某镇人民政府',
    year: template === '2021' ? 2024 : 2020,
    template,
    headings: SECTIONS.map((s) => s.heading),
    active,
    requests: withTotals,
    dropRows: [],
    labels: {},
    appeals: ['1', '0', '1', '0', '2', '0', '1', '0', '0', '1', '0', '0', '0', '0', '0'],
    tables: { active: true, requests: true, appeals: true },
    feeStatement: true,
  };
}

const td = (text: string, attrs = ''): string => `<td${attrs}>${text}</td>`;

function activeTable(m: ReportModel): string {
  const rows = ACTIVE_BLOCKS[m.template].flatMap((block) => [
    `<tr>${td(`第二十条第（${block.item}）项`, ` colspan="${block.columns.length + 1}"`)}</tr>`,
    `<tr>${td('信息内容')}${block.columns.map((c) => td(c.label)).join('')}</tr>`,
    ...block.rows.map((r) => `<tr>${td(r.label)}${(m.active[r.key] ?? []).map((v) => td(v)).join('')}</tr>`),
  ]);
  return `<table border="1">${rows.join('\n')}</table>`;
}

function requestsTable(m: ReportModel): string {
  const head = [
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${REQUEST_COLUMNS.slice(1, 6).map((c) => td(c.label)).join('')}</tr>`,
  ];
  const rows = REQUEST_ROWS[m.template].filter((r) => !m.dropRows.includes(r.key));
  const body = rows.map((row, i) => {
    const values = (m.requests[row.key] ?? []).map((v) => td(v)).join('');
    const label = m.labels[row.key] ?? row.label;
    const firstOfGroup = row.group && rows[i - 1]?.group !== row.group;
    const groupSpan = rows.filter((r) => r.group === row.group).length;
    if (!row.group) return `<tr>${td(label, ' colspan="3"')}${values}</tr>`;
    const nested = row.group !== '三、本年度办理结果';
    const outerFirst = row.key === rows.find((r) => r.group)?.key;
    const outerSpan = rows.filter((r) => r.group).length;
    const outer = outerFirst ? td('三、本年度办理结果', ` rowspan="${outerSpan}"`) : '';
    if (!nested) return `<tr>${outer}${td(label, ' colspan="2"')}${values}</tr>`;
    const inner = firstOfGroup ? td(row.group!, ` rowspan="${groupSpan}"`) : '';
    return `<tr>${outer}${inner}${td(label)}${values}</tr>`;
  });
  return `<table border="1">${[...head, ...body].join('\n')}</table>`;
}

function appealsTable(m: ReportModel): string {
  const cols = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return `<table border="1">
<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>
<tr>${cols.map((c) => td(c, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>
<tr>${[...cols, ...cols].map((c) => td(c)).join('')}</tr>
<tr>${m.appeals.slice(0, APPEAL_CELLS.length).map((v) => td(v)).join('')}</tr>
</table>`;
}

export function renderReport(m: ReportModel): string {
  const title = `${m.agency}${m.year}年政府信息公开工作年度报告`;
  const section = (n: number, body: string): string => (m.headings[n - 1] === null ? '' : `<h2>${m.headings[n - 1]}</h2>\n${body}`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1>
${section(1, '<p>本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》。</p>')}
${section(2, m.tables.active ? activeTable(m) : '')}
${section(3, m.tables.requests ? requestsTable(m) : '')}
${section(4, m.tables.appeals ? appealsTable(m) : '')}
${section(5, '<p>一是公开内容还不够全面；二是更新还不够及时。</p>')}
${section(6, m.feeStatement ? '<p>本年度未收取信息处理费。</p>' : '<p>无其他需要报告的事项。</p>')}
<p>${m.agency}</p><p>${m.year + 1}年1月20日</p>
</body></html>`;
}
