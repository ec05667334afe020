// The popup's exports in real Chromium: the Excel workbook it downloads, read back with a workbook
// reader, and the printable audit note (it prints to an A4 PDF). On a fault page whose row 一 of
// table 三 says 37 where its parts add up to 38 (test/fixtures/faults/row-sum-fires-2.html).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS, REQUEST_ROWS } from '../../lib/template';
import { readWorkbook, sheetHtml, tableCell, values } from '../support/read-workbook';
import { ROOT, currentWorker, openPopup, openAudited, type AuditedPage } from './harness';

// Code passed to worker.evaluate runs in the service worker, where `chrome` is the extension API.
declare const chrome: typeof import('@wxt-dev/browser').browser;

const RED = 'FFC7CE';
let audited: AuditedPage;
let popup: Page;

beforeAll(async () => {
  // A UTF-8 codeset, as a user's desktop has: the e2e LANG (zh_CN.UTF-8) is not installed here, so
  // the C library falls back to plain C, where Chromium cannot write a Chinese file name and saves
  // the workbook as "download". (The UI language comes from LANGUAGE and --lang, not from this.)
  process.env.LC_ALL = 'C.UTF-8';
  audited = await openAudited('/test/fixtures/faults/row-sum-fires-2.html');
  // the auditor's decisions, as the side panel stores them (utils/decisions.ts)
  const worker = await currentWorker(audited.b);
  await worker.evaluate(
    (key) =>
      chrome.storage.local.set({
        [key]: {
          'row-sum|requests|1|total': { status: 'confirmed', at: '2026-11-29T10:00:00.000Z' },
          'balance|requests|4|total': { status: 'dismissed', note: '结转数以更正公告为准', at: '2026-11-29T10:01:00.000Z' },
        },
      }),
    `review:${audited.page.url().split('#')[0]}`,
  );
  popup = await openPopup(audited.b, audited.tabId, 420);
  await popup.locator('.report').waitFor();
});
afterAll(async () => {
  await audited?.b.close();
  await audited?.server.close();
});

describe('Excel', () => {
  it('downloads the workbook of the report: numeric tables, the failing total red, the decisions stored', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button[data-export="xlsx"]').click()]);
    expect(download.suggestedFilename()).toBe('年报体检-云台市人民政府办公室-2024.xlsx');
    const book = await readWorkbook(await readFile((await download.path())!));
    expect([...book.keys()]).toEqual(['汇总', '问题清单', '主动公开', '依申请公开', '复议诉讼']);
    const summary = book.get('汇总')!;
    expect(summary[2][12].value).toBe(audited.page.url());
    const requests = book.get('依申请公开')!;
    expect(values(requests[1]).slice(3)).toEqual(REQUEST_COLUMNS.map((c) => c.label));
    expect(requests.slice(3).map((r) => r[0].value)).toEqual(REQUEST_ROWS['2021'].map((r) => r.key));
    expect(tableCell(requests, '1', 'total')).toEqual({ value: 37, fill: RED });
    expect(typeof tableCell(requests, '1', 'natural')!.value).toBe('number');
    const findings = book.get('问题清单')!;
    const rowSum = findings.find((r) => r[2].value === 'row-sum')!;
    expect(values(rowSum).slice(9, 13)).toEqual([38, 37, rowSum[11].value, '已核实']);
    const balance = findings.find((r) => r[2].value === 'balance')!;
    expect(values(balance).slice(12, 14)).toEqual(['忽略', '结转数以更正公告为准']);
    expect(tableCell(requests, '4', 'total')!.fill).toBe('E7E6E6'); // dismissed: grey, not red
    await expect.poll(() => popup.locator('.exports [role=status]').textContent()).not.toBe('');

    const picture = await audited.b.context.newPage();
    await picture.setViewportSize({ width: 900, height: 600 });
    await picture.setContent(sheetHtml(`${download.suggestedFilename()} — 依申请公开`, requests.slice(0, 14)));
    await picture.locator('table').screenshot({ path: join(ROOT, 'docs/screenshots/workbook.png') });
    await picture.close();
  });

  it('the writer is a chunk of its own: not in the detector, the audit script or the popup', async () => {
    const built = join(ROOT, '.output/chrome-mv3');
    const popupHtml = await readFile(join(built, 'popup.html'), 'utf8');
    const popupScripts = [...popupHtml.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
    for (const file of ['detector.js', 'audit.js', ...popupScripts]) {
      expect(await readFile(join(built, file), 'utf8'), file).not.toContain('sharedStrings.xml');
    }
  });
});

describe('audit note', () => {
  let note: Page;
  beforeAll(async () => {
    const [opened] = await Promise.all([audited.b.context.waitForEvent('page'), popup.locator('button[data-export="note"]').click()]);
    note = opened;
    await note.locator('.note-report').waitFor();
  });

  it('lists the findings with their arithmetic and decisions and marks the failing cell', async () => {
    expect(note.url()).toMatch(new RegExp(`/note\\.html\\?tab=${audited.tabId}$`));
    expect(await note.locator('h1').textContent()).toBe('政府信息公开工作年度报告审核记录');
    const rowSum = note.locator('.note-finding[data-rule="row-sum"]');
    await expect.poll(() => rowSum.count()).toBe(1);
    expect(await rowSum.textContent()).toContain('37');
    expect(await note.locator('.note-facts').textContent()).toContain(audited.page.url());
    const total = note.locator('.note-table[data-table="requests"] tr[data-row="1"] td[data-column="total"]');
    expect(await total.textContent()).toBe('37');
    expect(await total.getAttribute('class')).toBe('mark-fail');
    expect(await note.locator('.note-finding[data-rule="row-sum"]').getAttribute('data-review')).toBe('confirmed');
    const dismissed = note.locator('.note-finding[data-rule="balance"][data-review="dismissed"]');
    expect(await dismissed.textContent()).toContain('结转数以更正公告为准');
    expect(await note.locator('.note-counts').textContent()).toContain('已复核 2 / 2');
  });

  it('prints to A4', async () => {
    await note.emulateMedia({ media: 'print' });
    expect(await note.locator('.no-print').isVisible()).toBe(false);
    const pdf = await note.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // A4 is 595.3 × 841.9 points
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text)!.slice(1).map(Number);
    expect(Math.abs(width - 595.3)).toBeLessThan(1);
    expect(Math.abs(height - 841.9)).toBeLessThan(1);
    await note.emulateMedia({ media: 'screen' });
    await note.setViewportSize({ width: 900, height: 1100 });
    await note.screenshot({ path: join(ROOT, 'docs/screenshots/audit-note.png') });
  });
});
