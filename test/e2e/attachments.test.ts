// Reports published as attachments, in the built extension: the popup offers the report attachment
// a page links to; the viewer page (report.html?src=…) fetches it, shows it as a page with the
// in-place marks and the popup's summary, and names the file in its title. Elsewhere than *.gov.cn it
// asks for the origin first and fetches nothing; pdfjs and mammoth stay out of every other script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION } from '../../bench/chromium';
import { gbkDoc, startSite } from '../support/column-site';
import { OVERLAY, launch, openPopup, startServer, tabIdOf, uiTextOf, type Browser, type StaticServer } from './harness';

let server: StaticServer;
let b: Browser;
let t: Awaited<ReturnType<typeof uiTextOf>>;

beforeAll(async () => {
  server = await startServer();
  b = await launch();
  t = await uiTextOf(b);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const viewer = (src: string) => `chrome-extension://${b.extensionId}/report.html?src=${encodeURIComponent(src)}`;
const count = (page: Page, severity: string) => page.locator(`#app .count[data-severity="${severity}"] strong`).textContent();

describe('the popup offers the attachment a page links to', () => {
  it('"检查附件" opens the viewer on that file: marks in place, the summary, the file in the title', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/test/e2e/pages/attachment-links.html'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    const buttons = popup.locator('.attachments button');
    // near-misses on the page: a .docx behind "下载" whose file name says nothing of a report, a notice's PDF
    await expect.poll(() => buttons.count()).toBe(1);
    const pdf = server.url('/test/fixtures/attachments/column-sum-fires.pdf');
    expect(await buttons.nth(0).getAttribute('data-attachment')).toBe(pdf);
    expect(await buttons.nth(0).textContent()).toBe(t('attachment.open', { name: '云台市人民政府办公室2024年政府信息公开工作年度报告.pdf' }));
    const [report] = await Promise.all([b.context.waitForEvent('page'), buttons.nth(0).click()]);
    await report.waitForURL(/report\.html/);
    const mark = report.locator(`${OVERLAY} .mark[data-rule="column-sum"][data-table="requests"][data-row="3.7"][data-column="natural"]`);
    await mark.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await report.locator(`${OVERLAY} .mark[data-rule="column-sum"]`).count()).toBe(2);
    expect(await report.title()).toBe('column-sum-fires.pdf');
    expect(await count(report, 'error')).toBe('2');
    expect(await report.locator('#app [data-field="agency"] dd').textContent()).toBe('云台市人民政府办公室');
    // the report is readable as a page: its prose and its tables
    expect(await report.locator('#doc p', { hasText: '一、总体情况' }).count()).toBe(1);
    expect(await report.locator('#doc table').count()).toBeGreaterThan(2);
    await Promise.all([page.close(), popup.close(), report.close()]);
  });
  it('a DOCX: blank cells marked, merged headers read', async () => {
    const report = await b.context.newPage();
    await report.goto(viewer(server.url('/test/fixtures/attachments/cell-missing-fires.docx')));
    await report.locator(`${OVERLAY} .mark[data-rule="cell-missing"][data-row="3.3.1"][data-column="commercial"]`).waitFor({ state: 'attached', timeout: 60_000 });
    expect(await report.title()).toBe('cell-missing-fires.docx');
    expect(await count(report, 'error')).toBe('0');
    expect(await count(report, 'warning')).toBe('1');
    expect(await report.locator('#doc td[colspan="7"]', { hasText: '申请人情况' }).count()).toBe(1);
    await report.close();
  });
  it('a tab showing a PDF gets "在年报体检中打开"', async () => {
    const page = await b.context.newPage();
    const pdf = server.url('/samples/pdf/002-word.pdf');
    await page.goto(pdf).catch(() => undefined); // the PDF viewer's navigation may not report a load
    const popup = await openPopup(b, await tabIdOf(b, page));
    const button = popup.locator('.attachments button');
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.textContent()).toBe(t('attachment.openTab'));
    expect(await button.getAttribute('data-attachment')).toBe(pdf);
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('the viewer page', () => {
  it('on another origin it asks for that origin before fetching anything', async () => {
    const path = '/test/fixtures/attachments/column-sum-fires.pdf';
    const hits = server.hits.length;
    const report = await b.context.newPage();
    await report.goto(viewer(server.url(path, '127.0.0.1')));
    await report.locator('#app .permission button').waitFor();
    expect(await report.locator('#app .permission .note').textContent()).toBe(t('attachment.allow', { origin: `${server.origin('127.0.0.1')}/*` }));
    expect(server.hits.slice(hits)).not.toContain(path);
    await report.close();
  });
  it('a file that is not there, an encrypted PDF: one clear line, no marks', async () => {
    const cases: [string, string][] = [
      ['/test/fixtures/attachments/missing.pdf', t('attachment.fetch', { detail: 'HTTP 404' })],
      ['/test/fixtures/attachments/encrypted.pdf', t('cli.encrypted')],
    ];
    for (const [path, message] of cases) {
      const report = await b.context.newPage();
      await report.goto(viewer(server.url(path)));
      const alert = report.locator('#app [role="alert"]');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toBe(message);
      expect(await report.locator(`${OVERLAY} .mark`).count()).toBe(0);
      await report.close();
    }
  });
  it('a scan is a report whose three tables are images (no OCR): the summary says so', async () => {
    const report = await b.context.newPage();
    await report.goto(viewer(server.url('/test/fixtures/attachments/scanned.pdf')));
    await report.locator('#app .finding[data-rule="table-missing"]').first().waitFor({ timeout: 60_000 });
    expect(await count(report, 'error')).toBe('3');
    const findings = await report.locator('#app .finding[data-rule="table-missing"]').evaluateAll((li) => li.map((l) => [(l as HTMLElement).dataset.table, l.textContent ?? '']));
    expect(findings.map(([table]) => table).sort()).toEqual(['active', 'appeals', 'requests']);
    for (const [, text] of findings) expect(text).toMatch(/是图片|is an image/);
    expect(await report.locator('#app [role="alert"]').count()).toBe(0);
    await report.close();
  });
  it('a web page Word saved as .doc in GBK reads right', async () => {
    const site = await startSite({ '/files/report.doc': { body: gbkDoc(), type: 'application/msword' } });
    const report = await b.context.newPage();
    await report.goto(viewer(`${site.base.replace('127.0.0.1', 'www.example.gov.cn')}/files/report.doc`));
    await report.locator('#app [data-field="agency"] dd').waitFor({ timeout: 60_000 });
    expect(await report.locator('#app [data-field="agency"] dd').textContent()).toBe('重庆市綦江区三角镇人民政府');
    expect(await report.locator('#doc').textContent()).toContain('政府信息公开');
    await report.close();
    await site.close();
  });
  it('pdfjs and mammoth are chunks of their own, in no other script of the extension', () => {
    const js = (dir: string) => readdirSync(join(EXTENSION, dir)).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
    const holding = (marker: string) => [...js('.'), ...js('chunks')].filter((f) => readFileSync(join(EXTENSION, f), 'utf8').includes(marker));
    expect(holding('PasswordException').every((f) => f.startsWith('chunks/pdf-') || f.startsWith('chunks/read-'))).toBe(true);
    expect(holding('PasswordException').length).toBeGreaterThan(0);
    expect(holding('convertToHtml').every((f) => f.startsWith('chunks/docx-'))).toBe(true);
    for (const script of ['detector.js', 'audit.js', 'background.js']) expect(holding('PasswordException')).not.toContain(script);
  });
});
