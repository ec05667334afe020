// Disposing the audit of a page ("silent on this site"): the background's disposeAudit message
// removes every mark and the overlay host at once, the tab's findings and badge go, and a later
// change to the report's tables audits nothing again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OVERLAY, badgeText, currentWorker, openAudited, storedTab, type Browser, type StaticServer } from './harness';
import { DISPOSE_AUDIT } from '../../utils/protocol';

declare const chrome: typeof import('@wxt-dev/browser').browser;

let server: StaticServer;
let b: Browser;
let page: Page;
let tabId: number;

beforeAll(async () => {
  ({ server, b, page, tabId } = await openAudited('/test/fixtures/faults/row-sum-fires-2.html'));
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const marks = () => page.locator(`${OVERLAY} .mark`).count();

it('removes every mark and the overlay host, and audits no more', async () => {
  expect(await marks()).toBeGreaterThan(0);
  await expect.poll(() => badgeText(b, tabId)).not.toBe('');

  const worker = await currentWorker(b);
  await worker.evaluate(([tabId, message]) => chrome.tabs.sendMessage(tabId, message), [tabId, DISPOSE_AUDIT] as const);

  await expect.poll(() => page.locator(OVERLAY).count()).toBe(0);
  expect(await marks()).toBe(0);
  // the frame reported itself gone: no findings kept for the tab, no count on the toolbar
  await expect.poll(() => storedTab(b, tabId)).toBeNull();
  await expect.poll(() => badgeText(b, tabId)).toBe('');

  // the mutation watcher would re-audit a changed table within its debounce (400 ms, at most 1 s)
  await page.evaluate(() => {
    const cell = [...document.querySelectorAll('td')].find((td) => td.textContent?.trim() === '37');
    if (!cell) throw new Error('no cell 37');
    cell.textContent = '36';
    document.querySelector('table')?.append(document.createElement('tr'));
  });
  await page.waitForTimeout(2_000);
  expect(await page.locator(OVERLAY).count()).toBe(0);
  expect(await storedTab(b, tabId)).toBeNull();
});
