// The bench's pages, written into a temp dir: large pages that are not reports, the sample
// reports, one report with its tables repeated 10× and 100×, and 1,000 saved pages for the CLI.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanModel, renderReport } from '../test/support/synthetic';
import { ROOT } from './chromium';

const SAMPLES = join(ROOT, 'samples/html');

const shell = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:15px/1.7 sans-serif;max-width:1100px;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style>
</head><body>${body}</body></html>`;

const PHRASES = ['市政府召开常务会议', '研究部署安全生产工作', '推进政务服务“一网通办”', '优化营商环境', '乡村振兴重点项目建设', '持续改善民生', '生态环境保护督察整改', '城市更新行动'];
const phrase = (i: number) => PHRASES[i % PHRASES.length] + PHRASES[(i * 7 + 3) % PHRASES.length];

/** A long news page: site chrome, 400 paragraphs, 300 links in side lists (~230 KB). */
function newsPage(): string {
  const nav = `<ul class="nav">${Array.from({ length: 40 }, (_, i) => `<li><a href="/c${i}">栏目${i}</a></li>`).join('')}</ul>`;
  const side = `<ul class="side">${Array.from({ length: 300 }, (_, i) => `<li><a href="/n${i}">${phrase(i)}</a><span>2025-0${(i % 9) + 1}-1${i % 10}</span></li>`).join('')}</ul>`;
  const paras = Array.from({ length: 400 }, (_, i) => `<p>${phrase(i)}。会议指出，要${phrase(i + 1)}，坚持问题导向，${phrase(i + 2)}，确保各项工作落到实处、取得实效。</p>`).join('\n');
  return shell('某某市人民政府 - 要闻动态', `<div class="header"><h1 class="title">某某市人民政府</h1>${nav}</div><h2 class="article-title">${phrase(1)}</h2>${paras}${side}`);
}

/** Big tables that are not the report's: a budget page, 30 tables of 300 rows × 8 columns. */
function tablesPage(): string {
  const table = (t: number) =>
    `<h3>表${t + 1} 2025年部门预算支出明细表</h3><table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th><th>财政拨款</th><th>事业收入</th><th>其他收入</th></tr>` +
    Array.from({ length: 300 }, (_, r) => `<tr><td>2010${t}${r}</td><td>一般公共服务支出${r}</td>${Array.from({ length: 6 }, (_, c) => `<td>${((t + 1) * (r + 3) * (c + 7)) % 9973}.${c}0</td>`).join('')}</tr>`).join('') +
    '</table>';
  return shell('某某县2025年部门预算公开', `<h1 class="title">某某县财政局2025年部门预算</h1>${Array.from({ length: 30 }, (_, t) => table(t)).join('\n')}`);
}

/** The worst case for the detector: a list of annual reports, its title says 年度报告 too. */
function reportListPage(): string {
  const items = Array.from({ length: 500 }, (_, i) => `<li><a href="/nb${i}">某某县第${i + 1}部门${2024 - (i % 6)}年政府信息公开工作年度报告</a><span>2025-01-${(i % 28) + 1}</span></li>`).join('');
  return shell('政府信息公开工作年度报告_某某县人民政府', `<h1 class="title">政府信息公开年报</h1><ul>${items}</ul>`);
}

/** Every top-level <table>…</table> of a report repeated n times in place. */
export function repeatTables(html: string, n: number): string {
  return html.replace(/<table[\s\S]*?<\/table>/g, (t) => Array.from({ length: n }, () => t).join('\n'));
}

const UCAP_CELL = 'border-width:1px;border-style:solid;border-color:#000000;padding:0px 7px;word-break:break-all;';
const UCAP_RUN = 'font-family:宋体;font-size:14px;color:#000000;';

/**
 * A county site on a ucap-style CMS (the markup of many 区县 portals): a report's body as its editor
 * saves it — every cell a `<p>` of a styled `<span>`, every paragraph of styled runs — inside a
 * `<ucapcontent>` element, in a page of site chrome (menus, side columns, related links, widgets), ≈ 100 KB.
 */
export function ucapPage(cms: string): string {
  const article = /<div class="TRS_Editor" id="zoom">([\s\S]*?)<\/div>\s*<div class="article-tools">/.exec(cms)?.[1] ?? '';
  const body = article
    .replace(/<td([^>]*)>([^<]*)<\/td>/g, (_, attrs: string, text: string) =>
      `<td${attrs.replace(/style="[^"]*"/, `style="${UCAP_CELL}"`)} valign="center"><p style="margin-top:0;margin-bottom:0;text-align:center;line-height:20px;"><span style="${UCAP_RUN}">${text}</span></p></td>`)
    .replace(/<table[^>]*>/g, '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;margin:auto;">');
  const menu = (n: number, cls: string, label: (i: number) => string) =>
    `<ul class="${cls}">${Array.from({ length: n }, (_, i) => `<li class="${cls}-item"><a href="/col/col${1000 + i}/index.html" target="_blank" title="${label(i)}"><span class="txt">${label(i)}</span></a></li>`).join('')}</ul>`;
  const title = /<title>([^<]*)<\/title>/.exec(cms)?.[1] ?? '';
  const metas = [...cms.matchAll(/<meta name="[^"]+" content="[^"]*" \/>/g)].map((m) => m[0]).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>
${metas}
<style>body{margin:0;font:14px/1.6 "Microsoft YaHei",sans-serif;background:#f3f3f3}.wrap{width:1200px;margin:auto;background:#fff}
.header{height:120px;background:#1a5fb4;color:#fff}.nav li,.links li{display:inline-block;margin:0 .6em}.side{float:left;width:240px}
.main{margin-left:260px;padding:20px}.side li{list-style:none;border-bottom:1px dashed #ddd}.con_title{font-size:24px;text-align:center}
.bt_content{font-size:16px;line-height:2}.footer{clear:both;text-align:center;padding:20px;color:#666}.share span{margin:0 4px}</style>
</head><body><div class="wrap">
<div class="header"><div class="logo"><img src="/images/logo.png" alt=""><span class="site">${title.split('_').pop()}</span></div>
${menu(12, 'nav', (i) => ['首页', '政务公开', '政务服务', '互动交流', '走进本县', '专题专栏'][i % 6] + (i > 5 ? i : ''))}</div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1/">政府信息公开</a> &gt; <a href="/col/col2/">政府信息公开年报</a></div>
<div class="side"><h3>政府信息公开</h3>${menu(120, 'tree', (i) => `${PHRASES[i % PHRASES.length]}（${i}）`)}</div>
<div class="main"><div class="con_title">${title.split('_')[0]}</div>
<div class="con_info"><span>发布日期：2025-01-20</span><span>来源：县政府办</span><span>浏览次数：<script>document.write('1024')</script></span>
<span class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></span><span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="bt_content" id="zoom"><ucapcontent>${body}</ucapcontent></div>
<div class="related"><h4>相关链接</h4>${menu(60, 'links', (i) => phrase(i))}</div></div>
<div class="footer">${menu(30, 'links', (i) => `友情链接${i + 1}`)}<p>主办单位：县人民政府办公室　网站标识码：0000000000　<a href="#">网站地图</a></p></div>
</div></body></html>`;
}

export interface BenchPages {
  dir: string;
  nonReports: string[];
  samples: string[];
  growth: { times: number; file: string }[];
  /** a county CMS page of the ucap kind, from a CMS sample */
  ucap?: string;
}

export function writePages(dir: string): BenchPages {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'news.html'), newsPage());
  writeFileSync(join(dir, 'big-tables.html'), tablesPage());
  writeFileSync(join(dir, 'report-list.html'), reportListPage());
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.html')).sort();
  for (const f of samples) copyFileSync(join(SAMPLES, f), join(dir, f));
  // growth: a semantic sample (its tables hold no nested tables) or, failing that, the synthetic report
  const base = samples.includes('002-semantic.html') ? readFileSync(join(SAMPLES, '002-semantic.html'), 'utf8') : renderReport(cleanModel());
  const growth = [1, 10, 100].map((times) => ({ times, file: `growth-${times}x.html` }));
  for (const g of growth) writeFileSync(join(dir, g.file), repeatTables(base, g.times));
  let ucap: string | undefined;
  if (samples.includes('002-cms.html')) {
    ucap = 'ucap-county.html';
    writeFileSync(join(dir, ucap), ucapPage(readFileSync(join(SAMPLES, '002-cms.html'), 'utf8')));
  }
  return { dir, nonReports: ['news.html', 'big-tables.html', 'report-list.html'], samples, growth, ucap };
}

/** 1,000 saved pages for the CLI: the samples, synthetic reports with varied faults, news pages. */
export function writeCliBatch(dir: string, count = 1000): void {
  mkdirSync(dir, { recursive: true });
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(SAMPLES, f), 'utf8'));
  const synthetic = Array.from({ length: 20 }, (_, i) => {
    const m = cleanModel(i % 4 === 3 ? '2019' : '2021');
    m.agency = `某某县第${i + 1}镇人民政府`;
    if (i % 5 === 1) m.requests['1'][6] = String(36 + i);
    if (i % 5 === 2) m.requests['3.1'][0] = '';
    if (i % 5 === 3) m.tables.appeals = false;
    return renderReport(m);
  });
  const pool = [...samples, ...synthetic, newsPage()];
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.html`), pool[i % pool.length]);
}
