// lib/column: the report links and pagination of list pages as real gov CMSs write them.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readListPage } from '../../lib/column';
import { agencyYearMatrix, columnCsv, columnRows } from '../../lib/column/table';

const LIST = 'http://www.example.gov.cn/xxgk/ndbg/index.shtml';
const read = (body: string, url = LIST) => readListPage(parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document, url);

describe('report links', () => {
  it('reads a ul/li list with dates, absolute and same site only', () => {
    const page = read(`
      <ul class="nav"><li><a href="/xxgk/ndbg/">政府信息公开年报</a></li><li><a href="/xxgk/">政府信息公开</a></li></ul>
      <ul class="list">
        <li><a href="./202401/t20240116_1.html">某某县财政局2023年政府信息公开工作年度报告</a><span>2024-01-16</span></li>
        <li><a href="202401/t20240120_2.html" target="_blank">某某镇政府信息公开工作年度报告</a><span class="date">[2024.01.20]</span></li>
        <li><a href="202401/t20240116_1.html#top">某某县财政局2023年政府信息公开工作年度报告</a><span>2024-01-16</span></li>
        <li><a href="http://www.other.gov.cn/a.html">外站2023年政府信息公开工作年度报告</a><span>2024-01-16</span></li>
        <li><a href="/tzgg/1.html">关于报送2024年政府信息公开工作年度报告的通知</a><span>2024-12-01</span></li>
        <li><a href="/xw/2.html">我县召开年报送审工作会</a><span>2024-12-02</span></li>
        <li><a href="javascript:void(0)">2023年年报</a></li>
      </ul>`);
    expect(page.reports).toEqual([
      { url: 'http://www.example.gov.cn/xxgk/ndbg/202401/t20240116_1.html', text: '某某县财政局2023年政府信息公开工作年度报告', date: '2024-01-16' },
      { url: 'http://www.example.gov.cn/xxgk/ndbg/202401/t20240120_2.html', text: '某某镇政府信息公开工作年度报告', date: '2024-01-20' },
    ]);
  });
  it('takes the full title from the title attribute when the text is cut', () => {
    const page = read(`<table><tr><td><a href="/a.html" title="某某街道办事处2023年度政府信息公开工作年度报告">某某街道办事处2023年度政府信…</a></td><td>2024年01月18日</td></tr>
      <tr><td><a href="/b.html" title="某某乡人民政府2022年政府信息公开工作年度报告">某某乡人民政府2022年政府</a></td><td>2023/1/30</td></tr></table>`);
    expect(page.reports.map((r) => [r.text, r.date])).toEqual([
      ['某某街道办事处2023年度政府信息公开工作年度报告', '2024-01-18'],
      ['某某乡人民政府2022年政府信息公开工作年度报告', '2023-01-30'],
    ]);
  });
  it('lists attachments apart, and follows <base href>', () => {
    const page = read(`<base href="http://example.gov.cn/files/"><p><a href="nb2023.pdf">某某镇2023年政府信息公开工作年度报告.pdf</a></p><p><a href="x.docx">附件</a></p><p><a href="r.html">2023年年报</a></p>`);
    expect(page.attachments.map((a) => a.url)).toEqual(['http://example.gov.cn/files/nb2023.pdf', 'http://example.gov.cn/files/x.docx']);
    expect(page.reports.map((a) => a.url)).toEqual(['http://example.gov.cn/files/r.html']);
  });
  it('a page listing no reports gives empty lists, not an error', () => {
    const page = read('<p>欢迎访问</p><a href="/news.html">新闻</a>');
    expect(page).toEqual({ reports: [], attachments: [], pagination: { pages: [] } });
  });
});

describe('pagination', () => {
  it('finds 下一页, numbered pages and 尾页, leaving out the page itself', () => {
    const { pagination } = read(`<div class="page">共3页 <a href="index.shtml">首页</a> <a href="index.shtml">1</a> <a href="index_1.shtml">2</a>
      <a href="index_2.shtml">3</a> <a href="index_1.shtml">下一页</a> <a href="index_2.shtml">尾页</a></div>`);
    expect(pagination).toEqual({
      next: 'http://www.example.gov.cn/xxgk/ndbg/index_1.shtml',
      pages: ['http://www.example.gov.cn/xxgk/ndbg/index_1.shtml', 'http://www.example.gov.cn/xxgk/ndbg/index_2.shtml'],
      pageCount: 3,
    });
  });
  it("lays out TRS's createPageHTML(count, current, prefix, suffix)", () => {
    const { pagination } = read(`<div id="page"></div><script>createPageHTML(4, 0, "index", "shtml");</script>`);
    expect(pagination.pageCount).toBe(4);
    expect(pagination.pages).toEqual(['index_1', 'index_2', 'index_3'].map((p) => `http://www.example.gov.cn/xxgk/ndbg/${p}.shtml`));
  });
  it("and its newer form createPageHTML('page_div', count, current, prefix, suffix, records), from a later page", () => {
    const { pagination } = read(`<script type="text/javascript">createPageHTML('page_div',3, 1,'index','html',52);</script>`, 'http://www.example.gov.cn/col/index_1.html');
    expect(pagination.pages).toEqual(['http://www.example.gov.cn/col/index.html', 'http://www.example.gov.cn/col/index_2.html']);
  });
  it('and the variables form (var countPage = N)', () => {
    const { pagination } = read(`<script>var countPage = 3//共多少页
      var currentPage = 0;//当前页
      var prefixName = "index";
      var suffixName = "htm";
      createPageHTML(countPage, currentPage, prefixName, suffixName);</script>`, 'http://www.example.gov.cn/xxgk/ndbg/index.htm');
    expect(pagination.pages).toEqual(['http://www.example.gov.cn/xxgk/ndbg/index_1.htm', 'http://www.example.gov.cn/xxgk/ndbg/index_2.htm']);
  });
  it('a pager showing a few numbers of 共N页 gives the pages beyond them, ?page=N style', () => {
    const { pagination } = read(`<div>共 6 页 <a href="list.jsp?cat=12&amp;page=2">2</a> <a href="list.jsp?cat=12&amp;page=3">3</a> <a href="list.jsp?cat=12&amp;page=2">下一页</a></div>`, 'http://www.example.gov.cn/list.jsp?cat=12');
    expect(pagination.pages).toEqual([2, 3, 4, 5, 6].map((p) => `http://www.example.gov.cn/list.jsp?cat=12&page=${p}`));
  });
  it("a calendar's or a footnote's numbers are no pages", () => {
    const { pagination } = read(`<table class="calendar"><tr><td><a href="/day/1.html">1</a></td><td><a href="/day/2.html">2</a></td></tr></table><p>见注<a href="#n1">1</a><a href="/note/2.html">2</a></p>`);
    expect(pagination.pages).toEqual([]);
  });
  it('caps what a script claims', () => {
    const { pagination } = read(`<script>createPageHTML(99999, 0, "index", "html");</script>`);
    expect(pagination.pages.length).toBeLessThanOrEqual(100);
  });
});

describe('column table', () => {
  const audit = (agency: string, year: number, findings: { rule: string; severity: string }[] = []) =>
    ({ detected: true, agency, year, template: '2021', published: null, title: null, sections: [], tables: {}, findings: findings.map((f) => ({ ...f, message: f.rule, message_en: f.rule })) }) as never;
  const links = [
    { url: 'http://a.gov.cn/1.html', text: '甲镇2024年年报, "终稿"' },
    { url: 'http://a.gov.cn/2.html', text: '乙镇2024年年报' },
    { url: 'http://a.gov.cn/3.html', text: '丙镇2024年年报' },
    { url: 'http://a.gov.cn/4.html', text: '甲镇2023年年报' },
  ];
  const outcomes = [
    { url: links[0].url, ...(audit('甲镇', 2024, [{ rule: 'row-sum', severity: 'error' }, { rule: 'published-late', severity: 'warning' }]) as object) },
    { url: links[1].url, error: 'HTTP 404' },
    { url: links[2].url, ...({ ...(audit('', 2024) as object), detected: false } as object) },
    { url: links[3].url, attachment: 'http://a.gov.cn/files/甲镇2023.pdf', ...(audit('甲镇', 2023) as object) },
  ] as never[];

  it('one row per outcome: audited with counts and lateness, failed with why, needs a visit when no report was found', () => {
    const rows = columnRows(links, outcomes);
    expect(rows.map((r) => [r.status, r.errors, r.warnings, r.late, r.error])).toEqual([
      ['audited', 1, 1, true, undefined],
      ['failed', 0, 0, false, 'HTTP 404'],
      ['needs-visit', 0, 0, false, undefined],
      ['audited', 0, 0, false, undefined],
    ]);
    expect(rows.map((r) => r.attachment)).toEqual([null, null, null, 'http://a.gov.cn/files/甲镇2023.pdf']);
    // the matrix leads to where the report was read: the 2023 one from its attachment
    expect(agencyYearMatrix(rows)).toEqual({ years: [2023, 2024], agencies: [{ agency: '甲镇', reports: { 2023: 'http://a.gov.cn/files/甲镇2023.pdf', 2024: links[0].url } }] });
  });
  it('CSV: a BOM, CRLF, quoted fields where they hold commas or quotes', () => {
    const csv = columnCsv(columnRows(links, outcomes), 'zh');
    expect(csv.startsWith('\uFEFFurl,title,status,error,agency,year')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('http://a.gov.cn/1.html,"甲镇2024年年报, ""终稿""",audited,,甲镇,2024,2021,,true,1,1,,row-sum published-late,');
    expect(lines[2]).toBe('http://a.gov.cn/2.html,乙镇2024年年报,failed,HTTP 404,,,,,false,0,0,,,');
    expect(lines[4]).toBe('http://a.gov.cn/4.html,甲镇2023年年报,audited,,甲镇,2023,2021,,false,0,0,,,http://a.gov.cn/files/甲镇2023.pdf');
  });
});
