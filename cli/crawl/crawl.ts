// A column crawled: its list page and the pages of its pagination (at most MAX_LIST_PAGES), every
// report they list audited. Results come out in the order the list shows them.
import { ATTACHMENT, readListPage, readsAsReport, type ListedLink } from '../../lib/column';
import { auditUrl, fetchText, parseListPage, type UrlOutcome } from './audit-url';
import type { Fetcher } from './fetcher';

export const MAX_LIST_PAGES = 20;

export interface CrawlProgress {
  listPages: number;
  done: number;
  total: number;
}

/** The report links of a column, from its list page and the pages its pagination leads to. */
export async function listColumn(fetcher: Fetcher, listUrl: string, onProgress: (p: CrawlProgress) => void): Promise<{ ok: true; links: ListedLink[] } | { ok: false; error: string }> {
  const pages = [listUrl];
  const read = new Set<string>();
  const links = new Map<string, ListedLink>();
  for (let i = 0; i < pages.length && i < MAX_LIST_PAGES; ) {
    // the pages known so far, fetched side by side (the fetcher keeps the pace)
    const wave = pages.slice(i, MAX_LIST_PAGES);
    i += wave.length;
    const texts = await Promise.all(wave.map((url) => fetchText(fetcher, url)));
    for (const [k, page] of texts.entries()) {
      if (!page.ok) {
        if (wave[k] === listUrl) return page;
        continue; // a broken page of the pagination: the others still list their reports
      }
      read.add(wave[k]);
      const list = readListPage(parseListPage(page.text), page.url);
      for (const url of list.pagination.pages) if (!pages.includes(url)) pages.push(url);
      const listed = [...list.reports, ...list.attachments.filter((a) => readsAsReport(a.text, a.date))];
      for (const link of listed) if (!links.has(link.url)) links.set(link.url, link);
    }
    onProgress({ listPages: read.size, done: 0, total: links.size });
  }
  // a report link that is one of the list's own pages (a pager linking "1" back to the start)
  for (const url of pages) links.delete(url);
  return { ok: true, links: [...links.values()] };
}

/** Every address audited, at the fetcher's pace; `onResult` gets them in the order given. */
export async function auditUrls(fetcher: Fetcher, urls: string[], onResult: (outcome: UrlOutcome) => void, onDone: (done: number) => void = () => {}): Promise<void> {
  const outcomes: (UrlOutcome | undefined)[] = new Array(urls.length);
  let emitted = 0;
  let done = 0;
  await Promise.all(
    urls.map(async (url, index) => {
      outcomes[index] = ATTACHMENT.test(new URL(url).pathname) ? { url, error: `attachment (${extension(url)}), not audited` } : await auditUrl(fetcher, url);
      onDone(++done);
      while (emitted < urls.length && outcomes[emitted]) {
        onResult(outcomes[emitted]!);
        outcomes[emitted++] = undefined;
      }
    }),
  );
}

const extension = (url: string) => new URL(url).pathname.replace(/^.*\./, '.').toLowerCase();
