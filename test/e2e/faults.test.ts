// Fixture pages with one injected fault each (test/fixtures/faults, expectations in cases.ts)
// and the seeds rendered as pages (samples/html): the marks in the page say what the engine
// found, on the right cells, and the toolbar counts the errors.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OVERLAY, ROOT, badgeText, expectMarks, launch, startServer, tabIdOf, waitForOverlay, type Browser, type StaticServer } from './harness';
import { FAULT_CASES } from '../fixtures/faults/cases';
import { SEED_EXPECTATIONS } from '../fixtures/seeds';
import type { ExpectedFinding } from '../fixtures/expected';

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

/** Opens a page under a *.gov.cn name and waits for the audit to draw. */
async function audited(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(server.url(path));
  await waitForOverlay(page);
  return { page, tabId: await tabIdOf(b, page) };
}

/** The marks say exactly the page's errors and warnings; the toolbar counts the errors. */
async function checkMarks(page: Page, tabId: number, findings: ExpectedFinding[], mustNot: string[] = []) {
  await expectMarks(page, findings, mustNot);
  const errors = findings.filter((f) => f.severity === 'error').length;
  await expect.poll(() => badgeText(b, tabId)).toBe(errors ? String(errors) : '✓');
}

describe('fault pages', () => {
  it.each(FAULT_CASES.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const { page, tabId } = await audited(`/test/fixtures/faults/${c.file}`);
    await checkMarks(page, tabId, c.expect, c.mustNot);
    if (!c.expect.some((f) => f.severity !== 'info')) {
      // a clean report: a ✓ on each of its three tables
      const ok = await page.locator(`${OVERLAY} .mark[data-status=ok]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.table));
      expect(new Set(ok)).toEqual(new Set(['active', 'requests', 'appeals']));
    }
    await page.close();
  });
});

const SEED_PAGES = readdirSync(join(ROOT, 'samples/html')).filter((f) => /^\d{3}\b.*\.html$/.test(f));

describe('seed pages', () => {
  it('are all there', () => expect(SEED_PAGES.length).toBeGreaterThanOrEqual(5));
  it.each(SEED_PAGES)('%s', async (file) => {
    const seed = SEED_EXPECTATIONS[file.slice(0, 3)];
    const { page, tabId } = await audited(`/samples/html/${file}`);
    await checkMarks(page, tabId, seed.findings);
    await page.close();
  });
});
