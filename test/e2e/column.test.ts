// The column audit page in real Chromium with the built extension, against a local 年报 column
// (test/support/column-site.ts): the popup's offer, pagination, a GBK page, a dead link, a
// notice, an iframe, a redirect, two years of one town, sorting, filtering, CSV, the saved result.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_REPORTS, attachmentColumnRoutes, COLUMN_REPORTS, columnRoutes, startSite, type Route, type Site } from '../support/column-site';
import { readWorkbook } from '../support/read-workbook';
import { launch, openPopup, tabIdOf, uiTextOf, type Browser } from './harness';

let site: Site;
let b: Browser;
let t: Awaited<ReturnType<typeof uiTextOf>>;
const gov = (path: string) => site.base.replace('127.0.0.1', 'www.example.gov.cn') + path;
const LIST = '/col/index.shtml';

beforeAll(async () => {
  site = await startSite(columnRoutes());
  b = await launch();
  t = await uiTextOf(b);
});
afterAll(async () => {
  await b?.close();
  await site?.close();
});

const columnRoutesBody = (path: string) => (columnRoutes()[path] as Route).body!;

type Row = Record<string, string | undefined>;
const rows = (page: Page) => page.locator('table.results tbody tr').evaluateAll((trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset, text: tr.textContent ?? '' }) as Row));

async function columnPage(list = gov(LIST)): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/column.html?src=${encodeURIComponent(list)}`);
  return page;
}

describe('column audit page', () => {
  it('the popup on a list page offers to audit the reports it lists, and opens the column page', async () => {
    const list = await b.context.newPage();
    await list.goto(gov(LIST));
    const popup = await openPopup(b, await tabIdOf(b, list));
    // page 1 lists four links that read as reports (the 关于报送…通知 is not one)
    const offer = popup.getByRole('button', { name: t('columnOffer', { n: 4 }) });
    await offer.waitFor();
    const [opened] = await Promise.all([b.context.waitForEvent('page'), offer.click()]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).searchParams.get('src')).toBe(gov(LIST));
    await Promise.all([opened.close(), popup.close(), list.close()]);
  });

  it('audits every report of every list page, at most two requests at a time, one row each', async () => {
    site.hits.clear();
    site.maxInFlight = 0;
    const page = await columnPage();
    await page.getByRole('button', { name: t('columnStart') }).click();
    await page.locator('.progress .count').waitFor();
    await page.locator('table.results').waitFor({ timeout: 60_000 });
    const got = await rows(page);
    expect(got.map((r) => r.url)).toEqual(COLUMN_REPORTS.map((r) => gov(r.path)));
    const byPath = (path: string) => got.find((r) => r.url === gov(path))!;
    for (const want of COLUMN_REPORTS) {
      const row = byPath(want.path);
      if ('agency' in want) expect(row).toMatchObject({ agency: want.agency, year: String(want.year), status: 'audited' });
    }
    expect(byPath('/col/dead.html')).toMatchObject({ status: 'failed', agency: '', year: '' });
    expect(byPath('/col/dead.html').text).toContain('HTTP 404');
    // the notice read as a report by its title: read, no report found, not counted as passing
    expect(byPath('/col/notice.html')).toMatchObject({ status: 'needs-visit', errors: '0' });
    expect(Number(byPath('/col/broken.html').errors)).toBeGreaterThan(0);
    expect(byPath('/col/2025/town.html').text).toMatch(/上年结转|carried|结转/);
    expect(site.hits.get('/col/body/003.html')).toBe(1); // the frame, followed once
    expect(site.hits.get('/tzgg/notice.html')).toBeUndefined();
    expect(site.maxInFlight).toBeLessThanOrEqual(2);
    // agency × year: the town has both years, 下各镇 only 2023
    const cell = (agency: string, year: number) => page.locator(`.matrix tr[data-agency="${agency}"] td[data-year="${year}"]`);
    expect(await cell('某某县某某镇人民政府', 2023).getAttribute('class')).toBe('has');
    expect(await cell('某某县某某镇人民政府', 2024).getAttribute('class')).toBe('has');
    expect(await cell('下各镇', 2024).getAttribute('class')).toBe('missing');
    // the run's workbook: a summary row per report found, the across findings among the findings
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.xlsx').click()]);
    const book = await readWorkbook(await readFile((await download.path())!));
    const audited = got.filter((r) => r.status === 'audited');
    const urls = book.get('汇总')!.flatMap((row) => row.map((c) => c.value)).filter((v) => typeof v === 'string' && v.startsWith('http'));
    expect(new Set(urls)).toEqual(new Set(audited.map((r) => r.url)));
    expect(book.get('问题清单')!.some((row) => row.some((c) => c.value === 'carryover-mismatch'))).toBe(true);
    await page.close();
  });

  it('sorts by a column, filters by agency, exports CSV with a BOM, and shows the saved result on reopening', async () => {
    const page = await columnPage();
    // the last result comes back from storage.local without a new run
    await page.locator('table.results').waitFor();
    await page.locator('.saved').waitFor();
    const hitsBefore = [...site.hits.values()].reduce((a, n) => a + n, 0);
    await page.locator('button.sort[data-sort="errors"]').click();
    await page.locator('button.sort[data-sort="errors"]').click(); // descending
    expect((await rows(page))[0].url).toBe(gov('/col/broken.html'));
    await page.getByRole('searchbox').fill('下各');
    expect((await rows(page)).map((r) => r.agency)).toEqual(['下各镇']);
    await page.getByRole('searchbox').fill('');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('columnCsv') }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFurl,title,status')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(COLUMN_REPORTS.length + 1);
    expect(csv).toContain(`${gov('/col/dead.html')},某某局2024年政府信息公开工作年度报告,failed,HTTP 404`);
    expect([...site.hits.values()].reduce((a, n) => a + n, 0)).toBe(hitsBefore); // nothing fetched
    await page.close();
  });

  it('follows a listed report to its attachment: PDF, DOCX, a page linking its PDF; a scan, a locked PDF and an old .doc each say what they are', async () => {
    const files = await startSite(attachmentColumnRoutes());
    const at = (path: string) => files.base.replace('127.0.0.1', 'www.example.gov.cn') + path;
    const page = await columnPage(at('/att/index.html'));
    await page.getByRole('button', { name: t('columnStart') }).click();
    await page.locator('table.results').waitFor({ timeout: 120_000 });
    const got = await rows(page);
    expect(got.map((r) => r.url)).toEqual(ATTACHMENT_REPORTS.map((r) => at(r.path)));
    for (const [i, want] of ATTACHMENT_REPORTS.entries()) {
      const row = got[i];
      if ('detected' in want) expect([row.status, row.attachment]).toEqual(['needs-visit', undefined]);
      else if ('problem' in want) {
        expect(row).toMatchObject({ status: 'failed', attachment: at(want.attachment) });
        expect(row.text).toContain(t(want.problem === 'encrypted' ? 'cli.encrypted' : 'cli.legacy-word'));
      } else expect(row).toMatchObject({ status: 'audited', attachment: at(want.attachment), agency: want.agency ?? '', year: String(want.year ?? ''), errors: String(want.errors) });
    }
    // the row names the file it was read from; the matrix leads to it
    expect(got[0].text).toContain(t('fromAttachment', { name: 'P020240116.pdf' }));
    const cell = page.locator('.matrix tr[data-agency="下各镇"] td[data-year="2023"] a');
    expect(await cell.getAttribute('href')).toBe(at('/att/files/P020240116.pdf'));
    expect(await cell.textContent()).toContain(t('fromAttachment', { name: 'P020240116.pdf' }));
    // CSV and the workbook say it too
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('columnCsv') }).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.split('\r\n')[0].endsWith(',attachment')).toBe(true);
    expect(csv).toContain(`,${at('/att/files/P020240116.pdf')}\r\n`);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('button.xlsx').click()]);
    const sources = (await readWorkbook(await readFile((await xlsx.path())!))).get('汇总')!.flatMap((row) => row.map((c) => c.value));
    expect(sources).toContain(`${at('/att/xiage-2023.html')} 附件：${at('/att/files/P020240116.pdf')}`);
    expect(files.hits.get('/att/files/form.docx')).toBeUndefined();
    expect(files.maxInFlight).toBeLessThanOrEqual(2);
    await page.close();
    await files.close();
  });

  it('cancel stops the requests and keeps the part done', async () => {
    // a column whose last report never answers: the run can only end by the cancel
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = await startSite({
      '/l/index.html': { body: `<ul>${['a', 'b', 'c'].map((n) => `<li><a href="/l/${n}.html">${n}单位2024年政府信息公开工作年度报告</a></li>`).join('')}</ul>` },
      '/l/a.html': { body: columnRoutesBody('/col/2025/town.html') },
      '/l/b.html': { body: columnRoutesBody('/col/2024/town.html') },
      '/l/c.html': { hold: held, body: '' },
    });
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/column.html?src=${encodeURIComponent(slow.base.replace('127.0.0.1', 'www.example.gov.cn') + '/l/index.html')}`);
    await page.getByRole('button', { name: t('columnStart') }).click();
    await page.waitForFunction(() => Number(document.querySelector('.progress .count')?.getAttribute('data-done')) >= 2, undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: t('columnCancel') }).click();
    await page.locator('table.results').waitFor();
    const got = await rows(page);
    expect(got.map((r) => r.status)).toEqual(['audited', 'audited', 'failed']);
    expect(got[2].text).toContain('cancelled');
    expect(await page.locator('.saved').textContent()).toContain(t('columnCancelledAt', { date: '' }).replace(/[（(].*$/, '').trim());
    release();
    await page.close();
    await slow.close();
  });
});
