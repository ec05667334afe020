// Fetching for the crawl: undici (redirects, timeouts, retries of 5xx/429 and dropped connections)
// behind one p-queue (at most `concurrency` requests at a time, `delayMs` between their starts).
import PQueue from 'p-queue';
import { Agent, fetch, interceptors } from 'undici';
import type { PageCache } from './cache';

export interface Fetched {
  /** the address the page came from, after redirects */
  url: string;
  contentType: string;
  bytes: Uint8Array;
}
export type FetchOutcome = { ok: true; page: Fetched } | { ok: false; error: string };

export interface FetchOptions {
  concurrency: number;
  delayMs: number;
  timeoutMs: number;
  /** --resume: pages already fetched are read from here, pages fetched are kept here */
  cache?: PageCache;
}

const RETRIES = 2;
const USER_AGENT = 'Mozilla/5.0 (compatible; ReportChecker/0.1; annual-report audit)';

export type Fetcher = (url: string) => Promise<FetchOutcome>;

export function createFetcher(opts: FetchOptions): Fetcher {
  const dispatcher = new Agent({ connectTimeout: opts.timeoutMs, headersTimeout: opts.timeoutMs, bodyTimeout: opts.timeoutMs }).compose(
    interceptors.retry({ maxRetries: RETRIES, minTimeout: 500, maxTimeout: 5000, throwOnError: false }),
  );
  const queue = new PQueue({ concurrency: opts.concurrency, ...(opts.delayMs > 0 && { interval: opts.delayMs, intervalCap: 1 }) });

  const request = async (url: string): Promise<FetchOutcome> => {
    try {
      const res = await fetch(url, { dispatcher, redirect: 'follow', signal: AbortSignal.timeout(opts.timeoutMs * (RETRIES + 1)), headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, error: `HTTP ${res.status}` };
      }
      const page = { url: res.url || url, contentType: res.headers.get('content-type') ?? '', bytes: new Uint8Array(await res.arrayBuffer()) };
      await opts.cache?.put(url, page);
      return { ok: true, page };
    } catch (error) {
      return { ok: false, error: failure(error) };
    }
  };

  return async (url) => {
    const cached = await opts.cache?.get(url);
    if (cached) return { ok: true, page: cached };
    return (await queue.add(() => request(url)))!;
  };
}

/** "timeout", "ECONNREFUSED", "too many redirects"…: what went wrong, in one word where there is one. */
function failure(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e.name === 'TimeoutError' || /timeout/i.test(e.cause?.code ?? e.cause?.name ?? '')) return 'timeout';
  if (e.cause?.code) return e.cause.code;
  if (/redirect/i.test(e.cause?.message ?? '')) return 'too many redirects';
  return e.cause?.message ?? e.message ?? String(error);
}
