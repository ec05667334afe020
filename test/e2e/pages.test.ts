// Pages that are not reports stay untouched; reports in an iframe, loaded late, or with tables as
// pictures are still audited; and the page's own layout is the same with the extension as without.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  OVERLAY, badgeText, expectMarks, launch, openPopup, startServer, storedTab, tabIdOf, tableBoxes, uiTextOf, waitForOverlay,
  type Browser, type StaticServer,
} from './harness';
import { PAGE_CASES } from '../fixtures/pages/cases';

const expected = (file: string) => PAGE_CASES.find((c) => c.file === file)?.expect ?? [];
const errorBadge = (file: string) => {
  const errors = expected(file).filter((f) => f.severity === 'error').length;
  return errors ? String(errors) : '✓';
};

const PAGES = '/test/fixtures/pages';
let server: StaticServer;
let b: Browser;
let plain: Browser;

beforeAll(async () => {
  server = await startServer();
  [b, plain] = await Promise.all([launch(), launch({ extension: false })]);
});
afterAll(async () => {
  await Promise.all([b?.close(), plain?.close()]);
  await server?.close();
});

/** The page after load and a quiet spell long enough for the detector's debounced re-checks. */
async function settled(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  return page;
}

describe('pages that are not reports', () => {
  it.each(PAGE_CASES.filter((c) => c.report === 'none').map((c) => c.file))('%s: no mark, no badge, the DOM as without the extension', async (file) => {
    const [page, bare] = await Promise.all([settled(b, `${PAGES}/${file}`), settled(plain, `${PAGES}/${file}`)]);
    const html = (p: Page) => p.evaluate(() => document.documentElement.outerHTML);
    expect(await page.locator(OVERLAY).count()).toBe(0);
    expect(await html(page)).toBe(await html(bare));
    const tabId = await tabIdOf(b, page);
    expect(await storedTab(b, tabId)).toBeNull();
    expect(await badgeText(b, tabId)).toBe('');
    await Promise.all([page.close(), bare.close()]);
  });

  it('"audit this page" from the popup checks it and says it is not a report, still touching nothing', async () => {
    const page = await settled(b, `${PAGES}/plain.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(b, page);
    const t = await uiTextOf(b);
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: t('auditThisPage') }).click();
    await popup.getByText(t('notReportAudited')).waitFor();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await badgeText(b, tabId)).toBe('');
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('reports that are hard to reach', () => {
  it('a report inside an iframe is audited in its frame', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(`${PAGES}/iframe-host.html`));
    const frame = page.frameLocator('#content-frame');
    await frame.locator(`${OVERLAY} .banner`).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator(OVERLAY).count()).toBe(0);
    await expectMarks(frame, expected('iframe-host.html'));
    const tabId = await tabIdOf(b, page);
    const frames = Object.values((await storedTab(b, tabId))?.frames ?? {});
    expect(frames.filter((f) => f.audit.detected).map((f) => f.frameId)).not.toContain(0);
    await expect.poll(() => badgeText(b, tabId)).toBe(errorBadge('iframe-host.html'));
    await page.close();
  });

  it('a report frame taken out of its page takes its findings along: no entry, no badge left for the tab', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(`${PAGES}/iframe-host.html`));
    await page.frameLocator('#content-frame').locator(`${OVERLAY} .banner`).waitFor({ state: 'attached', timeout: 15_000 });
    const tabId = await tabIdOf(b, page);
    await expect.poll(() => badgeText(b, tabId)).toBe(errorBadge('iframe-host.html'));
    await page.evaluate(() => document.getElementById('content-frame')?.remove());
    await expect.poll(() => storedTab(b, tabId)).toBeNull();
    expect(await badgeText(b, tabId)).toBe('');
    await page.close();
  });

  it('a report whose body arrives after load is audited when it appears', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(`${PAGES}/late.html`));
    await waitForOverlay(page, 10_000);
    await expectMarks(page, expected('late.html'));
    expect(await page.locator(`${OVERLAY} .mark[data-status=ok]`).count()).toBe(3);
    await expect.poll(async () => badgeText(b, await tabIdOf(b, page))).toBe(errorBadge('late.html'));
    await page.close();
  });

  it('tables published as pictures are named in the banner', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(`${PAGES}/image-tables.html`));
    await waitForOverlay(page);
    await expectMarks(page, expected('image-tables.html'));
    expect(await page.locator(`${OVERLAY} .banner li[data-rule=table-missing]`).count()).toBe(3);
    await expect.poll(async () => badgeText(b, await tabIdOf(b, page))).toBe(errorBadge('image-tables.html'));
    await page.close();
  });
});

describe("the page's layout", () => {
  it.each([
    '/test/fixtures/faults/base.html',
    '/test/fixtures/faults/row-sum-fires.html',
    '/test/fixtures/faults/cell-missing-fires-2.html',
    '/samples/html/000-word.html',
    '/samples/html/001-cms.html',
    '/samples/html/004-semantic.html',
  ])('%s: every table and cell box as without the extension', async (path) => {
    const page = await b.context.newPage();
    await page.goto(server.url(path));
    await waitForOverlay(page);
    const bare = await settled(plain, path);
    await page.waitForTimeout(300); // a repositioning frame, should it (wrongly) move anything
    const [withExt, without] = await Promise.all([tableBoxes(page), tableBoxes(bare)]);
    expect(withExt.length).toBeGreaterThan(0);
    expect(withExt).toEqual(without);
    const size = (p: Page) => p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    expect(await size(page)).toEqual(await size(bare));
    await Promise.all([page.close(), bare.close()]);
  });
});
