import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isReportPage } from '../../lib/detect';
import { cleanModel, renderReport } from '../support/synthetic';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (title: string, body: string) => doc(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('isReportPage', () => {
  it('says yes for a report, with or without a telling title', () => {
    expect(isReportPage(doc(renderReport(cleanModel())))).toBe(true);
    expect(isReportPage(doc(renderReport(cleanModel()).replace(/<title>.*<\/title>/, '<title></title>').replace(/<h1>.*<\/h1>/, '')))).toBe(true);
  });
  it('says yes for a report whose tables are images: the title and the six headings tell', () => {
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    expect(isReportPage(page('某镇2024年政府信息公开工作年度报告', headings.map((h) => `<h2>${h}</h2><img src="t.png">`).join('')))).toBe(true);
  });
  it('says no for a list of reports, a news article about one, a budget table, an empty page', () => {
    const list = Array.from({ length: 6 }, (_, i) => `<li><a href="#">${2019 + i}年某镇政府信息公开工作年度报告</a></li>`).join('');
    expect(isReportPage(page('政府信息公开年报_某镇人民政府', `<ul>${list}</ul>`))).toBe(false);
    expect(isReportPage(page('我区召开政务公开工作会议', '<p>会议要求各单位按时发布政府信息公开工作年度报告，做好行政复议应诉工作。</p>'))).toBe(false);
    const budget = `<table>${Array.from({ length: 40 }, (_, i) => `<tr><td>一般公共预算支出${i}</td><td>${i * 13}</td></tr>`).join('')}</table>`;
    expect(isReportPage(page('2024年部门预算', budget))).toBe(false);
    expect(isReportPage(page('', ''))).toBe(false);
  });
  it('finds the report\'s tables inside layout tables, and after long tables it does not enter', () => {
    const report = renderReport(cleanModel());
    const body = /<body>([\s\S]*)<\/body>/.exec(report)![1];
    const layout = (inner: string) => `<table><tr><td>网站首页 | 政务公开</td></tr><tr><td>${inner}</td></tr><tr><td>版权所有</td></tr></table>`;
    expect(isReportPage(page('', layout(layout(body))))).toBe(true);
    const budget = `<table>${Array.from({ length: 300 }, (_, i) => `<tr><td>2010${i}</td><td>一般公共服务支出</td><td>${i * 7}</td></tr>`).join('')}</table>`;
    expect(isReportPage(page('', budget.repeat(30) + body))).toBe(true);
  });
  it('reads past an empty first row; a table whose first row with text is not the report\'s is read no further', () => {
    const spaced = renderReport(cleanModel()).replace(/<table([^>]*)>/g, '<table$1><tr><td>&nbsp;</td></tr>');
    expect(isReportPage(doc(spaced))).toBe(true);
    const titled = renderReport(cleanModel()).replace(/<table([^>]*)>/g, '<table$1><tr><td>附表</td></tr>');
    expect(isReportPage(doc(titled.replace(/<title>.*<\/title>/, '<title></title>').replace(/<h1>.*<\/h1>/, '').replace(/[一二三四五六]、/g, '')))).toBe(false);
  });
  it('never throws', () => {
    expect(isReportPage({} as Document)).toBe(false);
  });
});

describe('isReportPage on the fixture pages', () => {
  const dir = 'test/fixtures/pages';
  const pages = (() => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.html'));
    } catch {
      return [];
    }
  })();
  it.each(pages.filter((p) => /^(list|news|budget|plain)/.test(p)))('%s is not a report', (file) => {
    expect(isReportPage(doc(readFileSync(`${dir}/${file}`, 'utf8')))).toBe(false);
  });
  const samples = readdirSync('samples/html').filter((f) => f.endsWith('.html'));
  it.each(samples)('samples/html/%s is a report', (file) => {
    expect(isReportPage(doc(readFileSync(`samples/html/${file}`, 'utf8')))).toBe(true);
  });
});
