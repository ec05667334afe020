// The auditor's workbench in real Chromium: the side panel (opened as a page that follows the
// tabs of the pages' window) lists the active tab's findings, follows a tab switch, moves with the
// keyboard and scrolls the page; the popup opens the real side panel; a dismissed error survives a
// reload and leaves the badge count; the shortcuts are declared and walk the marks; the options
// take effect without reinstalling.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OVERLAY, ROOT, badgeText, currentWorker, launch, startServer, storedTab, tabIdOf, uiTextOf, waitForOverlay, type Browser, type StaticServer } from './harness';

declare const chrome: typeof import('@wxt-dev/browser').browser;

let server: StaticServer;
let b: Browser;
let rowSum: Page;
let columnSum: Page;
let panel: Page;
let t: Awaited<ReturnType<typeof uiTextOf>>;

const ROW_SUM = '[data-rule="row-sum"][data-table="requests"][data-row="1"][data-column="total"]';

async function open(path: string, host?: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(server.url(path, host));
  await waitForOverlay(page);
  return page;
}

/** Makes a page its window's active tab, as a click on its tab would. */
async function activate(page: Page): Promise<void> {
  const tabId = await tabIdOf(b, page);
  const worker = await currentWorker(b);
  await worker.evaluate((tabId) => chrome.tabs.update(tabId, { active: true }), tabId);
}

beforeAll(async () => {
  server = await startServer();
  b = await launch();
  t = await uiTextOf(b);
  rowSum = await open('/test/fixtures/faults/row-sum-fires-2.html');
  columnSum = await open('/test/fixtures/faults/column-sum-fires.html');
  const worker = await currentWorker(b);
  const windowId = await worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, await tabIdOf(b, rowSum));
  // the panel as a page in a window of its own, following the pages' window
  const opened = b.context.waitForEvent('page');
  await worker.evaluate(
    ([id, windowId]) => chrome.windows.create({ url: `chrome-extension://${id}/sidepanel.html?window=${windowId}`, width: 420, height: 900 }),
    [b.extensionId!, windowId] as const,
  );
  panel = await opened;
  await panel.waitForLoadState();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

it('lists the findings of the active tab, each row keyed as the marks, and follows a tab switch', async () => {
  await activate(rowSum);
  const row = panel.locator(`.finding${ROW_SUM}[data-severity="error"]`);
  await row.waitFor();
  const { frames } = (await storedTab(b, await tabIdOf(b, rowSum)))!;
  const total = frames['0'].audit.findings.length;
  expect(await panel.locator('.progress').textContent()).toBe(t('reviewProgress', { done: 0, total }));
  expect(await row.locator('button[data-action="confirm"]').count()).toBe(1);
  expect(await row.locator('button[data-action="dismiss"]').count()).toBe(1);

  await activate(columnSum);
  await panel.locator('.finding[data-rule="column-sum"]').first().waitFor();
  expect(await panel.locator(`.finding${ROW_SUM}`).count()).toBe(0);
  await activate(rowSum);
  await row.waitFor();
});

it('moves through the findings with j/k and the arrows; Enter scrolls the page to the cell; Esc goes back', async () => {
  await activate(rowSum);
  await panel.locator(`.finding${ROW_SUM}`).waitFor();
  await rowSum.evaluate(() => window.scrollTo(0, 0));
  await panel.locator('h1').focus();
  await panel.keyboard.press('j');
  const focused = () => panel.evaluate(() => {
    const li = document.activeElement?.closest('.finding') as HTMLElement | null;
    return li ? `${li.dataset.rule}|${li.dataset.row ?? ''}|${li.dataset.column ?? ''}` : document.activeElement?.tagName;
  });
  const first = await focused();
  expect(first).toMatch(/\|/);
  await panel.keyboard.press('ArrowDown');
  const second = await focused();
  await panel.keyboard.press('k');
  expect(await focused()).toBe(first);
  await panel.keyboard.press('ArrowUp'); // stays on the first
  expect(await focused()).toBe(first);
  expect(second).not.toBe(first);

  // walk down to the wrong total, then Enter
  for (let i = 0; i < 40 && (await focused()) !== 'row-sum|1|total'; i++) await panel.keyboard.press('ArrowDown');
  expect(await focused()).toBe('row-sum|1|total');
  await panel.keyboard.press('Enter');
  await rowSum.locator(`${OVERLAY} .flash`).waitFor({ state: 'attached' });
  await expect.poll(() => rowSum.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // Esc: from a row's control back to the row, from the row to the top
  await panel.locator(`.finding${ROW_SUM} button[data-action="confirm"]`).focus();
  await panel.keyboard.press('Escape');
  expect(await focused()).toBe('row-sum|1|total');
  await panel.keyboard.press('Escape');
  expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('H1');
});

it('a dismissed error dims its mark, leaves the badge count, and survives a reload', async () => {
  await activate(rowSum);
  const tabId = await tabIdOf(b, rowSum);
  const before = Number(await badgeText(b, tabId));
  expect(before).toBeGreaterThan(0);
  const row = panel.locator(`.finding${ROW_SUM}`);
  await row.locator('button[data-action="dismiss"]').click();
  await row.locator('input.note').fill('已与机关核实：为印刷错误');
  await row.locator('input.note').press('Enter');
  await expect.poll(() => row.getAttribute('data-review')).toBe('dismissed');
  await expect.poll(() => rowSum.locator(`${OVERLAY} .mark${ROW_SUM}`).getAttribute('data-review')).toBe('dismissed');
  await expect.poll(() => badgeText(b, tabId)).toBe(before - 1 > 0 ? String(before - 1) : '✓');
  expect(await panel.locator('.progress').getAttribute('data-done')).toBe('1');

  await panel.setViewportSize({ width: 420, height: 760 });
  await panel.locator('main').screenshot({ path: join(ROOT, 'docs/screenshots/side-panel.png') });

  await rowSum.reload();
  await waitForOverlay(rowSum);
  await expect.poll(() => rowSum.locator(`${OVERLAY} .mark${ROW_SUM}`).getAttribute('data-review')).toBe('dismissed');
  await expect.poll(() => badgeText(b, tabId)).toBe(before - 1 > 0 ? String(before - 1) : '✓');
  await expect.poll(() => row.getAttribute('data-review')).toBe('dismissed');
  const worker = await currentWorker(b);
  const stored = await worker.evaluate((url) => chrome.storage.local.get(`review:${url}`), rowSum.url());
  expect(Object.values(stored)[0]).toMatchObject({ 'row-sum|requests|1|total': { status: 'dismissed', note: '已与机关核实：为印刷错误' } });

  // withdrawn: the count comes back
  await row.locator('button[data-action="dismiss"]').click();
  await expect.poll(() => badgeText(b, tabId)).toBe(String(before));
});

it("the toolbar popup's button opens the browser's side panel", async () => {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const panels = async () => {
    const { targetInfos } = await b.cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.url === `chrome-extension://${b.extensionId}/sidepanel.html`).length;
  };
  expect(await panels()).toBe(0);
  // a real click: the browser opens a side panel only in answer to the user's gesture
  await popup.locator('[data-action="open-side-panel"]').click();
  await expect.poll(panels).toBe(1);
});

it('declares the next/previous-finding shortcuts, which walk the marked cells of the tab', async () => {
  const worker = await currentWorker(b);
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
  // the key's name is the browser's own word for it (句号 in Chinese)
  expect(byName['next-finding']?.shortcut).toMatch(/^Alt\+Shift\+\S+$/);
  expect(byName['previous-finding']?.shortcut).toMatch(/^Alt\+Shift\+\S+$/);
  expect(byName['next-finding'].shortcut).not.toBe(byName['previous-finding'].shortcut);
  expect(byName['next-finding'].description).toBeTruthy();

  // a shortcut pressed on the page (the browser's own dispatch: key presses sent to a headless
  // page do not reach its accelerators): the cursor walks the marked cells, the cell flashes
  await activate(rowSum);
  const tabId = await tabIdOf(b, rowSum);
  const press = (command: string) => worker.evaluate(async ([command, tabId]) => {
    const event = chrome.commands.onCommand as unknown as { dispatch(c: string, t: unknown): void };
    event.dispatch(command, await chrome.tabs.get(tabId));
  }, [command, tabId] as const);
  const cursor = () => worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `cursor-${tabId}`);
  const cells = (await storedTab(b, tabId))!.frames['0'].placed.length;
  expect(cells).toBeGreaterThan(1);
  await rowSum.evaluate(() => window.scrollTo(0, 0));
  await press('next-finding');
  await expect.poll(cursor).toBe(0);
  await rowSum.locator(`${OVERLAY} .flash`).first().waitFor({ state: 'attached' });
  await expect.poll(() => rowSum.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await press('previous-finding');
  await expect.poll(cursor).toBe(cells - 1);
  await press('next-finding');
  await expect.poll(cursor).toBe(0);
});

it('options take effect without reinstalling: audit only when asked; a silenced site loses its marks at once', async () => {
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.locator('input[name=autoAudit]').uncheck();
  const worker = await currentWorker(b);
  await expect.poll(() => worker.evaluate(() => chrome.storage.local.get('settings.autoAudit'))).toEqual({ 'settings.autoAudit': false });

  const quiet = await b.context.newPage();
  await quiet.goto(server.url('/test/fixtures/faults/appeal-sum-fires.html'));
  await quiet.waitForTimeout(2_000);
  expect(await quiet.locator(OVERLAY).count()).toBe(0);
  expect(await storedTab(b, await tabIdOf(b, quiet))).toBeNull();
  await options.locator('input[name=autoAudit]').check();
  await quiet.reload();
  await waitForOverlay(quiet);

  const silenced = await open('/test/fixtures/faults/appeal-sum-fires.html', 'silent.example.gov.cn');
  expect(await silenced.locator(`${OVERLAY} .mark`).count()).toBeGreaterThan(0);
  await options.locator('input[name=site]').fill('http://Silent.example.gov.cn:8080/any/page');
  await options.locator('form button[type=submit]').click();
  await options.locator('li[data-site="silent.example.gov.cn"]').waitFor();
  await expect.poll(() => silenced.locator(OVERLAY).count()).toBe(0);
  // nor audited again when reloaded
  await silenced.reload();
  await silenced.waitForTimeout(2_000);
  expect(await silenced.locator(OVERLAY).count()).toBe(0);

  // high contrast: the open pages' marks change at once
  await options.locator('input[name=highContrast]').check();
  await expect.poll(() => quiet.locator(`${OVERLAY} .root.high-contrast`).count()).toBe(1);

  // the language: the options page at once, a popup opened next
  await options.locator('input[name=uiLanguage][value=en]').check();
  await expect.poll(() => options.locator('h1').textContent()).toBe('Report Checker · Settings');
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, quiet)}`);
  await expect.poll(() => popup.locator('[data-field=year] dt').textContent()).toBe('Year');
  await popup.close();
  await options.locator('input[name=uiLanguage][value=auto]').check();

  // forget: every decision goes, the settings stay
  await currentWorker(b).then((w) => w.evaluate(() => chrome.storage.local.set({ 'review:http://x.gov.cn/r.html': { k: { status: 'confirmed', at: 'now' } } })));
  await options.locator('button[data-action=forget]').click();
  await options.getByRole('status').filter({ hasText: /./ }).waitFor();
  const left = await currentWorker(b).then((w) => w.evaluate(() => chrome.storage.local.get(null)));
  expect(Object.keys(left).filter((k) => k.startsWith('review:'))).toEqual([]);
  expect(left['settings.silentSites']).toEqual(['silent.example.gov.cn']);
  await options.close();
});
