// Screenshots for the README (docs/screenshots): an annotated page with a finding explained,
// quiet marks for blank cells, and the popup. Chinese must render (fonts-noto-cjk).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OVERLAY, ROOT, launch, openPopup, startServer, tabIdOf, waitForOverlay, type Browser, type StaticServer } from './harness';

const OUT = join(ROOT, 'docs/screenshots');
let server: StaticServer;
let b: Browser;
beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  server = await startServer();
  b = await launch();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function open(path: string) {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url(path));
  await waitForOverlay(page);
  return page;
}

it('an annotated page, a finding explained, and the popup', async () => {
  const page = await open('/test/fixtures/faults/row-sum-fires.html');
  const mark = page.locator(`${OVERLAY} .mark[data-rule=row-sum]`);
  await page.locator('tr', { hasText: '（二）部分公开' }).first().evaluate((tr) => tr.scrollIntoView({ block: 'center' }));
  await mark.hover();
  await page.locator(`${OVERLAY} [role=tooltip]`).waitFor();
  await page.screenshot({ path: join(OUT, 'annotated-page.png') });

  const popup = await openPopup(b, await tabIdOf(b, page), 420);
  await popup.locator('.report').waitFor();
  await popup.locator('main').screenshot({ path: join(OUT, 'popup.png') });
  expect(await popup.locator('.finding[data-rule=row-sum]').count()).toBe(1);
});

it('blank cells: quiet marks', async () => {
  const page = await open('/samples/html/001-cms.html');
  await page.locator(`${OVERLAY} .mark[data-rule=cell-missing]`).first().evaluate((m) => m.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(OUT, 'blank-cells.png') });
  expect(await page.locator(`${OVERLAY} .mark[data-rule=cell-missing]`).count()).toBeGreaterThan(0);
});

it('a claim of the text the table contradicts, marked beside its paragraph', async () => {
  const page = await open('/test/fixtures/faults/text-table-mismatch-fires.html');
  const mark = page.locator(`${OVERLAY} .mark.text[data-rule=text-table-mismatch]`);
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
  await mark.hover();
  await page.locator(`${OVERLAY} [role=tooltip]`).waitFor();
  await page.screenshot({ path: join(OUT, 'claim.png') });
  expect(await mark.count()).toBe(1);
});
