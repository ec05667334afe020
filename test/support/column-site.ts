// A local agency site with a 年报 column, served on 127.0.0.1 for the crawl's tests and bench:
// paginated list pages (script and link pagination), reports in UTF-8 and GBK, a dead link, a
// notice, a report in an iframe, a redirect, a flaky page, two years of one agency.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { encodeGbk } from './gbk';
import { cleanModel, renderReport } from './synthetic';

export interface Route {
  status?: number;
  type?: string;
  body?: string | Buffer;
  location?: string;
  /** answered only once this settles (a slow page) */
  hold?: Promise<void>;
}
/** a route's answer may depend on how many times it was asked before (0 for the first) */
export type Routes = Record<string, Route | ((hits: number) => Route)>;

export interface Site {
  base: string;
  /** requests per path (with its query) */
  hits: Map<string, number>;
  /** the most requests it was answering at one time */
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startSite(routes: Routes): Promise<Site> {
  const hits = new Map<string, number>();
  let inFlight = 0;
  const server = createServer(async (req, res) => {
    site.maxInFlight = Math.max(site.maxInFlight, ++inFlight);
    res.on('close', () => inFlight--);
    const path = req.url ?? '/';
    const seen = hits.get(path) ?? 0;
    hits.set(path, seen + 1);
    const entry = routes[path];
    const route = typeof entry === 'function' ? entry(seen) : (entry ?? { status: 404, body: 'Not Found' });
    await route.hold;
    res.writeHead(route.status ?? 200, {
      'content-type': route.type ?? 'text/html; charset=utf-8',
      ...(route.location && { location: route.location }),
    });
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const site: Site = {
    base: `http://127.0.0.1:${port}`,
    hits,
    maxInFlight: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return site;
}

const SAMPLES = join(import.meta.dirname, '../../samples/html');
export const sample = (name: string): string => readFileSync(join(SAMPLES, name), 'utf8');

const page = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const item = (href: string, text: string, date: string) => `<li><a href="${href}" title="${text}" target="_blank">${text.length > 24 ? `${text.slice(0, 22)}…` : text}</a><span class="date">${date}</span></li>`;

/** A synthetic town's report of a year: each adds up, but 2024's 上年结转 is not 2023's 结转下年度 (a carry-over mismatch). */
const townReport = (year: number) => renderReport({ ...cleanModel(), year });

/** A report with a total that does not add up: an error finding. */
export function brokenReport(): string {
  const model = cleanModel();
  model.agency = '某某县另一镇人民政府';
  model.requests['1'][6] = '37';
  return renderReport(model);
}

/**
 * The column at /col/index.shtml: page 1 lays out its pages by script (createPageHTML), page 2 links
 * page 3 by 下一页. Each report's expected reading is in COLUMN_REPORTS.
 */
export function columnRoutes(): Routes {
  const list1 = page(
    '政府信息公开年报',
    `<ul class="nav"><li><a href="/col/index.shtml">政府信息公开年报</a></li><li><a href="/xxgk/">政府信息公开</a></li></ul>
    <ul class="list">
      ${item('/col/2025/town.html', '某某县某某镇人民政府2024年政府信息公开工作年度报告', '2025-01-20')}
      ${item('/col/2024/town.html', '某某县某某镇人民政府2023年政府信息公开工作年度报告', '2024-01-22')}
      ${item('/col/dead.html', '某某局2024年政府信息公开工作年度报告', '2025-01-10')}
      ${item('/tzgg/notice.html', '关于报送2024年政府信息公开工作年度报告的通知', '2024-12-01')}
      ${item('/col/notice.html', '某某中心2024年度报告', '2025-01-05')}
    </ul>
    <div id="page_div"></div><script>createPageHTML(2, 0, "index", "shtml");</script>`,
  );
  const list2 = page(
    '政府信息公开年报',
    `<table class="list"><tr><td><a href="/col/frame.html" title="孟津区西霞院街道办事处2024年政府信息公开工作年度报告">孟津区西霞院街道办事处2024年政府信息公开…</a></td><td>2025-01-18</td></tr>
      <tr><td><a href="/col/old.html">孟津区常袋镇人民政府2024年政府信息公开工作年度报告</a></td><td>2025-01-15</td></tr></table>
    <div class="page"><a href="/col/index.shtml">上一页</a> <a href="/col/page3.html">下一页</a></div>`,
  );
  const list3 = page(
    '政府信息公开年报',
    `<ul>${item('/col/gbk.html', '下各镇2023年政府信息公开工作年度报告', '2024-01-16')}
      ${item('/col/flaky.html', '盐边县惠民镇人民政府2024年政府信息公开工作年度报告', '2025-01-12')}
      ${item('/col/broken.html', '某某县另一镇人民政府2024年政府信息公开工作年度报告', '2025-01-11')}</ul>`,
  );
  return {
    '/col/index.shtml': { body: list1 },
    '/col/index_1.shtml': { body: list2 },
    '/col/page3.html': { body: list3 },
    '/col/2025/town.html': { body: townReport(2024) },
    '/col/2024/town.html': { body: townReport(2023) },
    '/col/notice.html': { body: page('通知', '<p>今天天气很好。</p>') },
    '/tzgg/notice.html': { body: page('通知', '<p>请各单位按时报送年度报告。</p>') },
    '/col/frame.html': { body: page('报告', '<div class="head">站点导航</div><iframe src="/col/body/003.html" width="100%"></iframe>') },
    '/col/body/003.html': { body: sample('003-semantic.html') },
    '/col/old.html': { status: 301, location: '/col/moved/000.html' },
    '/col/moved/000.html': { body: sample('000-cms.html') },
    // GBK with the charset in the HTTP header only
    '/col/gbk.html': { body: encodeGbk(sample('004-cms.html').replace(/<meta[^>]*charset[^>]*>/i, '')), type: 'text/html; charset=GBK' },
    '/col/flaky.html': (hits) => (hits === 0 ? { status: 503, body: 'busy' } : { body: sample('001-cms.html') }),
    '/col/broken.html': { body: brokenReport() },
  };
}

/** What the crawl of columnRoutes() reads, in the list's order. */
export const COLUMN_REPORTS = [
  { path: '/col/2025/town.html', agency: '某某县某某镇人民政府', year: 2024 },
  { path: '/col/2024/town.html', agency: '某某县某某镇人民政府', year: 2023 },
  { path: '/col/dead.html', error: 'HTTP 404' },
  { path: '/col/notice.html', detected: false },
  { path: '/col/frame.html', agency: '孟津区西霞院街道办事处', year: 2024, frame: '/col/body/003.html' },
  { path: '/col/old.html', agency: '孟津区常袋镇人民政府', year: 2024 },
  { path: '/col/gbk.html', agency: '下各镇', year: 2023 },
  { path: '/col/flaky.html', agency: '盐边县惠民镇人民政府', year: 2024 },
  { path: '/col/broken.html', agency: '某某县另一镇人民政府', year: 2024, error: undefined },
] as const;

/** A column of `reports` reports over list pages of `perPage`, linked by numbered pages and 下一页 (the bench's site). */
export function bigColumnRoutes(reports: number, perPage: number): Routes {
  const routes: Routes = {};
  const pages = Math.ceil(reports / perPage);
  const bodies = ['000-cms.html', '001-cms.html', '002-cms.html', '003-cms.html', '004-cms.html', '002-semantic.html', '002-word.html'].map(sample);
  for (let p = 0; p < pages; p++) {
    const items = Array.from({ length: Math.min(perPage, reports - p * perPage) }, (_, i) => p * perPage + i).map((n) => {
      routes[`/big/r${n}.html`] = { body: bodies[n % bodies.length] };
      return item(`/big/r${n}.html`, `第${n}单位2024年政府信息公开工作年度报告`, '2025-01-20');
    });
    const pager = Array.from({ length: pages }, (_, k) => `<a href="/big/list_${k}.html">${k + 1}</a>`).join(' ') + (p + 1 < pages ? ` <a href="/big/list_${p + 1}.html">下一页</a>` : '');
    routes[`/big/list_${p}.html`] = { body: page('年报', `<ul>${items.join('')}</ul><div class="page">共${pages}页 ${pager}</div>`) };
  }
  return routes;
}

const ROOT = join(import.meta.dirname, '../..');
const file = (path: string): Buffer => readFileSync(join(ROOT, path));
const PDF = 'application/pdf';

/** A Word-saved web page in GBK with a .doc name, as agencies post them (its <meta> says gb2312). */
export const gbkDoc = (): Buffer => encodeGbk(sample('002-word.html').replace(/charset=utf-8/i, 'charset=gb2312'));

/**
 * The column at /att/index.html: reports published as attachments — a page that only links its
 * PDF, a download address that sends a PDF, a page linking only a form, then (the crawl lists a
 * page's attachments after its pages) a PDF and a DOCX listed, a scan, a locked PDF, an old binary
 * .doc, a GBK web page saved as .doc. Each reading is in ATTACHMENT_REPORTS.
 */
export function attachmentColumnRoutes(): Routes {
  const list = page(
    '政府信息公开年报',
    `<ul>
      ${item('/att/xiage-2023.html', '下各镇2023年政府信息公开工作年度报告', '2024-01-16')}
      ${item('/att/download.jsp?id=7', '盐边县惠民镇人民政府2024年政府信息公开工作年度报告', '2025-01-12')}
      ${item('/att/form.html', '某某中心2024年度报告', '2025-01-05')}
      ${item('/att/files/changdai-2024.pdf', '孟津区常袋镇人民政府2024年政府信息公开工作年度报告.pdf', '2025-01-20')}
      ${item('/att/files/xixiayuan-2024.docx', '孟津区西霞院街道办事处2024年政府信息公开工作年度报告', '2025-01-19')}
      ${item('/att/files/scan.pdf', '某某乡人民政府2024年政府信息公开工作年度报告（扫描件）.pdf', '2025-01-11')}
      ${item('/att/files/locked.pdf', '某某局2024年政府信息公开工作年度报告.pdf', '2025-01-10')}
      ${item('/att/files/old.doc', '某某办2024年政府信息公开工作年度报告.doc', '2025-01-09')}
      ${item('/att/files/sanjiao-2024.doc', '重庆市綦江区三角镇人民政府2024年政府信息公开工作年度报告.doc', '2025-01-08')}
    </ul>`,
  );
  return {
    '/att/index.html': { body: list },
    '/att/files/changdai-2024.pdf': { body: file('samples/pdf/000-word.pdf'), type: PDF },
    '/att/files/xixiayuan-2024.docx': { body: file('samples/docx/003-word.docx'), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    '/att/xiage-2023.html': { body: page('下各镇2023年政府信息公开工作年度报告', '<h1>下各镇2023年政府信息公开工作年度报告</h1><p>附件：<a href="files/P020240116.pdf">下各镇2023年政府信息公开工作年度报告.pdf</a></p>') },
    '/att/files/P020240116.pdf': { body: file('samples/pdf/004-word.pdf'), type: PDF },
    // a download address: only the bytes say it is a PDF
    '/att/download.jsp?id=7': { body: file('samples/pdf/001-word.pdf'), type: 'application/octet-stream' },
    '/att/files/scan.pdf': { body: file('test/fixtures/attachments/scanned.pdf'), type: PDF },
    '/att/files/locked.pdf': { body: file('test/fixtures/attachments/encrypted.pdf'), type: PDF },
    '/att/files/old.doc': { body: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), type: 'application/msword' },
    '/att/files/sanjiao-2024.doc': { body: gbkDoc(), type: 'application/msword' },
    '/att/form.html': { body: page('通知', '<p>附件：<a href="/att/files/form.docx">政府信息公开申请表.docx</a></p>') },
    '/att/files/form.docx': { body: file('samples/docx/000-word.docx') },
  };
}

/** What the crawl of attachmentColumnRoutes() reads, in the list's order (`attachment`: where the report came from). */
export const ATTACHMENT_REPORTS = [
  { path: '/att/xiage-2023.html', attachment: '/att/files/P020240116.pdf', agency: '下各镇', year: 2023, errors: 0 },
  { path: '/att/download.jsp?id=7', attachment: '/att/download.jsp?id=7', agency: '盐边县惠民镇人民政府', year: 2024, errors: 0 },
  { path: '/att/form.html', detected: false },
  { path: '/att/files/changdai-2024.pdf', attachment: '/att/files/changdai-2024.pdf', agency: '孟津区常袋镇人民政府', year: 2024, errors: 0 },
  { path: '/att/files/xixiayuan-2024.docx', attachment: '/att/files/xixiayuan-2024.docx', agency: '孟津区西霞院街道办事处', year: 2024, errors: 0 },
  // a scan: a report whose three tables are images
  { path: '/att/files/scan.pdf', attachment: '/att/files/scan.pdf', agency: null, year: null, errors: 3 },
  { path: '/att/files/locked.pdf', attachment: '/att/files/locked.pdf', problem: 'encrypted' },
  { path: '/att/files/old.doc', attachment: '/att/files/old.doc', problem: 'legacy-word' },
  { path: '/att/files/sanjiao-2024.doc', attachment: '/att/files/sanjiao-2024.doc', agency: '重庆市綦江区三角镇人民政府', year: 2024, errors: 0 },
] as const;
