// What the extension tests ask of the browser: tab ids, the toolbar badge, stored findings,
// the overlay's marks, the clipboard, the popup of a tab.
import type { FrameLocator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { ExpectedFinding } from '../fixtures/expected';
import { ROOT, launch, startServer, type Chromium, type Server } from '../../bench/chromium';
import { uiText, type Translate } from '../../lib/ui-text';

// Code passed to worker.evaluate runs in the service worker, where `chrome` is the extension API.
declare const chrome: typeof import('@wxt-dev/browser').browser;

// The server and the browser are the bench's (bench/chromium.ts): one way to start both.
export { ROOT, launch, startServer };
export type Browser = Chromium;
export type StaticServer = Server;

/** The service worker as it is now: an MV3 worker may have been stopped and restarted. */
export async function currentWorker(b: Browser): Promise<Worker> {
  const live = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId ?? '-'));
  return live ?? (await b.context.waitForEvent('serviceworker'));
}

/** The tab id of a page, asked of the extension (our host permission shows *.gov.cn URLs). */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  const worker = await currentWorker(b);
  const id = await worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? null;
  }, page.url());
  if (id == null) throw new Error(`no tab for ${page.url()}`);
  return id;
}

export async function badgeText(b: Browser, tabId: number): Promise<string> {
  const worker = await currentWorker(b);
  return worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
}

/** The overlay's host (its tag varies when a page took ours: see components/overlay). */
export const OVERLAY = '[data-report-checker]';

/** Waits until the overlay drew its banner (the audit ran and found a report). */
export async function waitForOverlay(page: Page, timeout = 15_000): Promise<void> {
  await page.locator(`${OVERLAY} .banner`).waitFor({ state: 'attached', timeout });
}

export interface AuditedPage {
  server: StaticServer;
  b: Browser;
  page: Page;
  tabId: number;
}

/** The test server, a browser with the extension, and one page of the server audited (its overlay drawn). */
export async function openAudited(path: string): Promise<AuditedPage> {
  const server = await startServer();
  const b = await launch();
  const page = await b.context.newPage();
  await page.goto(server.url(path));
  await waitForOverlay(page);
  return { server, b, page, tabId: await tabIdOf(b, page) };
}

/** Every badge in the overlay with its data attributes (Playwright's CSS pierces open shadow roots). */
export async function badges(page: Page) {
  // plain loops: a test page may have broken Array.prototype.map in the main world
  return page.locator(`${OVERLAY} .mark`).evaluateAll((els) => {
    const out: Record<string, string | boolean | undefined>[] = [];
    for (let i = 0; i < els.length; i++) out.push({ ...(els[i] as HTMLElement).dataset, hidden: (els[i] as HTMLElement).hidden });
    return out;
  });
}

/** The page's table boxes: every <table> and cell, in document order. */
export async function tableBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('table, td, th')].map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100);
    }),
  );
}

/** The tab's findings as the background stored them (session storage). */
export async function storedTab(b: Browser, tabId: number) {
  const worker = await currentWorker(b);
  return worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab-${tabId}`) as Promise<{
    frames: Record<string, { frameId: number; url: string; placed: string[]; audit: import('../../lib/report').Audit }>;
  } | null>;
}

/** What the clipboard holds, by type, read from a page of the test server (extension origins
 * cannot be granted clipboard-read). */
export async function readClipboard(b: Browser, server: StaticServer): Promise<Record<string, string>> {
  const reader = await b.context.newPage();
  try {
    await reader.goto(server.url('/test/e2e/pages/clipboard.html', '127.0.0.1'));
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('', '127.0.0.1') });
    await reader.bringToFront();
    return await reader.evaluate(async () => {
      const out: Record<string, string> = {};
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
      }
      return out;
    });
  } finally {
    await reader.close();
  }
}

/** The popup of a tab, opened as a page: popup.html?tab=<id>. */
export async function openPopup(b: Browser, tabId: number, width = 420): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width, height: 640 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Stops the extension's service worker, as Chrome does after 30 s idle (DevTools protocol). */
export async function stopWorker(b: Browser, page: Page): Promise<void> {
  const cdp = await b.context.newCDPSession(page);
  const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  const ours = () => versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`));
  for (let i = 0; i < 50 && !ours().length; i++) await new Promise((r) => setTimeout(r, 100));
  const versionId = ours().at(-1)?.versionId;
  if (versionId == null) throw new Error('no service worker to stop');
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  for (let i = 0; i < 50 && ours().at(-1)?.runningStatus !== 'stopped'; i++) await new Promise((r) => setTimeout(r, 100));
  await cdp.detach();
}

/** The extension's UI text in the language Chromium speaks (zh_CN needs Debian's chromium-l10n),
 * picked as the extension picks it (utils/i18n.ts). */
export async function uiTextOf(b: Browser): Promise<Translate> {
  const worker = await currentWorker(b);
  const browserLang = await worker.evaluate(() => chrome.i18n.getUILanguage());
  return uiText(/^en\b/i.test(browserLang) ? 'en' : 'zh');
}

const attr = (name: string, value: string | number | undefined) => (value === undefined ? '' : `[data-${name}="${value}"]`);

/** Where an expected finding shows: a mark on its cell, or an item in the banner. */
export const markSelector = (f: ExpectedFinding): string => {
  const keys = attr('rule', f.rule) + attr('severity', f.severity) + attr('table', f.table) + attr('row', f.row) + attr('column', f.column);
  return f.table != null && f.column != null ? `${OVERLAY} .mark${keys}` : `${OVERLAY} .banner li${keys}${attr('section', f.section)}`;
};

/** Every error and warning has its mark (or banner item), and there are no other cell marks. */
export async function expectMarks(root: Page | FrameLocator, findings: ExpectedFinding[], mustNot: string[] = []): Promise<void> {
  const shown = findings.filter((f) => f.severity !== 'info');
  for (const f of shown) expect(await root.locator(markSelector(f)).count(), markSelector(f)).toBeGreaterThan(0);
  for (const rule of mustNot) expect(await root.locator(`${OVERLAY} [data-rule="${rule}"]`).count(), `no ${rule}`).toBe(0);
  const cellMarks = await root.locator(`${OVERLAY} .mark[data-rule]`).count();
  expect(cellMarks).toBe(shown.filter((f) => f.table != null && f.column != null).length);
}
