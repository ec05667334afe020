// The column page's glue: the column read with fetch and DOMParser at a polite pace (two requests
// at a time, a pause between their starts), attachments with the viewer's readers, the same steps
// as the CLI (lib/column/crawl.ts), the last result per list URL in storage.local, and the host
// permission a non-gov.cn site needs.
import { storage } from '@wxt-dev/storage';
import PQueue from 'p-queue';
import { browser } from 'wxt/browser';
import { auditPages, listColumn, type Crawler, type Load, type Loaded } from '../lib/column/crawl';
import { columnReports, columnRows, type ColumnRow } from '../lib/column/table';
import type { PageAudit } from '../lib/column/crawl';
import { readAttachment } from './attachment';
import { uiLang } from './i18n';

const CONCURRENCY = 2;
const PAUSE_MS = 300;
const TIMEOUT_MS = 20_000;
const RETRY_PAUSE_MS = 1_000;
const BUSY = new Set([429, 500, 502, 503, 504]);

export interface ColumnProgress {
  listPages: number;
  done: number;
  total: number;
}
/** rows to show and keep; reports: the audits themselves, for the workbook of this run (not kept: they are large) */
export type ColumnRun = { ok: true; rows: ColumnRow[]; reports: PageAudit[]; listPages: number } | { ok: false; error: string };

function politeLoader(signal: AbortSignal): Load {
  const queue = new PQueue({ concurrency: CONCURRENCY, interval: PAUSE_MS, intervalCap: 1 });
  const request = async (url: string, retried = false): Promise<Loaded> => {
    // the user's cancel or the timeout, whichever comes first (AbortSignal.any is not in Firefox 115)
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT_MS);
    const cancel = () => stop.abort(signal.reason);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      const res = await fetch(url, { credentials: 'omit', signal: stop.signal });
      // a busy server (503, 429…) is asked once more after a pause
      if (BUSY.has(res.status) && !retried) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
        return await request(url, true);
      }
      if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
      return { ok: true, url: res.url || url, contentType: res.headers.get('content-type') ?? '', bytes: new Uint8Array(await res.arrayBuffer()) };
    } catch (error) {
      return { ok: false, error: signal.aborted ? 'cancelled' : (stop.signal.reason as Error | undefined)?.name === 'TimeoutError' ? 'timeout' : String((error as Error).message ?? error) };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
    }
  };
  // a request not yet started when the user cancels leaves the queue (its add() rejects)
  return async (url) => (await queue.add(() => request(url), { signal }).catch(() => undefined)) ?? { ok: false, error: 'cancelled' };
}

const parser = new DOMParser();

/** The column at `src` audited: progress as each report is done, the rows once all are in (the across-reports rules compare them). */
export async function auditColumn(src: string, signal: AbortSignal, onProgress: (p: ColumnProgress) => void): Promise<ColumnRun> {
  const crawl: Crawler = { load: politeLoader(signal), parse: (html) => parser.parseFromString(html, 'text/html'), readAttachment, lang: uiLang() };
  let listPages = 0;
  const column = await listColumn(crawl, src, (pages, links) => onProgress({ listPages: (listPages = pages), done: 0, total: links }));
  if (!column.ok) return column;
  const outcomes: Parameters<typeof columnRows>[1] = [];
  const urls = column.links.map((l) => l.url);
  await auditPages(crawl, urls, (o) => outcomes.push(o), (done) => onProgress({ listPages, done, total: urls.length }));
  const reports = columnReports(outcomes);
  return { ok: true, rows: columnRows(column.links, outcomes, reports), reports, listPages: column.listPages };
}

export interface SavedColumn {
  src: string;
  savedAt: string;
  rows: ColumnRow[];
}
const savedItem = (src: string) => storage.defineItem<SavedColumn>(`local:column:${src}`);
export const loadSaved = (src: string) => savedItem(src).getValue();
export const save = (saved: SavedColumn) => savedItem(saved.src).setValue(saved);

/** The site's origin pattern when it is no *.gov.cn site (those the manifest's host permission covers). */
export function extraOrigin(src: string): string | null {
  const url = new URL(src);
  return /(^|\.)gov\.cn$/i.test(url.hostname) ? null : `${url.origin}/*`;
}

/** Asks for the list's site when it is not a gov.cn one: from a click (permissions.request needs one). */
export async function ensureAccess(src: string): Promise<boolean> {
  const origin = extraOrigin(src);
  if (!origin) return true;
  return browser.permissions.request({ origins: [origin] });
}
