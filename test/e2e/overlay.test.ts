// The overlay, toolbar badge and popup, up close, on one fault page: row 一 of 三 says 37 where
// its parts add up to 38 (test/fixtures/faults/row-sum-fires-2.html).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  OVERLAY, badgeText, badges, openAudited, openPopup, readClipboard, stopWorker, storedTab, uiTextOf, waitForOverlay,
  type Browser, type StaticServer,
} from './harness';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../../bench/chromium';
import zhMessages from '../../lib/locales/zh.json';
import { REQUEST_ROWS } from '../../lib/template';

let server: StaticServer;
let b: Browser;
let page: Page;
let tabId: number;
let t: Awaited<ReturnType<typeof uiTextOf>>;
const ROW_SUM = `${OVERLAY} .mark[data-rule="row-sum"][data-table="requests"][data-row="1"][data-column="total"]`;

beforeAll(async () => {
  ({ server, b, page, tabId } = await openAudited('/test/fixtures/faults/row-sum-fires-2.html'));
  t = await uiTextOf(b);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** The wrong total: row 一 of table 三. */
const changedCell = () => page.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).locator('td', { hasText: /^\s*37\s*$/ });

describe('badges in place', () => {
  it('marks the total that does not add up, with the rule and cell keys', async () => {
    await expect.poll(() => page.locator(ROW_SUM).count()).toBe(1);
    for (const mark of await badges(page)) {
      if (mark.status === 'ok') continue;
      expect(['error', 'warning']).toContain(mark.severity);
      expect(mark.rule).toBeTruthy();
      expect(mark.table).toMatch(/^(active|requests|appeals)$/);
    }
  });

  it('sits on the corner of its cell and leaves the number uncovered', async () => {
    const mark = (await page.locator(ROW_SUM).boundingBox())!;
    const cell = (await changedCell().boundingBox())!;
    const text = await changedCell().evaluate((td) => {
      const r = document.createRange();
      r.selectNodeContents(td);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    });
    const overlaps = (a: typeof text, c: typeof text) =>
      a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height && c.y < a.y + a.height;
    expect(text.width).toBeGreaterThan(0);
    expect(overlaps(mark, text)).toBe(false);
    // near the top-right corner
    expect(Math.abs(mark.x + mark.width / 2 - (cell.x + cell.width))).toBeLessThan(mark.width + 2);
    expect(Math.abs(mark.y + mark.height / 2 - cell.y)).toBeLessThan(mark.height + 2);
  });

  it('is a labelled button; focus shows expected vs actual in words', async () => {
    const mark = page.locator(ROW_SUM);
    expect(await mark.evaluate((e) => e.tagName)).toBe('BUTTON');
    expect(await mark.getAttribute('aria-label')).toContain(t('severity.error'));
    await mark.focus();
    const tip = page.locator(`${OVERLAY} [role=tooltip]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(t('expectedActual', { expected: 38, actual: 37 }));
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  it('the banner counts findings and hides every mark on request', async () => {
    const stored = await storedTab(b, tabId);
    const audit = stored!.frames['0'].audit;
    const errors = audit.findings.filter((f) => f.severity === 'error').length;
    expect(await page.locator(`${OVERLAY} .banner .count[data-severity=error]`).textContent()).toContain(String(errors));
    const hide = page.locator(`${OVERLAY} .banner button[aria-pressed]`);
    await hide.click();
    await expect.poll(() => page.locator(ROW_SUM).isVisible()).toBe(false);
    await hide.click();
    await expect.poll(() => page.locator(ROW_SUM).isVisible()).toBe(true);
  });

  it('follows the table when the layout changes', async () => {
    const before = (await page.locator(ROW_SUM).boundingBox())!;
    await page.setViewportSize({ width: 900, height: 900 });
    await expect.poll(async () => {
      const cell = (await changedCell().boundingBox())!;
      const mark = (await page.locator(ROW_SUM).boundingBox())!;
      return Math.abs(mark.x + mark.width / 2 - (cell.x + cell.width)) < mark.width + 2;
    }).toBe(true);
    expect((await page.locator(ROW_SUM).boundingBox())!.x).not.toBe(before.x);
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('reads every box before it moves a mark: a page of many marks is laid out a few times, not once a mark', async () => {
    const many = await b.context.newPage();
    const cdp = await b.context.newCDPSession(many);
    await cdp.send('Performance.enable');
    await many.goto(server.url('/samples/html/001-semantic.html'));
    await waitForOverlay(many);
    await many.waitForTimeout(1000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const layouts = metrics.find((m) => m.name === 'LayoutCount')!.value;
    expect(await many.locator(`${OVERLAY} .mark`).count()).toBeGreaterThanOrEqual(8);
    // the page's own layout, the overlay's one read of every box, and one for its ResizeObserver
    expect(layouts).toBeLessThanOrEqual(4);
    await many.close();
  });
});

describe('toolbar and popup', () => {
  it('the toolbar badge shows the number of errors', async () => {
    const audit = (await storedTab(b, tabId))!.frames['0'].audit;
    const errors = audit.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    await expect.poll(() => badgeText(b, tabId)).toBe(String(errors));
  });

  it('the popup shows the summary and the findings; a finding scrolls the page to its cell', async () => {
    const popup = await openPopup(b, tabId);
    await popup.locator('.report').waitFor();
    expect(await popup.locator('[data-field=year] dd').textContent()).toBe('2024');
    expect(await popup.locator('[data-field=template] dd').textContent()).toMatch(/2021/);
    expect(await popup.locator('.count[data-severity=error] strong').textContent()).toBe(
      String(await page.locator(`${OVERLAY} .mark[data-severity=error]`).count()),
    );
    // every control labelled, and reachable by Tab
    const names = await popup.locator('button, summary, a').evaluateAll((els) =>
      els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()),
    );
    expect(names.length).toBeGreaterThan(5);
    expect(names.every(Boolean)).toBe(true);
    const reached = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      reached.add(await popup.evaluate(() => document.activeElement?.getAttribute('data-format') ?? ''));
    }
    expect([...reached].filter(Boolean).sort()).toEqual(['csv', 'findings', 'json', 'markdown', 'tsv']);
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('.finding[data-rule=row-sum] button').click();
    await page.locator(`${OVERLAY} .flash`).waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
  });

  it('TSV puts a grid with every row of 三 on the clipboard, as text and as an HTML table', async () => {
    const popup = await openPopup(b, tabId);
    await popup.getByRole('button', { name: /TSV/ }).click();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe(t('copied', { format: 'TSV' }));
    const clip = await readClipboard(b, server);
    const lines = clip['text/plain'].split('\n').map((l) => l.split('\t'));
    const start = lines.findIndex((l) => l[0].startsWith('三、'));
    expect(lines[start + 1].slice(2)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const rows = REQUEST_ROWS['2021'];
    // row by row: the template's row, and the numbers the page printed in it
    const requests = (await storedTab(b, tabId))!.frames['0'].audit.tables.requests!;
    const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'];
    rows.forEach((row, i) => {
      const line = lines[start + 2 + i];
      expect(line[0]).toBe(row.key);
      expect(line[1]).toBe(row.label);
      expect(line.slice(2)).toEqual(columns.map((c) => String(requests[row.key][c].value)));
    });
    expect(lines[start + 2].slice(2)).toEqual(['31', '3', '0', '1', '2', '1', '37']);
    expect(clip['text/html']).toMatch(/<table/);
    expect(clip['text/html']).toContain('<td>一、本年新收政府信息公开申请数量</td>');
    await popup.close();
  });
});

describe('a service-worker restart', () => {
  it('keeps the findings, the toolbar badge, and still answers the next page', async () => {
    const before = await badgeText(b, tabId);
    await stopWorker(b, page);
    const popup = await openPopup(b, tabId);
    await popup.locator('.finding[data-rule=row-sum]').waitFor();
    await popup.close();
    expect(await badgeText(b, tabId)).toBe(before);
    await page.reload();
    await waitForOverlay(page);
    await expect.poll(async () => Object.keys((await storedTab(b, tabId))?.frames ?? {})).toEqual(['0']);
    expect(await badgeText(b, tabId)).toBe(before);
  });
});

describe('what the page runs', () => {
  const built = (file: string) => readFile(join(ROOT, '.output/chrome-mv3', file), 'utf8');
  it('the engine runs in the background: its rules and their messages are not in the page scripts', async () => {
    // a piece of a finding message, as the engine's catalogue writes it (row-sum: 「{row}」行：总计{actual} ≠ …)
    const words = zhMessages['row-sum'].slice(zhMessages['row-sum'].indexOf('行：'), zhMessages['row-sum'].indexOf('{actual}'));
    expect(words).toBe('行：总计');
    expect(await built('background.js')).toContain(words);
    for (const file of ['detector.js', 'audit.js']) expect(await built(file), file).not.toContain(words);
  });
  it('the page scripts read no storage and carry no messenger (the background tells them what they need)', async () => {
    const background = await built('background.js');
    expect(background).toMatch(/local:settings\./);
    expect(background).toContain('[messaging]');
    for (const file of ['detector.js', 'audit.js']) {
      const code = await built(file);
      expect(code, file).not.toMatch(/local:review:|local:settings\./);
      expect(code, file).not.toContain('[messaging]');
    }
  });
});
