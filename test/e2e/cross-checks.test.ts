// The cross-checks in the built extension: a claim of the text marked beside its paragraph, and a
// carry-over compared with last year's report once both have been visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERLAY, currentWorker, launch, openPopup, startServer, tabIdOf, waitForOverlay, type Browser, type StaticServer } from './harness';

declare const chrome: typeof import('@wxt-dev/browser').browser;

let server: StaticServer;
let b: Browser;

beforeAll(async () => {
  server = await startServer();
  b = await launch();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const open = async (path: string) => {
  const page = await b.context.newPage();
  await page.goto(server.url(path));
  await waitForOverlay(page);
  return page;
};

describe('a claim the table contradicts', () => {
  it('is marked in the margin beside its paragraph, not on a cell', async () => {
    const page = await open('/test/fixtures/faults/text-table-mismatch-fires.html');
    const mark = page.locator(`${OVERLAY} .mark.text[data-rule="text-table-mismatch"][data-table="requests"][data-row="3.1+3.2"][data-column="total"]`);
    await expect.poll(() => mark.count()).toBe(1);
    const paragraph = page.locator('p', { hasText: '予以公开及部分公开20件' });
    const [m, p] = [(await mark.boundingBox())!, (await paragraph.boundingBox())!];
    // beside the paragraph's first line, in the margin to its left
    expect(m.x + m.width).toBeLessThanOrEqual(p.x + 1);
    expect(m.y).toBeGreaterThanOrEqual(p.y - 1);
    expect(m.y).toBeLessThan(p.y + p.height);
    // the bar runs along the paragraph
    const bar = (await page.locator(`${OVERLAY} .bar`).first().boundingBox())!;
    expect(Math.abs(bar.y - p.y)).toBeLessThan(2);
    expect(Math.abs(bar.height - p.height)).toBeLessThan(2);
    // the quote and the table's arithmetic, as text
    await mark.focus();
    await expect.poll(() => page.locator(`${OVERLAY} .tip`).textContent()).toContain('正文称「予以公开及部分公开20件」，表中为 18＋4＝22');
    await page.close();
  });
});

describe('carry-over between two years of one agency', () => {
  const ROW2 = `${OVERLAY} .mark[data-rule="carryover-mismatch"][data-row="2"]`;
  const ROW4 = `${OVERLAY} .mark[data-rule="carryover-mismatch"][data-row="4"]`;

  it('shows on the 2024 report after the 2023 one was visited, and the popup names the 2023 report', async () => {
    const p2023 = await open('/test/fixtures/across/2023.html');
    await p2023.close();
    const p2024 = await open('/test/fixtures/across/2024.html');
    await expect.poll(() => p2024.locator(ROW2).count()).toBe(3);
    expect(await p2024.locator(`${ROW2}[data-column="total"]`).count()).toBe(1);
    const popup = await openPopup(b, await tabIdOf(b, p2024));
    await expect.poll(() => popup.locator('.compared a').getAttribute('href')).toBe(server.url('/test/fixtures/across/2023.html'));
    expect(await popup.locator('.finding[data-rule="carryover-mismatch"]').count()).toBeGreaterThan(0);
    await popup.close();
    await p2024.close();
  });

  it('shows on the 2023 report (row 四) when it is opened after the 2024 one (once, though two 2024 pages of the agency were seen)', async () => {
    const p2023 = await open('/test/fixtures/across/2023.html');
    await expect.poll(() => p2023.locator(ROW4).count()).toBe(3);
    await p2023.close();
  });

  it('is gone once the user forgets the remembered reports', async () => {
    const page = await open('/test/fixtures/across/2024.html');
    const popup = await openPopup(b, await tabIdOf(b, page));
    await popup.locator('[data-action="forget-reports"]').click();
    await expect.poll(() => popup.locator('[data-action="forget-reports"]').isDisabled()).toBe(true);
    const worker = await currentWorker(b);
    const kept = await worker.evaluate(async () => (await chrome.storage.local.get('rememberedReports')).rememberedReports ?? null);
    expect(kept).toBeNull();
    await popup.close();
    await page.close();
    // a different agency's 2023 report (now the only one remembered) says nothing about this 2024
    await (await open('/test/fixtures/across/2023-other-agency.html')).close();
    const again = await open('/test/fixtures/across/2024.html');
    await again.waitForTimeout(500);
    expect(await again.locator(ROW2).count()).toBe(0);
    await again.close();
  });
});
